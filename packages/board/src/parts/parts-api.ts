// Typed calls for parts, suppliers, card parts lines and purchase orders (server src/parts).
import type {
  CardParts,
  PartsReadiness,
  PartView,
  PurchaseOrderView,
  SupplierView,
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
  return (await api.get<{ items: PartView[] }>(`/api/parts${qs}`)).data.items;
}

export async function listSuppliers(): Promise<SupplierView[]> {
  return (await api.get<{ items: SupplierView[] }>('/api/suppliers')).data.items;
}

export async function createPart(input: PartInput): Promise<PartView> {
  return (await api.post<PartView>('/api/parts', input)).data;
}

export async function adjustStock(id: string, delta: number): Promise<PartView> {
  return (await api.post<PartView>(`/api/parts/${encodeURIComponent(id)}/adjustments`, { delta }))
    .data;
}

const linesPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/parts`;

export async function getCardParts(cardId: string): Promise<CardParts> {
  return (await api.get<CardParts>(linesPath(cardId))).data;
}

export async function addPartLine(
  cardId: string,
  line: { part: string; quantity: number; warranty: boolean },
): Promise<CardParts> {
  return (await api.post<CardParts>(linesPath(cardId), line)).data;
}

export async function removePartLine(cardId: string, lineId: string): Promise<CardParts> {
  return (await api.delete<CardParts>(`${linesPath(cardId)}/${encodeURIComponent(lineId)}`)).data;
}

export async function getReadiness(workflow: string): Promise<PartsReadiness> {
  const qs = `?workflow=${encodeURIComponent(workflow)}`;
  return (await api.get<PartsReadiness>(`/api/parts/readiness${qs}`)).data;
}

export async function getPurchaseOrder(cardId: string): Promise<PurchaseOrderView | null> {
  try {
    return (await api.get<PurchaseOrderView>(`/api/purchase-orders/${encodeURIComponent(cardId)}`))
      .data;
  } catch (error) {
    // A purchase-order card made by hand has its order once goods are first received.
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
