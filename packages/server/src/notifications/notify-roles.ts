// Escalations: one inbox notification (and email, per preference) for every active user holding
// one of the roles, written inside the caller's transaction like every other notification.
import type { Role } from '@stageflow/engine';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import type { NotificationDetail } from './notification-view.ts';
import { notify } from './notify.ts';

export interface NotifyRolesInput {
  roles: readonly Role[];
  actorId: string;
  card: Pick<CardRow, 'id' | 'workflow_key' | 'title'>;
  at: string;
  detail: NotificationDetail;
}

/** Returns how many people were told in the app. */
export async function notifyRoles(trx: WriteTx, input: NotifyRolesInput): Promise<number> {
  if (input.roles.length === 0) return 0;
  const people = await trx
    .selectFrom('users')
    .select('id')
    .where('role', 'in', [...input.roles])
    .where('disabled', '=', 0)
    .orderBy('id')
    .execute();
  let told = 0;
  for (const person of people) {
    const { roles: _roles, ...rest } = input;
    if (await notify(trx, { ...rest, recipientId: person.id, kind: 'escalation' })) told++;
  }
  return told;
}
