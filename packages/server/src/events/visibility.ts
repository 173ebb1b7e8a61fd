// Who may see which change: the one place the SSE stream filters. Every role reads every
// workflow today; per-workflow permissions would narrow it here. A change addressed to one person
// (a notification) carries `recipientId` and reaches that person's streams only.
import type { Role } from '@stageflow/engine';
import type { ChangeEvent } from './change-feed.ts';

export interface Reader {
  id: string;
  role: Role;
}

export function canReadChange(reader: Reader, change: ChangeEvent): boolean {
  if (typeof change.recipientId === 'string') return change.recipientId === reader.id;
  return true;
}
