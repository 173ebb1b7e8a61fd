// Loads one customer or unit for its page; `replace` after an edit.
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { getRecord, type RecordKind } from './installed-base-api.ts';

export type RecordState<T> =
  { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; record: T };

export function useRecord<T>(kind: RecordKind, id: string) {
  const [load, setLoad] = useState<RecordState<T>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    getRecord<T>(kind, id).then(
      (record) => live && setLoad({ state: 'ready', record }),
      (err: unknown) => live && setLoad({ state: 'error', message: messageOf(err) }),
    );
    return () => {
      live = false;
    };
  }, [kind, id]);
  return { load, replace: (record: T) => setLoad({ state: 'ready', record }) };
}
