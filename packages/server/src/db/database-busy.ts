// The database stayed busy through every retry. A db-level error, so src/db/ needs nothing from
// src/http/; the HTTP edge (http/problem.ts toProblem) answers it as a 503 problem with Retry-After.
export class DatabaseBusyError extends Error {
  readonly retryAfterSeconds: number;

  constructor(retryAfterSeconds: number, options?: { cause?: unknown }) {
    super(
      `The database is busy; nothing was saved. Try again in ${retryAfterSeconds} second(s).`,
      options,
    );
    this.name = 'DatabaseBusyError';
    this.retryAfterSeconds = retryAfterSeconds;
  }
}
