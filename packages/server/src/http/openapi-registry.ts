// Route modules describe their operations here; openapi.ts turns them into the OpenAPI document
// and the API page. Register at module load or inside a routes factory: re-registering the same
// method + path replaces the entry.
import type { z } from 'zod';
import type { Role } from '@stageflow/engine';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface ResponseSpec {
  description: string;
  /** JSON body schema; omitted for empty bodies and problem responses. */
  schema?: z.ZodType;
  /** Defaults to application/json (text/event-stream for SSE, etc.). */
  contentType?: string;
}

export interface OperationSpec {
  method: HttpMethod;
  /** Hono-style path, e.g. '/api/cards/:id/transitions'. */
  path: string;
  summary: string;
  description?: string;
  tags?: string[];
  /** Who may call it: 'public', 'user' (any signed-in user) or the roles allowed. */
  auth?: 'public' | 'user' | readonly Role[];
  body?: z.ZodType;
  query?: z.ZodType;
  /** Request headers that matter, e.g. { 'If-Match': 'The card revision, "3"' }. */
  headers?: Record<string, string>;
  responses: Record<number, ResponseSpec>;
}

const operations = new Map<string, OperationSpec>();

export function registerOperation(op: OperationSpec): void {
  operations.set(`${op.method.toUpperCase()} ${op.path}`, op);
}

export function listOperations(): OperationSpec[] {
  return [...operations.values()].sort(
    (a, b) =>
      a.path.localeCompare(b.path) ||
      HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method),
  );
}
