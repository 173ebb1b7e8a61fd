// Every problem of a definition, each with its JSON path. An empty list means publishable.
import { z } from 'zod';
import {
  WorkflowDefinition,
  type Amount,
  type Condition,
  type DateRef,
  type DateSource,
  type FieldDef,
  type FieldRef,
  type FieldType,
  type FieldValue,
  type TransitionEffect,
} from './definition.schema.ts';
import type { Problem } from './types.ts';
import { DEFINITION_LIMITS } from './limits.ts';
import { stageGraph } from './stage-graph.ts';
import { isTerminalCategory } from './stages.ts';
import { valueProblem, workflowName } from './fields.ts';
import { checkSla } from './sla/validate-sla.ts';
import { checkEscalations } from './sla/validate-escalations.ts';
import { DEFAULT_LOCALE, localLabel, type Locale } from './i18n/locale.ts';
import { engineT, type EngineT } from './i18n/translate.ts';
import { KEY_MESSAGE } from './definition.schema.ts';
import {
  attributeLabel,
  isReferenceType,
  REFERENCE_ATTRIBUTES,
  refAttribute,
} from './references.ts';

type Path = (string | number)[];

/** Guards nest, but no real one comes near this; deeper input would overflow the recursive schema. */
export const MAX_DEFINITION_DEPTH = 48;

/** The path to the first place nested deeper than `limit`, found without recursion. */
function tooDeep(value: unknown, limit: number): Path | null {
  const stack: { value: unknown; path: Path }[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.path.length >= limit) return item.path;
    for (const [key, child] of Object.entries(item.value)) {
      stack.push({
        value: child,
        path: [...item.path, Array.isArray(item.value) ? Number(key) : key],
      });
    }
  }
  return null;
}

/** A definition broken everywhere is told its first problems, not one line per broken entry. */
export const MAX_PROBLEMS = 100;

/** Zod's own sentences for schema problems, in Korean (English is zod's default). */
const zodKorean = { error: z.locales.ko().localeError };

/**
 * The other workflows a definition's effects and linked conditions name, by key (the server's
 * published ones). Without it those names are not checked: only the server knows what exists.
 */
export type WorkflowLookup = (key: string) => WorkflowDefinition | undefined;

/** Every problem of a definition (the first MAX_PROBLEMS), with sentences in `locale`. */
export function validate(
  input: unknown,
  locale: Locale = DEFAULT_LOCALE,
  workflows?: WorkflowLookup,
): Problem[] {
  const problems = allProblems(input, locale, workflows);
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: [],
      code: 'too_many_problems',
      message: engineT(locale)('validate.tooManyProblems', {
        count: problems.length - MAX_PROBLEMS,
      }),
    },
  ];
}

