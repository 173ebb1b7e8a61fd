// Who may see which change: the one place the SSE stream filters. Every role reads every
// workflow today; per-workflow permissions would narrow it here.
import type { ChangeEvent } from './change-feed.ts';

export interface Reader {
  id: string;
  role: 'admin' | 'manager' | 'viewer';
}

export function canReadChange(_reader: Reader, _change: ChangeEvent): boolean {
  return true;
}
