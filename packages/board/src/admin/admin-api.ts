// A small fetch wrapper for the admin pages: same-origin cookie session, JSON in and out, and
// RFC 9457 problem+json answers turned into an Error whose message is the problem's `detail`.
import { boardT, currentLocale } from '../i18n/i18n.ts';

export class ApiError extends Error {
  readonly status: number;
  /** The whole problem document (e.g. `problems` on a 422 from publishing). */
  readonly body: Record<string, unknown>;

  constructor(status: number, message: string, body: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export async function api<T>(method: Method, path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': currentLocale(),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, boardT()('problems.unreachable'), {});
  }
  const text = await res.text();
  const data = text ? parseJson(text) : null;
  if (!res.ok) {
    const doc = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
    const detail =
      typeof doc.detail === 'string'
        ? doc.detail
        : typeof doc.title === 'string'
          ? doc.title
          : null;
    throw new ApiError(
      res.status,
      detail ?? boardT()('problems.statusOther', { status: res.status }),
      doc,
    );
  }
  return data as T;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