function allProblems(input: unknown, locale: Locale, others?: WorkflowLookup): Problem[] {
  const t = engineT(locale);
  const deep = tooDeep(input, MAX_DEFINITION_DEPTH);
  if (deep) {
    return [
      {
        path: deep,
        code: 'too_deep',
        message: t('validate.tooDeep', { max: MAX_DEFINITION_DEPTH }),
      },
    ];
  }
  const parsed = WorkflowDefinition.safeParse(input, locale === 'ko' ? zodKorean : undefined);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message === KEY_MESSAGE ? t('validate.badKey') : issue.message,
      code: 'schema',
    }));
  }
  const def = parsed.data;
  // The definition itself answers for its own key (a repair may spawn a follow-up repair).
  const lookup: WorkflowLookup | undefined =
    others && ((key) => (key === def.key ? def : others(key)));
  const label = (thing: { label: string; labels?: Partial<Record<Locale, string>> }) =>
    localLabel(thing, locale);
  const typeName = (type: FieldType) => t(`fieldTypes.${type}`);
  const problems: Problem[] = [];
  const add = (path: Path, code: string, message: string) => problems.push({ path, code, message });

  const fields = new Map<string, FieldDef>();
  def.fields.forEach((field, i) => {
    if (fields.has(field.key))
      add(['fields', i, 'key'], 'duplicate_key', t('validate.duplicateField', { key: field.key }));
    fields.set(field.key, field);
    if (field.type === 'select' && !field.options?.length) {
      add(
        ['fields', i, 'options'],
        'missing_options',
        t('validate.missingOptions', { label: label(field) }),
      );
    }
    if (field.maxLength !== undefined && field.type !== 'text' && field.type !== 'longtext') {
      add(
        ['fields', i, 'maxLength'],
        'wrong_type',
        `${field.label} is a ${field.type} field; only text fields take a maximum length.`,
      );
    }
    if (field.type === 'money' && !field.currency) {
      add(
        ['fields', i, 'currency'],
        'missing_currency',
        t('validate.missingCurrency', { label: label(field) }),
      );
    }
  });

  const stages = new Set<string>();
  def.stages.forEach((stage, i) => {
    if (stages.has(stage.key))
      add(['stages', i, 'key'], 'duplicate_key', t('validate.duplicateStage', { key: stage.key }));
    stages.add(stage.key);
  });
  if (!stages.has(def.initial))
    add(['initial'], 'unknown_stage', t('validate.unknownInitial', { stage: def.initial }));

  const events = new Set<string>();
  const tr = t; // `t` names each transition below
  def.transitions.forEach((t, i) => {
    const at = (...rest: Path): Path => ['transitions', i, ...rest];
    if (events.has(t.event))
      add(at('event'), 'duplicate_key', tr('validate.duplicateEvent', { event: t.event }));
    events.add(t.event);
    const move = label(t);
    if (!stages.has(t.to))
      add(at('to'), 'unknown_stage', tr('validate.unknownTo', { move, to: t.to }));
    if (Array.isArray(t.from)) {
      t.from.forEach((from, j) => {
        if (!stages.has(from))
          add(at('from', j), 'unknown_stage', tr('validate.unknownFrom', { move, from }));
      });
    } else if (t.from !== '*' && !stages.has(t.from)) {
      add(at('from'), 'unknown_stage', tr('validate.unknownFrom', { move, from: t.from }));
    }
    t.requires?.forEach((key, j) => {
      if (!fields.has(key))
        add(at('requires', j), 'unknown_field', tr('validate.unknownRequired', { move, key }));
    });
    t.assign?.forEach((a, j) => {
      const field = fields.get(a.field);
      if (!field)
        return add(
          at('assign', j, 'field'),
          'unknown_field',
          tr('validate.unknownAssigned', { move, field: a.field }),
        );
      if ('value' in a) {
        const problem = valueProblem(field, a.value, locale);
        if (problem) add(at('assign', j, 'value'), 'wrong_type', problem);
      } else if ('copy' in a) {
        checkRef(a.copy, at('assign', j, 'copy'), fields, add, { t: tr, locale, typeName }, [
          field.type,
        ]);
      } else if (a.from === 'eventDate' && field.type !== 'date') {
        add(
          at('assign', j, 'from'),
          'wrong_type',
          tr('validate.notDateField', { label: label(field) }),
        );
      } else if (a.from === 'actor' && !['user', 'text'].includes(field.type)) {
        add(
          at('assign', j, 'from'),
          'wrong_type',
          tr('validate.notUserField', { label: label(field) }),
        );
      }
    });
    const words: Words = { t: tr, locale, typeName, lookup };
    if (t.guard) checkCondition(t.guard, at('guard'), fields, add, words);
    t.effects?.forEach((effect, j) =>
      checkEffect(effect, at('effects', j), move, fields, add, words),
    );
  });

  const moves = moveCount(def);
  if (moves > DEFINITION_LIMITS.moves) {
    add(
      ['transitions'],
      'too_many_moves',
      tr('validate.tooManyMoves', { moves, max: DEFINITION_LIMITS.moves }),
    );
  }
  checkGraph(def, stages, add, tr, locale);
  checkSla(def, stages, add, t, locale);
  checkEscalations(def, add, tr, locale);
  return problems;
}

type Add = (path: Path, code: string, message: string) => void;

/** How many (stage, transition) pairs the compiled machine will hold, counted without listing them. */
function moveCount(def: WorkflowDefinition): number {
  const open = new Set(def.stages.filter((s) => !isTerminalCategory(s.category)).map((s) => s.key));
  let count = 0;
  for (const t of def.transitions) {
    if (t.from === '*') count += open.size - (open.has(t.to) ? 1 : 0);
    else count += typeof t.from === 'string' ? 1 : t.from.length;
  }
  return count;
}

