// Turns a zod validation error into a 400 problem that names each offending field, in the
// caller's language (zod's own sentences too, when the schema was parsed with zodErrorsIn()).
import { z, type ZodError } from 'zod';
import { DEFAULT_LOCALE, type Locale } from '@stageflow/engine';
import { HttpProblem } from './problem.ts';
import { serverT } from '../i18n/translate.ts';

export interface FieldError {
  field: string;
  message: string;
}

const korean = { error: z.locales.ko().localeError };

/** Parse options that make zod write its sentences in `locale` (English is its default). */
export function zodErrorsIn(locale: Locale) {
  return locale === 'ko' ? korean : undefined;
}

function pathOf(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

export function fieldErrors(error: ZodError, locale: Locale = DEFAULT_LOCALE): FieldError[] {
  const t = serverT(locale);
  const out: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const field = pathOf([...issue.path, key]);
        out.push({ field, message: t('http.unknownProperty', { field }) });
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

export function zodProblem(
  error: ZodError,
  where: 'body' | 'query' = 'body',
  locale: Locale = DEFAULT_LOCALE,
): HttpProblem {
  const t = serverT(locale);
  const all = fieldErrors(error, locale);
  const errors = all.slice(0, MAX_LISTED_ERRORS);
  const more = all.length - errors.length;
  const detail =
    errors.map((e) => `${e.field}: ${e.message}`).join('; ') +
    (more > 0 ? t('http.andMore', { count: more }) : '');
  return new HttpProblem(
    400,
    'invalid-request',
    t('http.invalid', {
      where: t(where === 'body' ? 'http.whereBody' : 'http.whereQuery'),
      detail,
    }),
    { field: errors[0]?.field, errors, ...(more > 0 ? { moreErrors: more } : {}) },
  );
}
