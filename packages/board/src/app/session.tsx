// Who is signed in. `null` = nobody (show the sign-in page), `undefined` = still asking.
import { createContext, useContext } from 'react';
import type { Locale } from '@stageflow/engine';
import type { User } from '@stageflow/api';

export interface Session {
  user: User;
  signOut: () => void;
  /** Shows the board in `locale` and stores the choice on the user. */
  chooseLocale: (locale: Locale) => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a signed-in user (SessionContext).');
  return session;
}

export const canEditCards = (user: User) => user.role === 'admin' || user.role === 'manager';
