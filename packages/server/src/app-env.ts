// The Hono environment every route module shares.
import type { Role } from './db/schema.ts';

export type { Role };

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export type AppEnv = {
  Variables: {
    user: AuthUser;
    requestId: string;
  };
};
