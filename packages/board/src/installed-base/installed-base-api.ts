// Typed calls for customers and equipment units (packages/server src/installed-base).
import type { RefRecord } from '@stageflow/engine';
import { api } from '../api/client.ts';

export interface Customer {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  address: string | null;
  notes: string | null;
}

export interface Equipment {
  id: string;
  serialNumber: string;
  product: string;
  model: string | null;
  customer: string | null;
  customerName: string | null;
  purchaseDate: string | null;
  warrantyMonths: number | null;
  warrantyExpires: string | null;
  contractExpires: string | null;
  notes: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  nextOffset: number | null;
}

export interface TimelineEntry {
  cardId: string;
  cardTitle: string;
  workflow: string;
  workflowName: string;
  revision: number;
  at: string;
  actorId: string;
  kind: string;
  event: string | null;
  eventLabel: string | null;
  toStageLabel: string;
  via: { field: string; kind: 'customer' | 'equipment'; id: string };
}

export type RecordKind = 'customer' | 'equipment';
export type CustomerInput = Omit<Customer, 'id'>;
export type EquipmentInput = Omit<Equipment, 'id' | 'customerName' | 'warrantyExpires'>;

const base = (kind: RecordKind) => (kind === 'customer' ? '/api/customers' : '/api/equipment');
const one = (kind: RecordKind, id: string) => `${base(kind)}/${encodeURIComponent(id)}`;

export async function listRecords<T>(
  kind: RecordKind,
  query: { q?: string; offset?: number; limit?: number; customer?: string },
): Promise<Page<T>> {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.offset) params.set('offset', String(query.offset));
  if (query.limit) params.set('limit', String(query.limit));
  if (query.customer) params.set('customer', query.customer);
  const qs = params.toString();
  return (await api.get<Page<T>>(`${base(kind)}${qs ? `?${qs}` : ''}`)).data;
}

export async function getRecord<T>(kind: RecordKind, id: string): Promise<T> {
  return (await api.get<T>(one(kind, id))).data;
}

export async function createRecord<T>(kind: RecordKind, input: object): Promise<T> {
  return (await api.post<T>(base(kind), input)).data;
}

export async function patchRecord<T>(kind: RecordKind, id: string, patch: object): Promise<T> {
  return (await api.patch<T>(one(kind, id), patch)).data;
}

export async function deleteRecord(kind: RecordKind, id: string): Promise<void> {
  await api.delete(one(kind, id));
}

export async function getTimeline(kind: RecordKind, id: string): Promise<TimelineEntry[]> {
  return (await api.get<{ timeline: TimelineEntry[] }>(`${one(kind, id)}/timeline`)).data.timeline;
}

export const exportUrl = (kind: RecordKind) => `${base(kind)}/export`;

export interface CsvProblem {
  line: number;
  column: string | null;
  message: string;
}

/** Uploads a CSV file: every row is imported, or none and the problems come back by line. */
export async function importCsv(
  kind: RecordKind,
  text: string,
): Promise<{ created: number; updated: number }> {
  const options = { raw: text, headers: { 'Content-Type': 'text/csv' } };
  return (
    await api.post<{ created: number; updated: number }>(`${base(kind)}/import`, undefined, options)
  ).data;
}

/** The record a board card's reference field points at, as the engine reads it. */
export type BoardRecord = RefRecord & { kind?: RecordKind };
