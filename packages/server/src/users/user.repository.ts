// Users: creation (also used at start-up for the first admin and the demo accounts), listing,
// and admin changes that keep at least one active admin.
import type { Store } from '../db/database.ts';
import type { Role, UserRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { forgetTokenUsers } from '../auth/api-token.repository.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { normalizeEmail } from '../auth/login.ts';
import type { ScryptParams } from '../auth/password.ts';
import { hashPassword } from '../auth/password.ts';
import { newId } from '../auth/secrets.ts';
import { deleteUserSessions } from '../auth/session.repository.ts';
import type { AdminUser } from '@stageflow/api';

export interface NewUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
}

export function toAdminView(row: UserRow): AdminUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: row.created_at,
  };
}

export async function createUser(
  store: Store,
  input: NewUserInput,
  now: Date = new Date(),
  hashParams?: ScryptParams,
): Promise<AdminUser> {
  const row: UserRow = {
    id: newId(),
    email: normalizeEmail(input.email),
    name: input.name,
    role: input.role,
    password_hash: await hashPassword(input.password, hashParams),
    disabled: 0,
    created_at: now.toISOString(),
    locale: null,
  };
  try {
    await store.db.insertInto('users').values(row).execute();
  } catch (err) {
    if (store.adapter.isUniqueViolation(err)) {
      throw new HttpProblem(409, 'email-taken', say('users.emailTaken', { email: row.email }), {
        field: 'email',
      });
    }
    throw err;
  }
  return toAdminView(row);
}

export async function countUsers(store: Store): Promise<number> {
  const { n } = await store.db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function listUsers(store: Store): Promise<AdminUser[]> {
  const rows = await store.db.selectFrom('users').selectAll().orderBy('email').execute();
  return rows.map(toAdminView);
}

/** Who works here, as colleagues see it: active people's ids, names and roles (no emails). */
export async function listDirectory(
  store: Store,
): Promise<{ id: string; name: string; role: Role }[]> {
  return store.db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('disabled', '=', 0)
    .orderBy('name')
    .execute();
}

export interface UserPatch {
  name?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

async function otherActiveAdmins(trx: WriteTx, userId: string): Promise<number> {
  const { n } = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('disabled', '=', 0)
    .where('id', '!=', userId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

export async function updateUser(
  store: Store,
  id: string,
  patch: UserPatch,
  hashParams?: ScryptParams,
): Promise<AdminUser> {
  // Hash outside the transaction: scrypt takes a while and must not hold the write lock.
  const passwordHash =
    patch.password === undefined ? undefined : await hashPassword(patch.password, hashParams);
  const updated = writeTransaction(
    store,
    async (trx) => {
      const row = await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) throw new HttpProblem(404, 'user-not-found', say('users.notFound'));
      const losesAdmin =
        (patch.role !== undefined && patch.role !== 'admin') || patch.disabled === true;
      if (
        row.role === 'admin' &&
        row.disabled === 0 &&
        losesAdmin &&
        (await otherActiveAdmins(trx, id)) === 0
      ) {
        throw new HttpProblem(409, 'last-admin', say('users.lastAdmin', { email: row.email }));
      }
      const next: UserRow = {
        ...row,
        name: patch.name ?? row.name,
        role: patch.role ?? row.role,
        disabled: patch.disabled === undefined ? row.disabled : patch.disabled ? 1 : 0,
        password_hash: passwordHash ?? row.password_hash,
      };
      await trx
        .updateTable('users')
        .set({
          name: next.name,
          role: next.role,
          disabled: next.disabled,
          password_hash: next.password_hash,
        })
        .where('id', '=', id)
        .execute();
      // Disabling or a new password ends every open session (tokens stay, but are refused while disabled).
      if (patch.disabled === true || passwordHash !== undefined) await deleteUserSessions(trx, id);
      return toAdminView(next);
    },
    { locks: ['users:admins'] },
  );
  // Bearer lookups kept in this process see the new role or the disabling at once.
  return updated.finally(() => forgetTokenUsers(store));
}
