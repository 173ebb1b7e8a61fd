// Typed calls for parts, suppliers, card parts lines and purchase orders (server src/parts).
import {
  CardParts,
  PartList,
  PartsReadiness,
  PartView,
  PurchaseOrderView,
  SupplierList,
  SupplierView,
} from '@stageflow/api';
import { api, NoContent } from '../api/client.ts';
import { ApiError } from '../api/problem.ts';

export type { CardParts, PartView, PurchaseOrderView, SupplierView };

export interface PartInput {
  sku: string;
  name: string;
  cost: number;
  price: number;
  supplier: string | null;
  onHand: number;
  reorderPoint: number;
  reorderQuantity: number;
}

/** Archived records are left out unless asked for ('include' or 'only'). */
export type ArchivedFilter = 'exclude' | 'include' | 'only';

export interface PartQuery {
  q?: string | undefined;
  supplier?: string | undefined;
  archived?: ArchivedFilter | undefined;
}

function queryString(params: Record<string, string | undefined>): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) qs.set(key, value);
  const text = qs.toString();
  return text ? `?${text}` : '';
}

export async function listParts(query: PartQuery | string = {}): Promise<PartView[]> {
  const { q, supplier, archived } = typeof query === 'string' ? { q: query } : query;
  const qs = queryString({ q, supplier, archived });
  return (await api.get(`/api/parts${qs}`, PartList)).data.items;
}

export async function listSuppliers(archived?: ArchivedFilter): Promise<SupplierView[]> {
  return (await api.get(`/api/suppliers${queryString({ archived })}`, SupplierList)).data.items;
}

const supplierPath = (id: string) => `/api/suppliers/${encodeURIComponent(id)}`;
const partPath = (id: string) => `/api/parts/${encodeURIComponent(id)}`;

export interface SupplierInput {
  name: string;
  email: string | null;
  phone: string | null;
  notes: string | null;
}

export async function getSupplier(id: string): Promise<SupplierView> {
  return (await api.get(supplierPath(id), SupplierView)).data;
}

export async function createSupplier(input: SupplierInput): Promise<SupplierView> {
  return (await api.post('/api/suppliers', SupplierView, input)).data;
}

export async function patchSupplier(
  id: string,
  patch: Partial<SupplierInput> & { archived?: boolean },
): Promise<SupplierView> {
  return (await api.patch(supplierPath(id), SupplierView, patch)).data;
}

/** Refused (409, naming its parts and purchase orders) while anything uses it. */
export async function deleteSupplier(id: string): Promise<void> {
  await api.delete(supplierPath(id), NoContent);
}

export async function setPartArchived(id: string, archived: boolean): Promise<PartView> {
  return (await api.patch(partPath(id), PartView, { archived })).data;
}

/** Refused (409, naming the cards) while a repair or purchase order uses it. */
export async function deletePart(id: string): Promise<void> {
  await api.delete(partPath(id), NoContent);
}

export async function createPart(input: PartInput): Promise<PartView> {
  return (await api.post('/api/parts', PartView, input)).data;
}

export async function adjustStock(id: string, delta: number): Promise<PartView> {
  return (await api.post(`/api/parts/${encodeURIComponent(id)}/adjustments`, PartView, { delta }))
    .data;
}

const linesPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/parts`;

export async function getCardParts(cardId: string): Promise<CardParts> {
  return (await api.get(linesPath(cardId), CardParts)).data;
}

export async function addPartLine(
  cardId: string,
  line: { part: string; quantity: number; warranty: boolean },
): Promise<CardParts> {
  return (await api.post(linesPath(cardId), CardParts, line)).data;
}

export async function removePartLine(cardId: string, lineId: string): Promise<CardParts> {
  return (await api.delete(`${linesPath(cardId)}/${encodeURIComponent(lineId)}`, CardParts)).data;
}

export async function getReadiness(workflow: string): Promise<PartsReadiness> {
  const qs = `?workflow=${encodeURIComponent(workflow)}`;
  return (await api.get(`/api/parts/readiness${qs}`, PartsReadiness)).data;
}

export async function getPurchaseOrder(cardId: string): Promise<PurchaseOrderView | null> {
  try {
    return (await api.get(`/api/purchase-orders/${encodeURIComponent(cardId)}`, PurchaseOrderView))
      .data;
  } catch (error) {
    // A purchase-order card made by hand has its order once goods are first received.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
