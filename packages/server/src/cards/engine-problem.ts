// Turns an engine Rejection (a value) into the one HTTP problem a client sees.
import type { Move, Rejection } from '@stageflow/engine';
import { HttpProblem } from '../http/problem.ts';
import { MAX_LISTED_ERRORS } from '../http/zod-problem.ts';
import { say, type Sentence } from '../i18n/translate.ts';

/**
 * The rejection with its lists cut to MAX_LISTED_ERRORS, so a request naming hundreds of unknown
 * fields is not answered with a document many times its size.
 */
function listed(rejection: Rejection): Rejection & { more: number; detail: string | Sentence } {
  const reasons = rejection.reasons.slice(0, MAX_LISTED_ERRORS);
  const more = rejection.reasons.length - reasons.length;
  return {
    ...rejection,
    reasons,
    // The reasons are already in the caller's language (the engine's Ctx.locale).
    detail:
      more > 0
        ? say('limits.moreProblems', { reasons: reasons.join(' '), count: more })
        : rejection.message,
    fieldErrors: rejection.fieldErrors?.slice(0, MAX_LISTED_ERRORS),
    missing: rejection.missing?.slice(0, MAX_LISTED_ERRORS),
    more,
  };
}

function rejectionExtras(rejection: Rejection & { more: number }): Record<string, unknown> {
  const extra: Record<string, unknown> = { reason: rejection.code, reasons: rejection.reasons };
  if (rejection.missing?.length) extra.missing = rejection.missing;
  if (rejection.fieldErrors?.length) {
    extra.errors = rejection.fieldErrors;
    extra.field = rejection.fieldErrors[0]?.field;
  }
  if (rejection.more > 0) extra.moreErrors = rejection.more;
  return extra;
}

/**
 * A refused transition: 403 when the caller's role may not make it, 422 when a value given with
 * it is malformed, otherwise 409 with the card's current stage and the moves it has.
 */
export function transitionProblem(
  full: Rejection,
  card: { stage: string; moves: Move[] },
): HttpProblem {
  const rejection = listed(full);
  const extra = { ...rejectionExtras(rejection), currentStage: card.stage, moves: card.moves };
  if (rejection.code === 'role_not_permitted') {
    return new HttpProblem(403, 'role-not-permitted', rejection.detail, extra);
  }
  if (rejection.code === 'invalid_fields') {
    return new HttpProblem(422, 'invalid-fields', rejection.detail, extra);
  }
  return new HttpProblem(409, 'transition-refused', rejection.detail, extra);
}

/** A refused creation or edit: 403 for the role, otherwise 422 naming the fields. */
export function fieldsProblem(full: Rejection): HttpProblem {
  const rejection = listed(full);
  const extra = rejectionExtras(rejection);
  if (rejection.code === 'role_not_permitted') {
    return new HttpProblem(403, 'role-not-permitted', rejection.detail, extra);
  }
  const code = rejection.code === 'fields_missing' ? 'fields-missing' : 'invalid-fields';
  return new HttpProblem(422, code, rejection.detail, extra);
}
