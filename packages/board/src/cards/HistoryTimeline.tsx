// Who did what, when: from → to, which fields changed, what people said (comments) and which
// files they attached or deleted, newest first in one timeline.
import type { FieldDef, FieldValue, WorkflowDefinition } from '@stageflow/engine';
import type { HistoryEntry } from '../api/types.ts';
import { useDirectory } from '../app/directory.tsx';
import { formatDateTime, relativeTime } from '../board/time.ts';
import { ActivityNoteItem } from './ActivityNoteItem.tsx';
import { mergeNewestFirst, type ActivityNote } from './activity-notes.ts';
import { displayValue } from './display-value.ts';
import { useT } from '../i18n/useT.ts';

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
  notes = [],
}: {
  entries: HistoryEntry[];
  definition: WorkflowDefinition;
  stageLabel: (key: string | null) => string;
  /** Comments and attachment events, newest first. */
  notes?: ActivityNote[];
}) {
  const { nameOf } = useDirectory();
  const { t } = useT();
  if (entries.length === 0 && notes.length === 0) {
    return <p className="muted">No history yet.</p>;
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
          entry.actor && entry.actor.id !== 'system' ? nameOf(entry.actor.id) : t('sla.automatic');
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
