// Who did what, when: from → to, which fields changed, and what people said (comments), newest
// first in one timeline.
import type { FieldDef, FieldValue, WorkflowDefinition } from '@stageflow/engine';
import type { CardComment } from '../api/comments.ts';
import type { HistoryEntry } from '../api/types.ts';
import { useDirectory } from '../app/directory.tsx';
import { formatDateTime, relativeTime } from '../board/time.ts';
import { CommentBody } from './CommentBody.tsx';
import { displayValue } from './display-value.ts';

const verbs: Record<HistoryEntry['kind'], string> = {
  created: 'created the card',
  transition: 'moved it',
  edit: 'edited it',
  migration: 'migrated it',
};

/** Title and assignee are card properties, not workflow fields: read them the same way. */
function builtinField(key: string): FieldDef | undefined {
  if (key === 'title') return { key, label: 'Title', type: 'text' };
  if (key === 'assignee') return { key, label: 'Assignee', type: 'user' };
  return undefined;
}

export function HistoryTimeline({
  entries,
  definition,
  stageLabel,
  comments = [],
}: {
  entries: HistoryEntry[];
  definition: WorkflowDefinition;
  stageLabel: (key: string | null) => string;
  comments?: CardComment[];
}) {
  const { nameOf } = useDirectory();
  if (entries.length === 0 && comments.length === 0) {
    return <p className="muted">No history yet.</p>;
  }
  const now = Date.now();
  const sorted = [...entries].sort((a, b) => b.revision - a.revision);
  const items = mergeByTime(sorted, [...comments].reverse());
  return (
    <ol className="timeline">
      {items.map((item) => {
        if ('body' in item) {
          return (
            <li key={`c-${item.id}`} className="timeline-item kind-comment">
              <div className="timeline-line">
                <strong>{nameOf(item.authorId)}</strong> commented
              </div>
              <time
                className="timeline-time"
                dateTime={item.createdAt}
                title={formatDateTime(item.createdAt)}
              >
                {relativeTime(item.createdAt, now)}
              </time>
              <CommentBody comment={item} />
            </li>
          );
        }
        const entry = item;
        const who = entry.actor ? nameOf(entry.actor.id) : 'Stageflow';
        const moved = entry.fromStage && entry.toStage && entry.fromStage !== entry.toStage;
        const changes = Object.entries(entry.changes).filter(([key]) => key !== 'position');
        return (
          <li key={entry.revision} className={`timeline-item kind-${entry.kind}`}>
            <div className="timeline-line">
              <strong>{who}</strong> {verbs[entry.kind] ?? entry.kind}
              {moved && (
                <>
                  {' '}
                  from <span className="stage-name">{stageLabel(entry.fromStage)}</span> to{' '}
                  <span className="stage-name">{stageLabel(entry.toStage)}</span>
                </>
              )}
              {entry.kind === 'created' && entry.toStage && (
                <>
                  {' '}
                  in <span className="stage-name">{stageLabel(entry.toStage)}</span>
                </>
              )}
            </div>
            <time className="timeline-time" dateTime={entry.at} title={formatDateTime(entry.at)}>
              {relativeTime(entry.at, now)}
            </time>
            {changes.length > 0 && (
              <ul className="timeline-changes">
                {changes.map(([key, change]) => {
                  const field = definition.fields.find((f) => f.key === key) ?? builtinField(key);
                  const c = (change ?? {}) as { from?: FieldValue; to?: FieldValue };
                  return (
                    <li key={key}>
                      {field?.label ?? key}:{' '}
                      {'from' in c && c.from !== undefined && c.from !== null && (
                        <>
                          <del>{displayValue(field, c.from, nameOf)}</del> →{' '}
                        </>
                      )}
                      <ins>{displayValue(field, c.to ?? null, nameOf)}</ins>
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

/** Two newest-first lists into one, newest first; at the same instant the comment goes on top. */
function mergeByTime(history: HistoryEntry[], comments: CardComment[]) {
  const out: (HistoryEntry | CardComment)[] = [];
  let h = 0;
  let c = 0;
  while (h < history.length || c < comments.length) {
    const entry = history[h];
    const comment = comments[c];
    if (comment && (!entry || comment.createdAt >= entry.at)) {
      out.push(comment);
      c++;
    } else if (entry) {
      out.push(entry);
      h++;
    }
  }
  return out;
}
