// The customers and units the board's cards point at, by id: filled from the board response and
// card details (the same records the server's engine reads), and fetched once for an id it does
// not know yet (a card that arrived over the live feed). The engine in the browser reads them as
// `Ctx.refs`, so its predictions match the server's answers.
import {
  isReferenceType,
  type Fields,
  type RefRecord,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useSyncExternalStore } from 'react';
import { getRecord, type RecordKind } from './installed-base-api.ts';

const records = new Map<string, RefRecord>();
const pending = new Set<string>();
const listeners = new Set<() => void>();
let version = 0;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function rememberRecords(list: Iterable<RefRecord>): void {
  let any = false;
  for (const record of list) {
    if (typeof record?.id !== 'string') continue;
    records.set(record.id, record);
    any = true;
  }
  if (any) changed();
}

export function recordOf(id: string): RefRecord | undefined {
  return records.get(id);
}

/** Fetches a record the board has not seen yet (once; failures stay unknown). */
export function ensureRecord(kind: RecordKind, id: string): void {
  if (records.has(id) || pending.has(id)) return;
  pending.add(id);
  getRecord(kind, id).then(
    (view) => {
      pending.delete(id);
      rememberRecords([toRecord(kind, view)]);
    },
    () => pending.delete(id),
  );
}

/** A record from the API's view (GET /api/customers/:id, /api/equipment/:id). */
export function toRecord(kind: RecordKind, view: Record<string, unknown>): RefRecord {
  const pick = (...keys: string[]) =>
    Object.fromEntries(keys.map((k) => [k, (view[k] ?? null) as RefRecord[string]]));
  return kind === 'customer'
    ? ({ id: String(view.id), ...pick('name', 'email', 'phone', 'address') } as RefRecord)
    : ({
        id: String(view.id),
        ...pick(
          'serialNumber',
          'product',
          'model',
          'customer',
          'customerName',
          'purchaseDate',
          'warrantyMonths',
          'warrantyExpires',
          'contractExpires',
        ),
      } as RefRecord);
}

/** The refs the engine reads for a card: the known record of each filled reference field. */
export function refsFor(definition: WorkflowDefinition, fields: Fields): Refs {
  const refs: Refs = {};
  for (const field of definition.fields) {
    const value = fields[field.key];
    if (!isReferenceType(field.type) || typeof value !== 'string') continue;
    const record = records.get(value);
    if (record) refs[field.key] = record;
  }
  return refs;
}

/** How a person reads a record: "SN-1234 · Dough mixer", a customer's name. */
export function recordLabel(record: RefRecord | undefined, fallback: string): string {
  if (!record) return fallback;
  if (typeof record.serialNumber === 'string') {
    return `${record.serialNumber} · ${String(record.product ?? '')}`.replace(/ · $/, '');
  }
  return typeof record.name === 'string' ? record.name : fallback;
}

/** Re-renders when records arrive. */
export function useRecordsVersion(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => version,
  );
}

/** Remembers the records in a response member: `records` (board, by id) or `refs` (a card). */
export function rememberFrom(data: unknown, key: 'records' | 'refs'): void {
  if (!data || typeof data !== 'object') return;
  const member = (data as Record<string, unknown>)[key];
  if (member && typeof member === 'object') {
    rememberRecords(Object.values(member as Record<string, RefRecord>));
  }
}
