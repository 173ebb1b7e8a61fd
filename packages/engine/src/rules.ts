// The rules of one move, checked in one place: the XState guard, `step` and `moves` all call this.
import type { Fields, TransitionDef, WorkflowDefinition } from './definition.schema.ts';
import type { Ctx, Rejection, RejectionCode } from './types.ts';
import { conditionFields, evaluateCondition } from './conditions.ts';
import { dateOf } from './dates.ts';
import { fieldLabel, givenFieldProblems, isEmptyValue } from './fields.ts';
import { DEFAULT_LOCALE, localLabel } from './i18n/locale.ts';
import { engineT, listText } from './i18n/translate.ts';
import { isTerminalCategory, stageLabel } from './stages.ts';

/** The stages a transition leaves from. `*` = every stage that is not done/cancelled, except `to`. */
export function sourcesOf(
  definition: WorkflowDefinition,
  transition: TransitionDef,
): readonly string[] {
  if (transition.from === '*') {
    // Worked out once per stage list and transition (an editor that changes the stages makes a
    // new list, so nothing stale is kept).
    let byTransition = wildcardSources.get(definition.stages);
    if (!byTransition) wildcardSources.set(definition.stages, (byTransition = new WeakMap()));
    let sources = byTransition.get(transition);
    if (!sources) {
      sources = definition.stages
        .filter((s) => !isTerminalCategory(s.category) && s.key !== transition.to)
        .map((s) => s.key);
      byTransition.set(transition, sources);
    }
    return sources;
  }
  return typeof transition.from === 'string' ? [transition.from] : transition.from;
}

const wildcardSources = new WeakMap<object, WeakMap<TransitionDef, readonly string[]>>();

export function reject(
  code: RejectionCode,
  reasons: string[],
  extra: Partial<Rejection> = {},
): Rejection {
  return { ok: false, code, message: reasons.join(' '), reasons, ...extra };
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
  const locale = ctx.locale ?? DEFAULT_LOCALE;
  const t = engineT(locale);
  const move = localLabel(transition, locale);
  const sources = sourcesOf(definition, transition);
  if (!sources.includes(stage)) {
    return reject('not_possible_from_stage', [
      t('rules.notFromStage', {
        move,
        stage: stageLabel(definition, stage, locale),
        sources: listText(
          sources.map((s) => stageLabel(definition, s, locale)),
          locale,
        ),
      }),
    ]);
  }
  const role = ctx.actor.role;
  if (role === 'viewer' && !transition.roles?.includes('viewer')) {
    return reject('role_not_permitted', [t('rules.viewersCannotMove')]);
  }
  if (transition.roles && role !== 'admin' && !transition.roles.includes(role)) {
    const roles = listText(
      transition.roles.map((r) => t(`rolesPlural.${r}`)),
      locale,
    );
    return reject('role_not_permitted', [
      t('rules.onlyRoles', { roles, move, role: t(`roles.${role}`) }),
    ]);
  }
  if (given) {
    const fieldErrors = givenFieldProblems(definition, fields, given, { partial: true, locale });
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
    const names = missing.map((key) => fieldLabel(definition, key, locale));
    return reject(
      'fields_missing',
      [t('rules.needs', { move, fields: listText(names, locale, 'conjunction') })],
      { missing },
    );
  }
  if (transition.guard && !guardWaits) {
    const result = evaluateCondition(definition, transition.guard, {
      fields: merged,
      eventDate: dateOf(ctx.now),
      role,
      locale,
      refs: ctx.refs,
      ...(ctx.parts ? { parts: ctx.parts } : {}),
      links: ctx.links,
    });
    if (!result.ok) return reject('guard_failed', result.reasons);
  }
  return null;
}
