// Writing a comment: a textarea where "@" opens a list of people from the directory. Picked people
// are sent as mentions (and get a notification) as long as their "@Name" stays in the text.
import type { Comment, Person } from '@stageflow/api';
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addComment } from '../api/comments.ts';
import { messageOf } from '../api/problem.ts';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import {
  insertMention,
  mentionAt,
  mentionsIn,
  suggestions,
  type MentionQuery,
} from './mention-query.ts';

export function CommentComposer({
  cardId,
  onAdded,
}: {
  cardId: string;
  onAdded: (comment: Comment) => void;
}) {
  const { people } = useDirectory();
  const { t } = useT();
  const listId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<Person[]>([]);
  const [mention, setMention] = useState<MentionQuery | null>(null);
  const [active, setActive] = useState(0);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Where the caret goes after a pick: placed as soon as the new text is in the box, before the
  // next key (a frame later, a fast typist's next letters landed before it).
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterPick.current;
    if (caret === null) return;
    caretAfterPick.current = null;
    textRef.current?.focus();
    textRef.current?.setSelectionRange(caret, caret);
  }, [text]);
  // The list closes a moment after the box loses focus; a composer that goes away meanwhile (the
  // drawer closed) must not be updated after it is gone.
  const closeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(closeTimer.current), []);
  const options = mention ? suggestions(people, mention.query) : [];
  const open = options.length > 0;

  const track = (value: string, caret: number) => {
    setText(value);
    setMention(mentionAt(value, caret));
    setActive(0);
  };

  const pick = (person: Person) => {
    if (!mention) return;
    const next = insertMention(text, mention, person);
    setText(next.text);
    setPicked((list) => (list.some((p) => p.id === person.id) ? list : [...list, person]));
    setMention(null);
    caretAfterPick.current = next.caret;
  };

  const submit = async () => {
    if (!text.trim() || saving) return;
    setSaving(true);
    setError(null);
    try {
      const comment = await addComment(cardId, text.trim(), mentionsIn(text, picked));
      onAdded(comment);
      setText('');
      setPicked([]);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        const step = e.key === 'ArrowDown' ? 1 : -1;
        setActive((i) => (i + step + options.length) % options.length);
        return;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        pick(options[active] ?? options[0]!);
        return;
      }
      if (e.key === 'Escape') {
        // Close the list, not the drawer.
        e.preventDefault();
        e.stopPropagation();
        setMention(null);
        return;
      }
    }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  };

  return (
    <form
      className="comment-composer"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="mention-field">
        <textarea
          ref={textRef}
          className="input"
          rows={3}
          value={text}
          placeholder={t('comments.placeholder')}
          aria-label={t('comments.label')}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          onChange={(e) => track(e.target.value, e.target.selectionStart)}
          onSelect={(e) => setMention(mentionAt(text, e.currentTarget.selectionStart))}
          onKeyDown={onKeyDown}
          onBlur={() => {
            clearTimeout(closeTimer.current);
            closeTimer.current = setTimeout(() => setMention(null), 150);
          }}
        />
        {open && (
          <ul id={listId} className="mention-list" role="listbox" aria-label={t('comments.people')}>
            {options.map((person, i) => (
              <li
                key={person.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'mention-option active' : 'mention-option'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(person);
                }}
              >
                {person.name}
                <span className="muted"> · {t(`roles.${person.role}`)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="comment-actions">
        <span className="muted small">{t('comments.sendHint')}</span>
        <button type="submit" className="button primary small" disabled={saving || !text.trim()}>
          {saving ? t('comments.sending') : t('comments.send')}
        </button>
      </div>
    </form>
  );
}
