// The one place that talks HTTP (board and admin pages alike): same-origin cookie session, JSON
// in and out, problem+json errors as ApiError, ETag / If-Match for revisions.
import { currentLocale } from '../i18n/i18n.ts';
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

export async function request<T>(
  method: string,
  path: string,
  options: RequestOptions = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    // Problem details in the language the board shows (before a choice is stored, too).
    'Accept-Language': currentLocale(),
    ...options.headers,
  };
  const body =
    options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  // A FormData body gets its multipart Content-Type (with the boundary) from the browser.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['If-Match'] = quoteEtag(options.ifMatch);

  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    body,
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
    const problem = (data && typeof data === 'object' ? data : {}) as ProblemDetail;
    throw new ApiError(response.status, problem);
  }
  return {
    data: data as T,
    etag: unquoteEtag(response.headers.get('ETag')),
    status: response.status,
  };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
