// Parts, suppliers, card parts lines and purchase orders in the OpenAPI document.
import {
  CardParts,
  PartList,
  PartsReadiness,
  PartView,
  PurchaseOrderView,
  SupplierList,
  SupplierView,
} from '@stageflow/api';
import { registerOperation, type OperationSpec } from '../http/openapi-registry.ts';
import {
  PartBody,
  PartLineBody,
  PartPatch,
  ReadinessQuery,
  PartQuery,
  StockAdjustment,
  SupplierBody,
  SupplierPatch,
  SupplierQuery,
} from './parts.schemas.ts';

const readers = ['admin', 'manager', 'viewer'] as const;
const writers = ['admin', 'manager'] as const;
const signedOut = { 401: { description: 'Not signed in' } };
const denied = { ...signedOut, 403: { description: 'Viewers cannot change parts or stock' } };

function op(spec: Omit<OperationSpec, 'tags'> & { tags?: string[] }): void {
  registerOperation({ tags: ['Parts'], ...spec });
}

export function registerPartsOperations(): void {
  op({
    method: 'get',
    path: '/api/suppliers',
    summary: 'The suppliers, by name (archived ones only when asked for)',
    auth: readers,
    query: SupplierQuery,
    responses: { 200: { description: 'Suppliers', schema: SupplierList }, ...signedOut },
  });
  op({
    method: 'post',
    path: '/api/suppliers',
    summary: 'Create a supplier',
    auth: writers,
    body: SupplierBody,
    responses: {
      201: { description: 'Created', schema: SupplierView },
      400: { description: 'Invalid body' },
      ...denied,
    },
  });
  op({
    method: 'get',
    path: '/api/suppliers/:id',
    summary: 'One supplier',
    auth: readers,
    responses: {
      200: { description: 'The supplier', schema: SupplierView },
      ...signedOut,
      404: { description: 'No such supplier' },
    },
  });
  op({
    method: 'patch',
    path: '/api/suppliers/:id',
    summary: 'Change a supplier (only the fields sent); `archived` archives or restores it',
    auth: writers,
    body: SupplierPatch,
    responses: {
      200: { description: 'Changed', schema: SupplierView },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such supplier' },
    },
  });
  op({
    method: 'delete',
    path: '/api/suppliers/:id',
    summary: 'Delete a supplier nothing uses',
    description:
      'Refused while parts or purchase orders (open or past) name the supplier: the problem names them (`parts`, `purchaseOrders`). Archive it instead to keep that history.',
    auth: writers,
    responses: {
      204: { description: 'Deleted' },
      ...denied,
      404: { description: 'No such supplier' },
      409: { description: 'Parts or purchase orders use the supplier; they are named' },
    },
  });
  op({
    method: 'get',
    path: '/api/parts',
    summary: 'The parts catalogue with stock, by SKU',
    description:
      '`available` is on hand minus reserved; `low` when it is below the reorder point; `onOrder` counts units on open purchase orders. Archived parts are left out unless `archived` asks for them.',
    auth: readers,
    query: PartQuery,
    responses: { 200: { description: 'Parts', schema: PartList }, ...signedOut },
  });
  op({
    method: 'post',
    path: '/api/parts',
    summary: 'Add a part to the catalogue',
    description: 'Opens a purchase order at once when the stock given is below the reorder point.',
    auth: writers,
    body: PartBody,
    responses: {
      201: { description: 'Created', schema: PartView },
      400: { description: 'Invalid body' },
      ...denied,
      409: { description: 'The SKU is taken (whatever its case)' },
      422: { description: 'The supplier does not exist' },
    },
  });
  op({
    method: 'get',
    path: '/api/parts/readiness',
    summary: 'Which cards of a workflow have parts lines, and which lines still wait for stock',
    auth: readers,
    query: ReadinessQuery,
    responses: {
      200: { description: 'Cards with parts lines, by id', schema: PartsReadiness },
      ...signedOut,
    },
  });
  op({
    method: 'get',
    path: '/api/parts/:id',
    summary: 'One part with its stock',
    auth: readers,
    responses: {
      200: { description: 'The part', schema: PartView },
      ...signedOut,
      404: { description: 'No such part' },
    },
  });
  op({
    method: 'patch',
    path: '/api/parts/:id',
    summary: 'Change a part (stock on hand changes only through adjustments and receipts)',
    description:
      '`archived: true` archives the part: its repairs and purchase orders keep it, but it is no longer offered for parts lines or purchase orders, reordered, or listed by default. `false` restores it.',
    auth: writers,
    body: PartPatch,
    responses: {
      200: { description: 'Changed', schema: PartView },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such part' },
      409: { description: 'The SKU is taken' },
      422: { description: 'The supplier does not exist or is archived' },
    },
  });
  op({
    method: 'delete',
    path: '/api/parts/:id',
    summary: 'Delete a part no card uses',
    description:
      'Refused while parts lines or purchase orders use the part: the problem names their cards (`cards`). Archive it instead.',
    auth: writers,
    responses: {
      204: { description: 'Deleted' },
      ...denied,
      404: { description: 'No such part' },
      409: { description: 'Cards use the part; they are named' },
    },
  });
  op({
    method: 'post',
    path: '/api/parts/:id/adjustments',
    summary: 'Count stock: add units found (delta > 0) or write units off (delta < 0)',
    description:
      'Units found go first to repairs waiting for the part (their ordered lines are reserved, oldest first).',
    auth: writers,
    body: StockAdjustment,
    responses: {
      200: { description: 'The part after the count', schema: PartView },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such part' },
      409: { description: 'A write-off would take reserved units' },
    },
  });
  op({
    method: 'get',
    path: '/api/cards/:id/parts',
    summary: "A card's parts lines, what the customer pays for them and what to claim back",
    auth: readers,
    responses: {
      200: { description: 'The lines', schema: CardParts },
      ...signedOut,
      404: { description: 'No such card' },
    },
  });
  op({
    method: 'post',
    path: '/api/cards/:id/parts',
    summary: 'Add a parts line to a card',
    description:
      'An edit of the card (revision + 1): the quote becomes parts plus labour. Once parts are ordered for the card the line is reserved at once (or waits as backordered).',
    auth: writers,
    body: PartLineBody,
    responses: {
      201: { description: "The card's lines after the change", schema: CardParts },
      400: { description: 'Invalid body' },
      ...denied,
      404: { description: 'No such card' },
      409: { description: 'The card is finished' },
      422: { description: 'Unknown or archived part, or the workflow has no parts lines' },
    },
  });
  op({
    method: 'delete',
    path: '/api/cards/:id/parts/:lineId',
    summary: 'Remove a parts line (its reservation is given back)',
    auth: writers,
    responses: {
      200: { description: "The card's lines after the change", schema: CardParts },
      ...denied,
      404: { description: 'No such card or line' },
      409: { description: 'The line was consumed at hand-back, or the card is finished' },
    },
  });
  op({
    method: 'get',
    path: '/api/purchase-orders/:cardId',
    summary: 'The order behind a purchase-order card: part, quantity and units received',
    auth: readers,
    responses: {
      200: { description: 'The order', schema: PurchaseOrderView },
      ...signedOut,
      404: { description: 'The card has no purchase order' },
    },
  });
}