const ORDERED: FieldType[] = ['number', 'money', 'date', 'text', 'longtext'];

interface Words {
  t: EngineT;
  locale: Locale;
  typeName: (type: FieldType) => string;
  lookup?: WorkflowLookup;
}

/** Which field types a spawned card's field may take its value from. */
const SPAWN_SOURCES: Partial<Record<FieldType, FieldType[]>> = {
  text: ['text', 'select'],
  longtext: ['text', 'longtext', 'select'],
  money: ['money', 'number'],
};

function checkEffect(
  effect: TransitionEffect,
  path: Path,
  move: string,
  fields: Map<string, FieldDef>,
  add: Add,
  words: Words,
): void {
  const { t, locale, lookup } = words;
  if ('signal' in effect) {
    // A parent workflow that does not exist (yet) never spawns this card: nothing to check.
    const { parent, event } = effect.signal;
    const target = lookup?.(parent);
    if (target && !target.transitions.some((tr) => tr.event === event)) {
      add(
        [...path, 'signal', 'event'],
        'unknown_event',
        t('validate.unknownSignalEvent', { move, event, workflow: workflowName(target, locale) }),
      );
    }
    return;
  }
  const spawn = effect.spawn;
  const at = (...rest: Path): Path => [...path, 'spawn', ...rest];
  if (spawn.when) checkCondition(spawn.when, at('when'), fields, add, words);
  const target = lookup?.(spawn.workflow);
  if (lookup && !target) {
    add(
      at('workflow'),
      'unknown_workflow',
      t('validate.unknownWorkflow', { move, workflow: spawn.workflow }),
    );
  }
  const targetFields = new Map(target?.fields.map((f) => [f.key, f]));
  const workflow = target ? workflowName(target, locale) : spawn.workflow;
  for (const [key, source] of Object.entries(spawn.fields ?? {})) {
    const into = targetFields.get(key);
    if (target && !into) {
      add(
        at('fields', key),
        'unknown_field',
        t('validate.unknownSpawnField', { move, key, workflow }),
      );
      continue;
    }
    if ('value' in source) {
      const problem =
        into && source.value !== null ? valueProblem(into, source.value, locale) : null;
      if (problem) add(at('fields', key, 'value'), 'wrong_type', problem);
      continue;
    }
    const types = into ? [into.type, ...(SPAWN_SOURCES[into.type] ?? [])] : undefined;
    checkRef(source, at('fields', key), fields, add, words, types);
  }
  if (!target) return;
  const unmapped = target.fields.filter(
    (f) => f.required && !Object.hasOwn(spawn.fields ?? {}, f.key),
  );
  if (unmapped.length > 0) {
    add(
      at('fields'),
      'unmapped_required',
      t('validate.unmappedRequired', {
        move,
        workflow,
        fields: unmapped.map((f) => `"${localLabel(f, locale)}"`).join(', '),
      }),
    );
  }
}

/**
 * Checks that `ref` reads something that exists and has one of `types`; returns the field (or the
 * referenced attribute as a field) it reads, or undefined when it reported a problem.
 */
function checkRef(
  ref: FieldRef,
  refPath: Path,
  fields: Map<string, FieldDef>,
  add: Add,
  words: Words,
  types?: FieldType[],
): FieldDef | undefined {
  const { t, locale, typeName } = words;
  const field = fields.get(ref.field);
  if (!field) {
    add(
      [...refPath, 'field'],
      'unknown_field',
      t('validate.conditionUnknownField', { key: ref.field }),
    );
    return undefined;
  }
  let read: FieldDef = { ...field, label: localLabel(field, locale) };
  if (ref.path !== undefined) {
    if (!isReferenceType(field.type)) {
      add(
        [...refPath, 'path'],
        'not_a_reference',
        t('validate.notAReference', {
          label: read.label,
          type: typeName(field.type),
          path: ref.path,
        }),
      );
      return undefined;
    }
    const attribute = refAttribute(field, ref.path);
    if (!attribute) {
      add(
        [...refPath, 'path'],
        'unknown_path',
        t('validate.unknownPath', {
          kind: typeName(field.type),
          path: ref.path,
          label: read.label,
          paths: Object.keys(REFERENCE_ATTRIBUTES[field.type]).join(', '),
        }),
      );
      return undefined;
    }
    read = {
      key: ref.path,
      label: t('references.recordAttribute', {
        record: read.label,
        attribute: attributeLabel(field, ref.path, locale).toLowerCase(),
      }),
      type: attribute.type,
    };
  }
  if (types && !types.includes(read.type)) {
    add(
      [...refPath, ref.path === undefined ? 'field' : 'path'],
      'wrong_type',
      t('validate.conditionWrongType', {
        types: types.map(typeName).join(` ${t('validate.or')} `),
        label: read.label,
        type: typeName(read.type),
      }),
    );
    return undefined;
  }
  return read;
}

