import { useEffect, useState } from 'react';
import { listUsers } from '../../users/users-api.ts';
import type { VersionInfo } from '@stageflow/api';
import { useT } from '../../../i18n/useT.ts';
import { formatDateTime } from '../../../board/time.ts';

/** The published versions, newest first: who published each and when. */
export function VersionList({ versions }: { versions: VersionInfo[] }) {
  const { t, locale } = useT();
  const names = useUserNames();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <section className="admin-versions" aria-labelledby="admin-versions-title">
      <h2 id="admin-versions-title">{t('editor.versions')}</h2>
      {sorted.length === 0 ? (
        <p className="admin-empty">{t('editor.notPublished')}</p>
      ) : (
        <ol className="admin-versions__list">
          {sorted.map((v, i) => (
            <li key={v.version}>
              <span className="admin-badge">v{v.version}</span>
              {i === 0 && <span className="admin-badge admin-badge--ok">{t('editor.latest')}</span>}
              <span>
                {names[v.publishedBy] ?? (v.publishedBy === 'system' ? 'Stageflow' : v.publishedBy)}
              </span>
              <time dateTime={v.publishedAt} className="admin-muted">
                {formatDateTime(v.publishedAt, locale)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Publisher names by user id; ids are shown until (or unless) the user list loads. */
function useUserNames(): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let current = true;
    listUsers().then(
      (users) =>
        current && setNames(Object.fromEntries(users.map((u) => [u.id, u.name || u.email]))),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return names;
}
