// Turns a zod validation error into a 400 problem that names each offending field.
import type { ZodError } from 'zod';
import { HttpProblem } from './problem.ts';

export interface FieldError {
  field: string;
  message: string;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

export function fieldErrors(error: ZodError): FieldError[] {
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = pathOf([...issue.path, key]);
        out.push({ field, message: `Unknown property '${field}' is not allowed.` });
      }
      continue;
    }
    const field = pathOf(issue.path) || '(body)';
    out.push({ field, message: issue.message });
  }
  return out;
}

/** A refusal lists this many problems at most, so it stays smaller than the request it refuses. */
export const MAX_LISTED_ERRORS = 20;

export function zodProblem(error: ZodError, where = 'request body'): HttpProblem {
  const all = fieldErrors(error);
  const errors = all.slice(0, MAX_LISTED_ERRORS);
  const more = all.length - errors.length;
  const detail =
    errors.map((e) => `${e.field}: ${e.message}`).join('; ') +
    (more > 0 ? `; and ${more} more problems` : '');
  return new HttpProblem(400, 'invalid-request', `The ${where} is invalid. ${detail}`, {
    field: errors[0]?.field,
    errors,
    ...(more > 0 ? { moreErrors: more } : {}),
  });
}
