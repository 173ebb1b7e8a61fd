// Loads one customer or unit for its page; `replace` after an edit.
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { getRecord, type RecordKind, type RecordOf } from './installed-base-api.ts';

export type RecordState<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; record: T };

export function useRecord<K extends RecordKind>(kind: K, id: string) {
  const [load, setLoad] = useState<RecordState<RecordOf<K>>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    getRecord(kind, id).then(
      (record) => live && setLoad({ state: 'ready', record }),
      (err: unknown) => live && setLoad({ state: 'error', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);
  return { load, replace: (record: RecordOf<K>) => setLoad({ state: 'ready', record }) };
}
