// Names for people: the directory of active users, loaded once per session and asked again on
// demand (an id it does not know yet, or a picker that wants a fresh list). An id the directory
// still does not know after asking belongs to someone who left (a disabled user): "Former user".
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { ReactNode } from 'react';
import { getDirectory } from '../api/endpoints.ts';
import type { Person, User } from '@stageflow/api';
import { useT } from '../i18n/useT.ts';

/** Shown for a name the directory has not answered yet. */
export const NAME_PENDING = '…';

export interface Directory {
  /** Active people, by name. */
  people: Person[];
  byId: Map<string, Person>;
  loaded: boolean;
  /** A person's name; "Former user" (in the board's language) for an id it does not know. */
  nameOf: (id: string) => string;
  /** True when `nameOf(id)` is a real name (not pending, not a former user). */
  knows: (id: string) => boolean;
  /** Ask the server again (at most once per `minAgeMs`, default: now). */
  refresh: (minAgeMs?: number) => void;
}

const emptyDirectory: Directory = {
  people: [],
  byId: new Map(),
  loaded: false,
  nameOf: () => NAME_PENDING,
  knows: () => false,
  refresh: () => {},
};

const DirectoryContext = createContext<Directory>(emptyDirectory);

/** An unknown id asks the server again, but not more often than this. */
const UNKNOWN_ID_REFRESH_MS = 30_000;
const RETRY_MS = 10_000;

export function DirectoryProvider({ me, children }: { me: User; children: ReactNode }) {
  const { t } = useT();
  const formerUser = t('directory.formerUser');
  const [people, setPeople] = useState<Person[] | null>(null);
  const loadedAt = useRef(0);
  const inFlight = useRef(false);
  /** Ids met while the list did not have them: `waiting` for the next answer, then `settled`. */
  const settled = useRef(new Set<string>());
  const waiting = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const refresh = useCallback(function refresh(minAgeMs = 0) {
    if (inFlight.current || Date.now() - loadedAt.current < minAgeMs) return;
    inFlight.current = true;
    getDirectory()
      .then((list) => {
        loadedAt.current = Date.now();
        for (const id of waiting.current) settled.current.add(id);
        waiting.current.clear();
        setPeople([...list].sort((a, b) => a.name.localeCompare(b.name)));
      })
      .catch(() => {
        // Names stay as they were (or pending); try again a little later.
        clearTimeout(timer.current);
        timer.current = setTimeout(() => {
          timer.current = undefined;
          refresh();
        }, RETRY_MS);
      })
      .finally(() => {
        inFlight.current = false;
      });
  }, []);

  useEffect(() => {
    refresh();
    return () => clearTimeout(timer.current);
  }, [refresh]);

  /** One refresh as soon as the last answer is old enough (unknown ids wait for it together). */
  const refreshSoon = useCallback(() => {
    if (timer.current !== undefined) return;
    const delay = Math.max(0, loadedAt.current + UNKNOWN_ID_REFRESH_MS - Date.now());
    timer.current = setTimeout(() => {
      timer.current = undefined;
      refresh();
    }, delay);
  }, [refresh]);

  const value = useMemo<Directory>(() => {
    const list = people ?? [];
    const byId = new Map(list.map((p) => [p.id, p]));
    if (!byId.has(me.id)) byId.set(me.id, { id: me.id, name: me.name, role: me.role });
    const nameOf = (id: string) => {
      const known = byId.get(id);
      if (known) return known.name;
      if (people === null) return NAME_PENDING;
      if (settled.current.has(id)) return formerUser;
      // Someone added since the list was loaded? Ask once more, soon, outside this render.
      if (!waiting.current.has(id)) {
        waiting.current.add(id);
        refreshSoon();
      }
      return formerUser;
    };
    const knows = (id: string) => byId.has(id);
    return { people: list, byId, loaded: people !== null, nameOf, knows, refresh };
  }, [people, me.id, me.name, me.role, refresh, refreshSoon, formerUser]);

  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useDirectory(): Directory {
  return useContext(DirectoryContext);
}
