// People: the signed-in user, sessions, API tokens, the admin's user list and the directory.
import { z } from 'zod';
import { LOCALES, Role } from '@stageflow/engine';
import { Timestamp } from './time.ts';

/** GET /api/me, and the user inside a session. */
export const User = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  locale: z
    .enum(LOCALES)
    .nullable()
    .describe(
      'The language chosen for the board and problem details; null follows Accept-Language.',
    ),
});
export type User = z.infer<typeof User>;

/** POST /api/session. */
export const Session = z.strictObject({ user: User, expiresAt: Timestamp });
export type Session = z.infer<typeof Session>;

/** The admin's view of an account (GET/POST /api/users, PATCH /api/users/:id). */
export const AdminUser = z.strictObject({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: Role,
  disabled: z.boolean(),
  createdAt: Timestamp,
});
export type AdminUser = z.infer<typeof AdminUser>;

export const AdminUserList = z.array(AdminUser);

/** Someone in the directory (GET /api/users/directory): every active user, readable by all. */
export const Person = z.strictObject({ id: z.string(), name: z.string(), role: Role });
export type Person = z.infer<typeof Person>;

export const Directory = z.array(Person);

export const TokenInfo = z.strictObject({
  id: z.string(),
  name: z.string(),
  createdAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

export const TokenList = z.array(TokenInfo);

export const CreatedToken = z.strictObject({
  ...TokenInfo.shape,
  token: z.string().describe('Shown once. Send as `Authorization: Bearer <token>`.'),
});
export type CreatedToken = z.infer<typeof CreatedToken>;
