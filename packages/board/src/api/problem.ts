// RFC 9457 problem details turned into something a person can read.

export interface ProblemDetail {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  [key: string]: unknown;
}

const fallbackByStatus: Record<number, string> = {
  400: 'The request was not accepted.',
  401: 'Please sign in again.',
  403: 'You are not allowed to do that.',
  404: 'That no longer exists.',
  409: 'That move is not possible right now.',
  412: 'Someone else changed this first.',
  413: 'That is too large to send.',
  422: 'Some values are not valid.',
  429: 'Too many attempts. Please wait a moment and try again.',
  503: 'The server is busy. Please try again.',
};

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
  return fallbackByStatus[status] ?? `The server answered with an error (${status}).`;
}

/** Any thrown value as one sentence. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof TypeError) return 'The server cannot be reached. Check your connection.';
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
