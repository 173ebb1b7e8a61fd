// One timeline for a customer or unit: every card's history that concerns it, newest first.
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useDirectory } from '../app/directory.tsx';
import { Link } from '../app/Link.tsx';
import { getTimeline, type RecordKind, type TimelineEntry } from './installed-base-api.ts';

const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function what(entry: TimelineEntry): string {
  if (entry.kind === 'created') return `Created in ${entry.toStageLabel}`;
  if (entry.kind === 'transition') return `${entry.eventLabel ?? 'Moved'} → ${entry.toStageLabel}`;
  if (entry.kind === 'migration') return `Moved to a new workflow version (${entry.toStageLabel})`;
  return 'Details edited';
}

export function RecordTimeline({ kind, id }: { kind: RecordKind; id: string }) {
  const { nameOf } = useDirectory();
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getTimeline(kind, id).then(setEntries, (err: unknown) => setError(messageOf(err)));
  }, [kind, id]);

  if (error) return <p role="alert">The timeline could not be loaded: {error}</p>;
  if (!entries) return <p role="status">Loading the timeline…</p>;
  if (entries.length === 0) {
    return <p className="record-muted">No deals, repairs, returns or claims concern it yet.</p>;
  }
  return (
    <ol className="record-timeline" aria-label="Timeline">
      {entries.map((e) => (
        <li key={`${e.cardId}-${e.revision}`} className={`record-timeline__item kind-${e.kind}`}>
          <span className="record-timeline__dot" aria-hidden="true" />
          <div>
            <p className="record-timeline__what">
              <Link
                to={`/board/${encodeURIComponent(e.workflow)}?card=${encodeURIComponent(e.cardId)}`}
              >
                {e.cardTitle}
              </Link>{' '}
              <span className="record-timeline__workflow">{e.workflowName}</span>
            </p>
            <p>{what(e)}</p>
            <p className="record-muted">
              <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time> · {nameOf(e.actorId)}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
