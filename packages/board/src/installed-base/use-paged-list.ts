// A searched, paged list of customers or units: the search is in the URL (?q=), typing waits a
// moment before asking, and "More" appends the next page.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useQueryState } from '../app/router.ts';
import { listRecords, type RecordKind, type RecordOf } from './installed-base-api.ts';

const PAGE = 50;
const SEARCH_DELAY_MS = 250;

export type ListState<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; items: T[]; total: number; nextOffset: number | null };

export function usePagedList<K extends RecordKind>(kind: K) {
  const [search, setSearch] = useQueryState();
  const q = search.get('q') ?? '';
  const [typed, setTyped] = useState(q);
  const [list, setList] = useState<ListState<RecordOf<K>>>({ state: 'loading' });
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    const timer = setTimeout(() => setSearch({ q: typed.trim() || null }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [typed, setSearch]);

  useEffect(() => {
    let live = true;
    listRecords(kind, { q, limit: PAGE }).then(
      (page) => live && setList({ state: 'ready', ...page }),
      (err: unknown) => live && setList({ state: 'error', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [kind, q, reloads]);

  const more = useCallback(() => {
    if (list.state !== 'ready' || list.nextOffset === null) return;
    listRecords(kind, { q, limit: PAGE, offset: list.nextOffset }).then(
      (page) =>
        setList((l) =>
          l.state === 'ready' ? { ...page, state: 'ready', items: [...l.items, ...page.items] } : l,
        ),
      (err: unknown) => setList({ state: 'error', message: messageOf(err) }),
    );
  }, [kind, q, list]);

  const reload = useCallback(() => setReloads((n) => n + 1), []);
  return { typed, setTyped, list, more, reload };
}
