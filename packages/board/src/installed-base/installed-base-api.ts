// Typed calls for customers and equipment units (packages/server src/installed-base).
import {
  Customer,
  CustomerPage,
  Equipment,
  EquipmentPage,
  ImportResult,
  RecordTimeline,
  type Page,
  type TimelineEntry,
} from '@stageflow/api';
import type { RefRecord } from '@stageflow/engine';
import { api, NoContent } from '../api/client.ts';

export type RecordKind = 'customer' | 'equipment';
/** A customer or a unit, by kind. */
export type RecordOf<K extends RecordKind> = K extends 'customer' ? Customer : Equipment;
export type CustomerInput = Omit<Customer, 'id' | 'createdAt' | 'updatedAt'>;
export type EquipmentInput = Omit<
  Equipment,
  'id' | 'customerName' | 'warrantyExpires' | 'createdAt' | 'updatedAt'
>;

const SCHEMAS = {
  customer: { one: Customer, page: CustomerPage },
  equipment: { one: Equipment, page: EquipmentPage },
} as const;

const base = (kind: RecordKind) => (kind === 'customer' ? '/api/customers' : '/api/equipment');
const one = (kind: RecordKind, id: string) => `${base(kind)}/${encodeURIComponent(id)}`;

export async function listRecords<K extends RecordKind>(
  kind: K,
  query: { q?: string; offset?: number; limit?: number; customer?: string },
): Promise<Page<RecordOf<K>>> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.offset) params.set('offset', String(query.offset));
  if (query.limit) params.set('limit', String(query.limit));
  if (query.customer) params.set('customer', query.customer);
  const qs = params.toString();
  const path = `${base(kind)}${qs ? `?${qs}` : ''}`;
  return (await api.get(path, SCHEMAS[kind].page)).data as Page<RecordOf<K>>;
}

export async function getRecord<K extends RecordKind>(kind: K, id: string): Promise<RecordOf<K>> {
  return (await api.get(one(kind, id), SCHEMAS[kind].one)).data as RecordOf<K>;
}

export async function createRecord<K extends RecordKind>(
  kind: K,
  input: object,
): Promise<RecordOf<K>> {
  return (await api.post(base(kind), SCHEMAS[kind].one, input)).data as RecordOf<K>;
}

export async function patchRecord<K extends RecordKind>(
  kind: K,
  id: string,
  patch: object,
): Promise<RecordOf<K>> {
  return (await api.patch(one(kind, id), SCHEMAS[kind].one, patch)).data as RecordOf<K>;
}

export async function deleteRecord(kind: RecordKind, id: string): Promise<void> {
  await api.delete(one(kind, id), NoContent);
}

export async function getTimeline(kind: RecordKind, id: string): Promise<TimelineEntry[]> {
  return (await api.get(`${one(kind, id)}/timeline`, RecordTimeline)).data.timeline;
}

export const exportUrl = (kind: RecordKind) => `${base(kind)}/export`;

/** Uploads a CSV file: every row is imported, or none and the problems come back by line. */
export async function importCsv(kind: RecordKind, text: string): Promise<ImportResult> {
  const options = { raw: text, headers: { 'Content-Type': 'text/csv' } };
  return (await api.post(`${base(kind)}/import`, ImportResult, undefined, options)).data;
}

/** The record a board card's reference field points at, as the engine reads it. */
export type BoardRecord = RefRecord & { kind?: RecordKind };
