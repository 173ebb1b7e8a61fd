// The rules of one move, checked in one place: the XState guard, `step` and `moves` all call this.
import type { Fields, TransitionDef, WorkflowDefinition } from './definition.schema.ts';
import type { Ctx, Rejection, RejectionCode } from './types.ts';
import { conditionFields, evaluateCondition } from './conditions.ts';
import { dateOf } from './dates.ts';
import { fieldLabel, isEmptyValue, validateFieldValues } from './fields.ts';

const TERMINAL = new Set(['done', 'cancelled']);

/** The stages a transition leaves from. `*` = every stage that is not done/cancelled, except `to`. */
export function sourcesOf(definition: WorkflowDefinition, transition: TransitionDef): string[] {
  if (transition.from === '*') {
    return definition.stages
      .filter((s) => !TERMINAL.has(s.category) && s.key !== transition.to)
      .map((s) => s.key);
  }
  return typeof transition.from === 'string' ? [transition.from] : transition.from;
}

export function stageLabel(definition: WorkflowDefinition, key: string): string {
  return definition.stages.find((s) => s.key === key)?.label ?? key;
}

export function reject(
  code: RejectionCode,
  reasons: string[],
  extra: Partial<Rejection> = {},
): Rejection {
  return { ok: false, code, message: reasons.join(' '), reasons, ...extra };
}

function orList(items: string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

export interface CheckOptions {
  /** Preview for the board: stop before the guard when required fields are still empty. */
  preview?: boolean;
}

/**
 * Why `transition` cannot be made from `stage` now, or null when it can.
 * `given` are the values sent with the move; they count as filled.
 */
export function checkTransition(
  definition: WorkflowDefinition,
  transition: TransitionDef,
  stage: string,
  fields: Fields,
  given: Fields | undefined,
  ctx: Ctx,
  options: CheckOptions = {},
): Rejection | null {
  const sources = sourcesOf(definition, transition);
  if (!sources.includes(stage)) {
    const where = orList(sources.map((s) => stageLabel(definition, s)));
    return reject('not_possible_from_stage', [
      `"${transition.label}" is not possible from ${stageLabel(definition, stage)}; it is possible from ${where}.`,
    ]);
  }
  const role = ctx.actor.role;
  if (role === 'viewer' && !transition.roles?.includes('viewer')) {
    return reject('role_not_permitted', ['Viewers can look at cards but not move them.']);
  }
  if (transition.roles && role !== 'admin' && !transition.roles.includes(role)) {
    const who = orList(transition.roles.map((r) => `${r}s`));
    return reject('role_not_permitted', [
      `Only ${who} may "${transition.label}"; you are signed in as ${role}.`,
    ]);
  }
  if (given) {
    const fieldErrors = validateFieldValues(definition, given, { partial: true });
    if (fieldErrors.length > 0) {
      return reject(
        'invalid_fields',
        fieldErrors.map((e) => e.message),
        { fieldErrors },
      );
    }
  }
  const merged = given ? { ...fields, ...given } : fields;
  const missing = (transition.requires ?? []).filter((key) => isEmptyValue(merged[key]));
  // A preview cannot judge a guard that reads a field the person has yet to fill in.
  const guardWaits =
    options.preview &&
    transition.guard &&
    conditionFields(transition.guard).some((f) => missing.includes(f));
  if (missing.length > 0 && !options.preview) {
    const names = missing.map((key) => fieldLabel(definition, key));
    return reject(
      'fields_missing',
      [`"${transition.label}" needs ${orList(names).replace(/ or ([^,]*)$/, ' and $1')}.`],
      { missing },
    );
  }
  if (transition.guard && !guardWaits) {
    const result = evaluateCondition(definition, transition.guard, {
      fields: merged,
      eventDate: dateOf(ctx.now),
      role,
    });
    if (!result.ok) return reject('guard_failed', result.reasons);
  }
  return null;
}
