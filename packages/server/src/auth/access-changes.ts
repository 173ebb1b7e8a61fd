// "Someone's access changed" within this process: a sign-out, a revoked token, an admin's edit of
// a user. Open event streams of that user check their credential again at once instead of at the
// next heartbeat. Other processes on the same database find out at their streams' next heartbeat.
import type { Store } from '../db/database.ts';

export type AccessListener = (userId: string) => void;

const listeners = new WeakMap<Store, Set<AccessListener>>();

export function onAccessChange(store: Store, listener: AccessListener): () => void {
  let set = listeners.get(store);
  if (!set) listeners.set(store, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export function accessChanged(store: Store, userId: string): void {
  for (const listener of [...(listeners.get(store) ?? [])]) listener(userId);
}
