// The installed base in the OpenAPI document: the same operations for customers and equipment.
import {
  Customer,
  CustomerPage,
  Equipment,
  EquipmentPage,
  ImportResult,
  RecordTimeline,
} from '@stageflow/api';
import type { z } from 'zod';
import { registerOperation } from '../http/openapi-registry.ts';
import {
  CustomerBody,
  CustomerPatch,
  EquipmentBody,
  EquipmentPatch,
  ListQuery,
} from './installed-base.schemas.ts';

interface Resource {
  path: string;
  tag: string;
  one: string;
  view: z.ZodType;
  page: z.ZodType;
  body: z.ZodType;
  patch: z.ZodType;
  columns: string;
}

const readers = ['admin', 'manager', 'viewer'] as const;
const writers = ['admin', 'manager'] as const;
const signedOut = { 401: { description: 'Not signed in' } };
const denied = { ...signedOut, 403: { description: 'Viewers cannot change the installed base' } };

function registerResource(r: Resource): void {
  const tags = [r.tag];
  const notFound = { 404: { description: `No such ${r.one}` } };
  registerOperation({
    method: 'get',
    path: r.path,
    summary: `List ${r.tag.toLowerCase()}, searched (q, case-insensitive contains) and paged`,
    tags,
    auth: readers,
    query: ListQuery,
    responses: { 200: { description: 'One page', schema: r.page }, ...signedOut },
  });
  registerOperation({
    method: 'post',
    path: r.path,
    summary: `Create a ${r.one}`,
    tags,
    auth: writers,
    body: r.body,
    responses: {
      201: { description: 'Created (Location names it)', schema: r.view },
      400: { description: 'Invalid body (the field is named)' },
      ...denied,
      409: { description: 'The serial number is taken (equipment)' },
      422: { description: 'The owner does not exist (equipment)' },
    },
  });
  registerOperation({
    method: 'get',
    path: `${r.path}/:id`,
    summary: `One ${r.one}`,
    tags,
    auth: readers,
    responses: { 200: { description: r.one, schema: r.view }, ...signedOut, ...notFound },
  });
  registerOperation({
    method: 'patch',
    path: `${r.path}/:id`,
    summary: `Change a ${r.one} (only the fields sent)`,
    tags,
    auth: writers,
    body: r.patch,
    responses: {
      200: { description: 'Changed', schema: r.view },
      400: { description: 'Invalid body' },
      ...denied,
      ...notFound,
      409: { description: 'The serial number is taken (equipment)' },
    },
  });
  registerOperation({
    method: 'delete',
    path: `${r.path}/:id`,
    summary: `Delete a ${r.one} nothing refers to`,
    tags,
    auth: writers,
    responses: {
      204: { description: 'Deleted' },
      ...denied,
      ...notFound,
      409: { description: 'Cards (or, for a customer, units) still refer to it; they are named' },
    },
  });
  registerOperation({
    method: 'get',
    path: `${r.path}/:id/timeline`,
    summary: `Every card's history that concerns the ${r.one}, newest first (at most 200 entries)`,
    tags,
    auth: readers,
    responses: {
      200: {
        description: 'Timeline',
        schema: RecordTimeline,
      },
      ...signedOut,
      ...notFound,
    },
  });
  registerOperation({
    method: 'get',
    path: `${r.path}/export`,
    summary: `Every ${r.one} as CSV (${r.columns})`,
    tags,
    auth: readers,
    responses: { 200: { description: 'CSV file', contentType: 'text/csv' }, ...signedOut },
  });
  registerOperation({
    method: 'post',
    path: `${r.path}/import`,
    summary: `Import ${r.tag.toLowerCase()} from CSV (Content-Type: text/csv; columns ${r.columns}): all rows or none`,
    tags,
    auth: writers,
    responses: {
      200: { description: 'Rows created and updated', schema: ImportResult },
      ...denied,
      413: { description: 'The file is larger than the body limit' },
      415: { description: 'Not sent as text/csv' },
      422: { description: 'Bad rows, listed by line and column in `errors`; nothing was written' },
    },
  });
}

export function registerCustomerOperations(): void {
  registerResource({
    path: '/api/customers',
    tag: 'Customers',
    one: 'customer',
    view: Customer,
    page: CustomerPage,
    body: CustomerBody,
    patch: CustomerPatch,
    columns: 'id, name, email, phone, address, notes; a known id updates that customer',
  });
}

export function registerEquipmentOperations(): void {
  registerResource({
    path: '/api/equipment',
    tag: 'Equipment',
    one: 'equipment unit',
    view: Equipment,
    page: EquipmentPage,
    body: EquipmentBody,
    patch: EquipmentPatch,
    columns:
      'id, serialNumber, product, model, customerId, customerName, purchaseDate, warrantyMonths, contractExpires, notes; a known serial updates that unit, the owner is found by customerId or else by exact customerName',
  });
}
