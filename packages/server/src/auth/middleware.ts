// Guards for route modules. `authenticate` (installed once by createApp) has already resolved
// the caller; these only decide.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv, AuthUser, Role } from '../app-env.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList } from '../i18n/translate.ts';

function unauthenticated(): HttpProblem {
  return new HttpProblem(401, 'unauthenticated', say('auth.signInFirst'));
}

/** 401 problem unless the request is signed in. */
export const requireUser: MiddlewareHandler<AppEnv> = async function requireUser(c, next) {
  if (c.get('user') === undefined) throw unauthenticated();
  await next();
};

/** 401 when signed out; 403 unless the user has one of `roles`. */
export function requireRole(...roles: Role[]): MiddlewareHandler<AppEnv> {
  return async function requireRole(c, next) {
    const user = c.get('user') as AuthUser | undefined;
    if (user === undefined) throw unauthenticated();
    if (!roles.includes(user.role)) {
      throw new HttpProblem(
        403,
        'forbidden',
        say('auth.needsRole', {
          roles: sayList(roles.map((r) => say(`roles.${r}`))),
          role: say(`roles.${user.role}`),
        }),
        { requiredRoles: roles },
      );
    }
    await next();
  };
}
