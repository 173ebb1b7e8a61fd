// The Hono environment every route module shares.
import type { Locale } from '@stageflow/engine';
import type { Role } from './db/schema.ts';

export type { Role };

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language they chose; null follows Accept-Language. */
  locale: Locale | null;
}

export type AppEnv = {
  Variables: {
    user: AuthUser;
    requestId: string;
  };
};
