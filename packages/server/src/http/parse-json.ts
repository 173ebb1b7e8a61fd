// Reads a request body or query string through a zod schema. Object schemas are `.strict()`, so
// unknown properties (stage, revision, snapshot, …) are refused with the field named.
import type { Context } from 'hono';
import type { z } from 'zod';
import { HttpProblem } from './problem.ts';
import { zodProblem } from './zod-problem.ts';

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i;

export async function parseJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const contentType = c.req.header('content-type') ?? '';
  if (!JSON_TYPE.test(contentType)) {
    throw new HttpProblem(
      415,
      'unsupported-media-type',
      `Send the request body as JSON with Content-Type: application/json (got ${contentType || 'none'}).`,
    );
  }
  const text = await c.req.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const reason = text.trim() === '' ? 'the body is empty' : (err as Error).message;
    throw new HttpProblem(400, 'invalid-json', `The request body is not valid JSON: ${reason}.`);
  }
  const nul = findNul(raw, []);
  if (nul) {
    const field = nul.join('.') || '(body)';
    throw new HttpProblem(400, 'invalid-request', `The field ${field} contains a NUL character.`, {
      field,
    });
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw zodProblem(result.error);
  return result.data;
}

/** The path of the first string (or key) holding a NUL character: PostgreSQL text cannot store one. */
function findNul(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const hit = findNul(value[i], [...path, i]);
      if (hit) return hit;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const hit = findNul(item, [...path, key]);
      if (hit) return hit;
    }
  }
  return null;
}

/** Query strings: each parameter once, as a string; schemas coerce numbers and booleans. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const query = c.req.query();
  for (const [name, value] of Object.entries(query)) {
    // PostgreSQL text cannot hold NUL; refuse it here rather than fail in the database.
    if (value.includes('\u0000')) {
      throw new HttpProblem(
        400,
        'invalid-request',
        `The query parameter ${name} contains a NUL character.`,
        {
          field: name,
        },
      );
    }
  }
  const result = schema.safeParse(query);
  if (!result.success) throw zodProblem(result.error, 'query string');
  return result.data;
}
