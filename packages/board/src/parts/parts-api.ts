// Typed calls for parts, suppliers, card parts lines and purchase orders (server src/parts).
import type { SupplierView } from '@stageflow/api';
import {
  CardParts,
  PartList,
  PartsReadiness,
  PartView,
  PurchaseOrderView,
  SupplierList,
} from '@stageflow/api';
import { api } from '../api/client.ts';
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

export async function listParts(q?: string): Promise<PartView[]> {
  const qs = q ? `?q=${encodeURIComponent(q)}` : '';
  return (await api.get(`/api/parts${qs}`, PartList)).data.items;
}

export async function listSuppliers(): Promise<SupplierView[]> {
  return (await api.get('/api/suppliers', SupplierList)).data.items;
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
