// The one place that talks HTTP (board and admin pages alike): same-origin cookie session, JSON
// in and out, problem+json errors as ApiError, ETag / If-Match for revisions. Every call names
// the @stageflow/api schema of its answer: the answer is typed by it and checked against it, so a
// body the board does not understand is reported where it enters instead of half-used later.
import { ProblemDocument } from '@stageflow/api';
import { z } from 'zod';
import { boardT, currentLocale } from '../i18n/i18n.ts';
import { ApiError, type ProblemDetail } from './problem.ts';

export interface RequestOptions {
  body?: unknown;
  /** A body sent as it is (a multipart upload, a CSV file) instead of JSON. */
  raw?: BodyInit;
  /** The revision the change is based on: sent as `If-Match: "<revision>"`. */
  ifMatch?: number | string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  /** The `ETag` revision, unquoted, when the server sent one. */
  etag: string | null;
  status: number;
}

/** The answer of an operation that sends no body (204). */
export const NoContent = z.null();

type UnauthorizedListener = () => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Called when any request answers 401, so the shell can show the sign-in page. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

export function quoteEtag(revision: number | string): string {
  const text = String(revision);
  return text.startsWith('"') || text.startsWith('W/') ? text : `"${text}"`;
}

export function unquoteEtag(etag: string | null): string | null {
  if (!etag) return null;
  return etag.replace(/^W\//, '').replace(/^"|"$/g, '');
}

export async function request<S extends z.ZodType>(
  method: string,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<ApiResponse<z.output<S>>> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // Problem details in the language the board shows (before a choice is stored, too).
    'Accept-Language': currentLocale(),
    ...options.headers,
  };
  // A FormData body gets its multipart Content-Type (with the boundary) from the browser.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = quoteEtag(options.ifMatch);

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body: options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    signal: options.signal,
  });

  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: response.ok ? undefined : text.slice(0, 300) };
    }
  }
  if (!response.ok) {
    if (response.status === 401 && path !== '/api/session') {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiError(response.status, problemOf(data));
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    console.error(`${method} ${path}: the answer does not match its schema`, parsed.error.issues);
    const detail = boardT()('problems.unexpectedAnswer');
    throw new ApiError(response.status, { status: response.status, detail, code: 'bad_answer' });
  }
  return {
    data: parsed.data,
    etag: unquoteEtag(response.headers.get('ETag')),
    status: response.status,
  };
}

/** The problem document as sent; a body that is not one (a proxy's page) keeps what it has. */
function problemOf(data: unknown): ProblemDetail {
  const parsed = ProblemDocument.safeParse(data);
  if (parsed.success) return parsed.data;
  return data && typeof data === 'object' ? (data as ProblemDetail) : {};
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request('GET', path, schema, options),
  post: <S extends z.ZodType>(path: string, schema: S, body?: unknown, options?: RequestOptions) =>
    request('POST', path, schema, { ...options, body }),
  put: <S extends z.ZodType>(path: string, schema: S, body?: unknown, options?: RequestOptions) =>
    request('PUT', path, schema, { ...options, body }),
  patch: <S extends z.ZodType>(path: string, schema: S, body?: unknown, options?: RequestOptions) =>
    request('PATCH', path, schema, { ...options, body }),
  delete: <S extends z.ZodType>(path: string, schema: S, options?: RequestOptions) =>
    request('DELETE', path, schema, options),
};
