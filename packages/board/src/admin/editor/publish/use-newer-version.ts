import { useContext, useState } from 'react';
import { useLiveChanges } from '../../../api/LiveProvider.tsx';
import { SessionContext } from '../../../app/session.tsx';

/**
 * A version of this workflow that someone else published after the one this draft is based on
 * (from the live feed), or null. Publishing the draft would silently replace theirs.
 */
export function useNewerVersion(key: string, baseVersion: number | null): number | null {
  const me = useContext(SessionContext)?.user.id;
  const [newer, setNewer] = useState<number | null>(null);
  useLiveChanges((change) => {
    if (baseVersion === null || change.kind !== 'workflow.published' || change.workflowKey !== key)
      return;
    if (change.version > baseVersion && change.publishedBy !== me) {
      setNewer((v) => Math.max(v ?? 0, change.version));
    }
  });
  return newer;
}
