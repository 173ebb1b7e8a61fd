// RFC 9457 problem details turned into something a person can read (the server writes `detail`
// in the board's language; the fallbacks here are in it too).
import type { ProblemDocument } from '@stageflow/api';
import { boardT } from '../i18n/i18n.ts';
import type { BoardKey } from '../i18n/useT.ts';

/** The problem document as sent; any member may be missing when a proxy answered instead. */
export type ProblemDetail = Partial<ProblemDocument>;

/** Statuses with a sentence of their own when the server sent no detail. */
const FALLBACK_STATUSES = new Set([400, 401, 403, 404, 409, 412, 413, 422, 429, 503]);

/** An HTTP failure with a sentence for the person and the problem body for the code. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetail;

  constructor(status: number, problem: ProblemDetail) {
    super(readableMessage(status, problem));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get code(): string | undefined {
    return typeof this.problem.code === 'string' ? this.problem.code : undefined;
  }
}

/** Per-field messages a problem may carry (`errors` or `fieldErrors`: [{field, message}]). */
export function problemFieldErrors(problem: ProblemDetail): Record<string, string> {
  const list = problem.fieldErrors ?? problem.errors;
  const out: Record<string, string> = {};
  if (!Array.isArray(list)) return out;
  for (const item of list) {
    if (item && typeof item === 'object') {
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof field === 'string' && typeof message === 'string') out[field] = message;
    }
  }
  return out;
}

export function readableMessage(status: number, problem: ProblemDetail): string {
  const detail = typeof problem.detail === 'string' ? problem.detail.trim() : '';
  if (detail) return detail;
  const title = typeof problem.title === 'string' ? problem.title.trim() : '';
  if (title && title.toLowerCase() !== 'error') return title;
  const t = boardT();
  return FALLBACK_STATUSES.has(status)
    ? t(`problems.status${status}` as BoardKey)
    : t('problems.statusOther', { status });
}

/** Any thrown value as one sentence. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return boardT()('problems.unreachable');
  if (error instanceof Error && error.message) return error.message;
  return boardT()('problems.unknown');
}
