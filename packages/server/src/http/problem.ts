// The one error type of the server, rendered once as RFC 9457 application/problem+json.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { DatabaseBusyError } from '../db/database-busy.ts';
import { zodProblem } from './zod-problem.ts';
import type { Locale } from '@stageflow/engine';
import { say, translate, type Sentence } from '../i18n/translate.ts';
import { requestLocale } from '../i18n/request-locale.ts';

/**
 * A problem's `detail`: a Sentence from the server catalogue (rendered in the caller's language)
 * or a string already in it (an engine refusal made with Ctx.locale).
 */
export type Detail = string | Sentence;

export class HttpProblem extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  /** The detail as thrown, a Sentence rendered in English (logs); responses use detailIn(). */
  readonly detail: string;
  readonly sentence: Sentence | undefined;
  /** Extra members of the problem document (e.g. `field`, `currentStage`, `moves`). */
  readonly extra: Record<string, unknown>;
  /** Response headers (e.g. `Retry-After`). */
  readonly headers: Record<string, string>;

  constructor(
    status: ContentfulStatusCode,
    code: string,
    detail: Detail,
    extra: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) {
    const english = typeof detail === 'string' ? detail : translate(detail, 'en');
    super(english);
    this.name = 'HttpProblem';
    this.status = status;
    this.code = code;
    this.detail = english;
    this.sentence = typeof detail === 'string' ? undefined : detail;
    this.extra = extra;
    this.headers = headers;
  }

  detailIn(locale: Locale): string {
    return this.sentence ? translate(this.sentence, locale) : this.detail;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function problemType(code: string): string {
  return `urn:stageflow:problem:${code}`;
}

export function problemResponse(c: Context, problem: HttpProblem): Response {
  const locale = requestLocale(c);
  const body = {
    ...problem.extra,
    type: problemType(problem.code),
    title: TITLES[problem.status] ?? 'Error',
    status: problem.status,
    detail: problem.detailIn(locale),
    code: problem.code,
    instance: c.req.path,
  };
  const headers: Record<string, string> = {
    ...problem.headers,
    'Content-Type': 'application/problem+json',
    'Content-Language': locale,
  };
  const requestId = c.get('requestId') as string | undefined;
  if (requestId) headers['X-Request-Id'] = requestId;
  return c.body(JSON.stringify(body), problem.status, headers);
}

/** Maps anything thrown by a handler or middleware to a problem document. */
export function toProblem(err: unknown, locale?: Locale): HttpProblem {
  if (err instanceof HttpProblem) return err;
  if (err instanceof ZodError) return zodProblem(err, 'body', locale);
  if (err instanceof DatabaseBusyError) {
    const retryAfter = err.retryAfterSeconds;
    return new HttpProblem(
      503,
      'database-busy',
      say('http.databaseBusy', { seconds: retryAfter }),
      { retryAfter },
      { 'Retry-After': String(retryAfter) },
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    return new HttpProblem(
      err.status as ContentfulStatusCode,
      'http-error',
      err.message || say('http.refused'),
    );
  }
  return new HttpProblem(500, 'internal', say('http.internal'));
}

export function onError(err: Error, c: Context): Response {
  const problem = toProblem(err, requestLocale(c));
  if (problem.status >= 500 && !(err instanceof HttpProblem || err instanceof DatabaseBusyError)) {
    console.error(`[${String(c.get('requestId') ?? '-')}] ${c.req.method} ${c.req.path}`, err);
  }
  return problemResponse(c, problem);
}

export function notFound(c: Context): Response {
  return problemResponse(
    c,
    new HttpProblem(
      404,
      'not-found',
      say('http.noRoute', { method: c.req.method, path: c.req.path }),
    ),
  );
}
