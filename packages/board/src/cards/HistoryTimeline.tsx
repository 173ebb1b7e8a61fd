// Who did what, when: from → to, which fields changed, what people said (comments) and which
// files they attached or deleted, newest first in one timeline.
import {
  localLabel,
  type FieldDef,
  type FieldValue,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { Trans } from 'react-i18next';
import { useT, type BoardT } from '../i18n/useT.ts';
import type { HistoryChanges, HistoryEntry } from '@stageflow/api';
import { useDirectory } from '../app/directory.tsx';
import { formatDateTime, relativeTime } from '../board/time.ts';
import { ActivityNoteItem } from './ActivityNoteItem.tsx';
import { mergeNewestFirst, type ActivityNote } from './activity-notes.ts';
import { displayValue } from './display-value.ts';

/** Title and assignee are card properties, not workflow fields: read them the same way. */
function builtinField(key: string, t: BoardT): FieldDef | undefined {
  if (key === 'title') return { key, label: t('fields.title'), type: 'text' };
  if (key === 'assignee') return { key, label: t('fields.assignee'), type: 'user' };
  return undefined;
}

/** What one entry changed, a line each: the card's own values (title, assignee…), then fields. */
export function changedValues(
  changes: HistoryChanges,
): [string, { from?: unknown; to: unknown }][] {
  const {
    fields = {},
    input: _input,
    removedFields: _removed,
    position: _position,
    // Parts lines have their own section in the drawer.
    parts: _parts,
    // Links are said in a sentence of their own, not as a changed value.
    parent: _parent,
    signal: _signal,
    ...own
  } = changes;
  return [...Object.entries(own), ...Object.entries(fields)];
}

export function HistoryTimeline({
  entries,
  definition,
  stageLabel,
  notes = [],
}: {
  entries: HistoryEntry[];
  definition: WorkflowDefinition;
  stageLabel: (key: string | null) => string;
  /** Comments and attachment events, newest first. */
  notes?: ActivityNote[];
}) {
  const { nameOf } = useDirectory();
  const { t, locale } = useT();
  if (entries.length === 0 && notes.length === 0) {
    return <p className="muted">{t('history.empty')}</p>;
  }
  const now = Date.now();
  const sorted = [...entries].sort((a, b) => b.revision - a.revision);
  return (
    <ol className="timeline">
      {mergeNewestFirst(sorted, notes).map((item) => {
        if ('key' in item) return <ActivityNoteItem key={item.key} note={item} now={now} />;
        const entry = item;
        // Timed transitions are made by the server's scheduler as "system", not by a person.
        const who =
          entry.actorId && entry.actorId !== 'system' ? nameOf(entry.actorId) : t('sla.automatic');
        const from = stageLabel(entry.fromStage);
        const to = stageLabel(entry.toStage);
        const stage = <span className="stage-name" />;
        const kind = (['created', 'transition', 'edit', 'migration', 'signal'] as const).includes(
          entry.kind,
        )
          ? entry.kind
          : null;
        const moved = entry.fromStage && entry.toStage && entry.fromStage !== entry.toStage;
        const changes = changedValues(entry.changes);
        return (
          <li key={entry.revision} className={`timeline-item kind-${entry.kind}`}>
            <div className="timeline-line">
              {kind ? (
                <Trans
                  ns="board"
                  i18nKey={
                    moved
                      ? `history.${kind}Moved`
                      : kind === 'created' && entry.toStage
                        ? 'history.createdIn'
                        : `history.${kind}`
                  }
                  values={{ who, from, to }}
                  components={{ who: <strong />, from: stage, to: stage }}
                />
              ) : (
                <>
                  <strong>{who}</strong> {entry.kind}
                </>
              )}
            </div>
            <time
              className="timeline-time"
              dateTime={entry.at}
              title={formatDateTime(entry.at, locale)}
            >
              {relativeTime(entry.at, now, locale)}
            </time>
            {entry.changes.parent && <p className="timeline-note">{t('history.spawned')}</p>}
            {entry.changes.signal && (
              <p className="timeline-note">{entry.changes.signal.refused}</p>
            )}
            {changes.length > 0 && (
              <ul className="timeline-changes">
                {changes.map(([key, change]) => {
                  const field =
                    definition.fields.find((f) => f.key === key) ?? builtinField(key, t);
                  const c = (change ?? {}) as { from?: FieldValue; to?: FieldValue };
                  return (
                    <li key={key}>
                      {field ? localLabel(field, locale) : key}:{' '}
                      {'from' in c && c.from !== undefined && c.from !== null && (
                        <>
                          <del>{displayValue(field, c.from, nameOf, locale)}</del> →{' '}
                        </>
                      )}
                      <ins>{displayValue(field, c.to ?? null, nameOf, locale)}</ins>
                    </li>
                  );
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