function checkCondition(
  c: Condition,
  path: Path,
  fields: Map<string, FieldDef>,
  add: Add,
  words: Words,
): void {
  const { t, locale, typeName } = words;
  if ('all' in c)
    return c.all.forEach((child, i) =>
      checkCondition(child, [...path, 'all', i], fields, add, words),
    );
  if ('any' in c)
    return c.any.forEach((child, i) =>
      checkCondition(child, [...path, 'any', i], fields, add, words),
    );
  if ('not' in c) return checkCondition(c.not, [...path, 'not'], fields, add, words);
  if ('role' in c || 'parts' in c) return;
  if ('linked' in c) {
    if (words.lookup && !words.lookup(c.linked)) {
      add(
        [...path, 'linked'],
        'unknown_workflow',
        t('validate.linkedUnknownWorkflow', { workflow: c.linked }),
      );
    }
    return;
  }
  const amount = (a: Amount, p: Path) => {
    if (typeof a !== 'number') checkRef(a, p, fields, add, words, ['number']);
  };
  const dateRef = (r: DateRef, p: Path) => {
    if (r !== 'event') checkRef(r, p, fields, add, words, ['date']);
  };
  const dateSource = (d: DateSource, p: Path) => {
    // A bare key names the field at the `date` property itself; an object has its own `field`.
    if (typeof d === 'string') {
      // Checked quietly at `…/field`, then reported at the `date` property the key sits at.
      let problem: { code: string; message: string } | undefined;
      checkRef(
        { field: d },
        [...p, 'field'],
        fields,
        (_, code, message) => {
          problem = { code, message };
        },
        words,
        ['date'],
      );
      if (problem) add(p, problem.code, problem.message);
    } else checkRef(d, p, fields, add, words, ['date']);
  };
  if ('within' in c) {
    dateSource(c.date, [...path, 'date']);
    amount(c.within, [...path, 'within']);
    return dateRef(c.of, [...path, 'of']);
  }
  if ('plus' in c) {
    dateSource(c.date, [...path, 'date']);
    amount(c.plus, [...path, 'plus']);
    return dateRef(c.than, [...path, 'than']);
  }
  const field = checkRef(c, path, fields, add, words);
  if (!field) return;
  if (c.op === 'present' || c.op === 'empty') return;
  if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && !ORDERED.includes(field.type)) {
    add(
      [...path, 'op'],
      'wrong_type',
      t('validate.cannotCompare', {
        label: localLabel(field, locale),
        type: typeName(field.type),
        op: c.op,
      }),
    );
  }
  const values: FieldValue[] = 'value' in c ? (Array.isArray(c.value) ? c.value : [c.value]) : [];
  values.forEach((value, i) => {
    const problem = value === null ? null : valueProblem(field, value, locale);
    if (problem)
      add(c.op === 'in' ? [...path, 'value', i] : [...path, 'value'], 'wrong_type', problem);
  });
}

function checkGraph(
  def: WorkflowDefinition,
  stages: Set<string>,
  add: Add,
  t: EngineT,
  locale: Locale,
): void {
  const { reachable, canEnd } = stageGraph(def);
  const hasEnd = def.stages.some((s) => isTerminalCategory(s.category));
  if (!hasEnd) add(['stages'], 'no_end', t('validate.noEnd'));
  def.stages.forEach((stage, i) => {
    if (stages.has(def.initial) && !reachable.has(stage.key)) {
      add(
        ['stages', i],
        'unreachable',
        t('validate.unreachable', { stage: localLabel(stage, locale) }),
      );
    }
    if (hasEnd && !canEnd.has(stage.key)) {
      add(['stages', i], 'dead_end', t('validate.deadEnd', { stage: localLabel(stage, locale) }));
    }
  });
}
