// First start: the admin account (and, with demo data, a manager and a viewer). Passwords that
// are generated are returned so start-up can print them once; they are never stored in clear.
import type { Role } from '../db/schema.ts';
import type { Store } from '../db/database.ts';
import { generatePassword } from '../auth/password.ts';
import { countUsers, createUser } from './user.repository.ts';
import { PASSWORD_MIN_LENGTH } from './users.schemas.ts';

export interface CreatedAccount {
  email: string;
  role: Role;
  /** Only when generated here (an admin password from the environment is not echoed). */
  generatedPassword?: string;
}

export const DEMO_ACCOUNTS = [
  { email: 'manager@stageflow.local', name: 'Morgan Manager', role: 'manager' },
  { email: 'viewer@stageflow.local', name: 'Vic Viewer', role: 'viewer' },
] as const;

/** On an empty users table creates the first admin (and the demo accounts when asked). */
export async function bootstrapUsers(
  store: Store,
  options: { adminEmail: string; adminPassword?: string; demo: boolean },
): Promise<CreatedAccount[]> {
  if ((await countUsers(store)) > 0) return [];
  if (options.adminPassword !== undefined && options.adminPassword.length < PASSWORD_MIN_LENGTH) {
    throw new Error(
      `STAGEFLOW_ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  }
  const wanted = [
    {
      email: options.adminEmail,
      name: 'Administrator',
      role: 'admin' as Role,
      password: options.adminPassword,
    },
    ...(options.demo
      ? DEMO_ACCOUNTS.map((a) => ({ ...a, role: a.role as Role, password: undefined }))
      : []),
  ];
  // Hash in parallel: each scrypt at OWASP cost takes about a second.
  return Promise.all(
    wanted.map(async (a) => {
      const generated = a.password === undefined ? generatePassword() : undefined;
      await createUser(store, {
        email: a.email,
        name: a.name,
        role: a.role,
        password: a.password ?? generated!,
      });
      return {
        email: a.email,
        role: a.role,
        ...(generated ? { generatedPassword: generated } : {}),
      };
    }),
  );
}
