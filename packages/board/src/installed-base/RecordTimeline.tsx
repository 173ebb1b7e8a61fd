// One timeline for a customer or unit: every card's history that concerns it, newest first.
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useDirectory } from '../app/directory.tsx';
import { Link } from '../app/Link.tsx';
import { useT, type BoardT } from '../i18n/useT.ts';
import type { TimelineEntry } from '@stageflow/api';
import { getTimeline, type RecordKind } from './installed-base-api.ts';

function what(entry: TimelineEntry, t: BoardT): string {
  const stage = entry.toStageLabel;
  if (entry.kind === 'created') return t('installedBase.created', { stage });
  if (entry.kind === 'transition')
    return t('installedBase.moved', { event: entry.eventLabel ?? '', stage });
  if (entry.kind === 'migration') return t('installedBase.migrated', { stage });
  return t('installedBase.edited');
}

export function RecordTimeline({ kind, id }: { kind: RecordKind; id: string }) {
  const { nameOf } = useDirectory();
  const { t, locale } = useT();
  const dateTime = new Intl.DateTimeFormat(locale === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    getTimeline(kind, id).then(setEntries, (err: unknown) => setError(messageOf(err)));
  }, [kind, id]);

  if (error) return <p role="alert">{t('installedBase.timelineFailed', { reason: error })}</p>;
  if (!entries) return <p role="status">{t('installedBase.timelineLoading')}</p>;
  if (entries.length === 0) {
    return <p className="record-muted">{t('installedBase.timelineEmpty')}</p>;
  }
  return (
    <ol className="record-timeline" aria-label={t('installedBase.timeline')}>
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
            <p>{what(e, t)}</p>
            <p className="record-muted">
              <time dateTime={e.at}>{dateTime.format(new Date(e.at))}</time> · {nameOf(e.actorId)}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
