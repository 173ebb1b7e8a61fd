// Every problem of a definition, each with its JSON path. An empty list means publishable.
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
} from './definition.schema.ts';
import type { Problem } from './types.ts';
import { DEFINITION_LIMITS } from './limits.ts';
import { stageGraph } from './stage-graph.ts';
import { valueProblem } from './fields.ts';
import { checkSla } from './sla/validate-sla.ts';
import { isReferenceType, REFERENCE_ATTRIBUTES, refAttribute } from './references.ts';

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

export function validate(input: unknown): Problem[] {
  const problems = allProblems(input);
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      path: [],
      code: 'too_many_problems',
      message: `${problems.length - MAX_PROBLEMS} more problems are not listed; fix these first.`,
    },
  ];
}

function allProblems(input: unknown): Problem[] {
  const deep = tooDeep(input, MAX_DEFINITION_DEPTH);
  if (deep) {
    return [
      {
        path: deep,
        code: 'too_deep',
        message: `The definition is nested more than ${MAX_DEFINITION_DEPTH} levels deep here; simplify the condition.`,
      },
    ];
  }
  const parsed = WorkflowDefinition.safeParse(input);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: issue.path.filter((p): p is string | number => typeof p !== 'symbol'),
      message: issue.message,
      code: 'schema',
    }));
  }
  const def = parsed.data;
  const problems: Problem[] = [];
  const add = (path: Path, code: string, message: string) => problems.push({ path, code, message });

  const fields = new Map<string, FieldDef>();
  def.fields.forEach((field, i) => {
    if (fields.has(field.key))
      add(['fields', i, 'key'], 'duplicate_key', `Field key "${field.key}" is used twice.`);
    fields.set(field.key, field);
    if (field.type === 'select' && !field.options?.length) {
      add(
        ['fields', i, 'options'],
        'missing_options',
        `Select field "${field.label}" needs at least one option.`,
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
        `Money field "${field.label}" needs a currency.`,
      );
    }
  });

  const stages = new Set<string>();
  def.stages.forEach((stage, i) => {
    if (stages.has(stage.key))
      add(['stages', i, 'key'], 'duplicate_key', `Stage key "${stage.key}" is used twice.`);
    stages.add(stage.key);
  });
  if (!stages.has(def.initial))
    add(['initial'], 'unknown_stage', `The initial stage "${def.initial}" does not exist.`);

  const events = new Set<string>();
  def.transitions.forEach((t, i) => {
    const at = (...rest: Path): Path => ['transitions', i, ...rest];
    if (events.has(t.event))
      add(at('event'), 'duplicate_key', `Transition event "${t.event}" is used twice.`);
    events.add(t.event);
    if (!stages.has(t.to))
      add(at('to'), 'unknown_stage', `"${t.label}" goes to "${t.to}", which is not a stage.`);
    if (Array.isArray(t.from)) {
      t.from.forEach((from, j) => {
        if (!stages.has(from))
          add(
            at('from', j),
            'unknown_stage',
            `"${t.label}" starts from "${from}", which is not a stage.`,
          );
      });
    } else if (t.from !== '*' && !stages.has(t.from)) {
      add(
        at('from'),
        'unknown_stage',
        `"${t.label}" starts from "${t.from}", which is not a stage.`,
      );
    }
    t.requires?.forEach((key, j) => {
      if (!fields.has(key))
        add(
          at('requires', j),
          'unknown_field',
          `"${t.label}" requires "${key}", which is not a field.`,
        );
    });
    t.assign?.forEach((a, j) => {
      const field = fields.get(a.field);
      if (!field)
        return add(
          at('assign', j, 'field'),
          'unknown_field',
          `"${t.label}" assigns "${a.field}", which is not a field.`,
        );
      if ('value' in a) {
        const problem = valueProblem(field, a.value);
        if (problem) add(at('assign', j, 'value'), 'wrong_type', problem);
      } else if ('copy' in a) {
        checkRef(a.copy, at('assign', j, 'copy'), fields, add, [field.type]);
      } else if (a.from === 'eventDate' && field.type !== 'date') {
        add(
          at('assign', j, 'from'),
          'wrong_type',
          `${field.label} is not a date field, so it cannot take the event date.`,
        );
      } else if (a.from === 'actor' && !['user', 'text'].includes(field.type)) {
        add(
          at('assign', j, 'from'),
          'wrong_type',
          `${field.label} is not a user field, so it cannot take the acting user.`,
        );
      }
    });
    if (t.guard) checkCondition(t.guard, at('guard'), fields, add);
  });

  const moves = moveCount(def);
  if (moves > DEFINITION_LIMITS.moves) {
    add(
      ['transitions'],
      'too_many_moves',
      `The transitions make ${moves} stage-to-stage moves ("from anywhere" counts once per open stage); at most ${DEFINITION_LIMITS.moves} are allowed.`,
    );
  }
  checkGraph(def, stages, add);
  checkSla(def, stages, add);
  return problems;
}

type Add = (path: Path, code: string, message: string) => void;

/** How many (stage, transition) pairs the compiled machine will hold, counted without listing them. */
function moveCount(def: WorkflowDefinition): number {
  const open = new Set(
    def.stages.filter((s) => s.category !== 'done' && s.category !== 'cancelled').map((s) => s.key),
  );
  let count = 0;
  for (const t of def.transitions) {
    if (t.from === '*') count += open.size - (open.has(t.to) ? 1 : 0);
    else count += typeof t.from === 'string' ? 1 : t.from.length;
  }
  return count;
}

const ORDERED: FieldType[] = ['number', 'money', 'date', 'text', 'longtext'];

/**
 * Checks that `ref` reads something that exists and has one of `types`; returns the field (or the
 * referenced attribute as a field) it reads, or undefined when it reported a problem.
 */
function checkRef(
  ref: FieldRef,
  refPath: Path,
  fields: Map<string, FieldDef>,
  add: Add,
  types?: FieldType[],
): FieldDef | undefined {
  const field = fields.get(ref.field);
  if (!field) {
    add(
      [...refPath, 'field'],
      'unknown_field',
      `The condition uses "${ref.field}", which is not a field.`,
    );
    return undefined;
  }
  let read: FieldDef = field;
  if (ref.path !== undefined) {
    if (!isReferenceType(field.type)) {
      add(
        [...refPath, 'path'],
        'not_a_reference',
        `${field.label} is a ${field.type} field, not a customer or equipment reference, so it has no "${ref.path}" to read.`,
      );
      return undefined;
    }
    const attribute = refAttribute(field, ref.path);
    if (!attribute) {
      add(
        [...refPath, 'path'],
        'unknown_path',
        `A ${field.type} record has no "${ref.path}"; ${field.label} can read ${Object.keys(
          REFERENCE_ATTRIBUTES[field.type],
        ).join(', ')}.`,
      );
      return undefined;
    }
    read = {
      key: ref.path,
      label: `${field.label}'s ${attribute.label.toLowerCase()}`,
      type: attribute.type,
    };
  }
  if (types && !types.includes(read.type)) {
    add(
      [...refPath, ref.path === undefined ? 'field' : 'path'],
      'wrong_type',
      `The condition needs ${types.join(' or ')} here, but ${read.label} is ${read.type}.`,
    );
    return undefined;
  }
  return read;
}

function checkCondition(c: Condition, path: Path, fields: Map<string, FieldDef>, add: Add): void {
  if ('all' in c)
    return c.all.forEach((child, i) => checkCondition(child, [...path, 'all', i], fields, add));
  if ('any' in c)
    return c.any.forEach((child, i) => checkCondition(child, [...path, 'any', i], fields, add));
  if ('not' in c) return checkCondition(c.not, [...path, 'not'], fields, add);
  if ('role' in c) return;
  const amount = (a: Amount, p: Path) => {
    if (typeof a !== 'number') checkRef(a, p, fields, add, ['number']);
  };
  const dateRef = (r: DateRef, p: Path) => {
    if (r !== 'event') checkRef(r, p, fields, add, ['date']);
  };
  const dateSource = (d: DateSource, p: Path) => {
    // A bare key names the field at the `date` property itself; an object has its own `field`.
    if (typeof d === 'string') {
      const read = checkRef({ field: d }, [...p, 'field'], fields, () => {}, ['date']);
      if (!read) {
        const field = fields.get(d);
        add(
          p,
          field ? 'wrong_type' : 'unknown_field',
          field
            ? `The condition needs date here, but ${field.label} is ${field.type}.`
            : `The condition uses "${d}", which is not a field.`,
        );
      }
    } else checkRef(d, p, fields, add, ['date']);
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
  const field = checkRef(c, path, fields, add);
  if (!field) return;
  if (c.op === 'present' || c.op === 'empty') return;
  if (['gt', 'gte', 'lt', 'lte'].includes(c.op) && !ORDERED.includes(field.type)) {
    add(
      [...path, 'op'],
      'wrong_type',
      `${field.label} is ${field.type}, so it cannot be compared with "${c.op}".`,
    );
  }
  const values: FieldValue[] = 'value' in c ? (Array.isArray(c.value) ? c.value : [c.value]) : [];
  values.forEach((value, i) => {
    const problem = value === null ? null : valueProblem(field, value);
    if (problem)
      add(c.op === 'in' ? [...path, 'value', i] : [...path, 'value'], 'wrong_type', problem);
  });
}

function checkGraph(def: WorkflowDefinition, stages: Set<string>, add: Add): void {
  const { reachable, canEnd } = stageGraph(def);
  const hasEnd = def.stages.some((s) => s.category === 'done' || s.category === 'cancelled');
  if (!hasEnd)
    add(['stages'], 'no_end', 'No stage is done or cancelled, so no card can ever finish.');
  def.stages.forEach((stage, i) => {
    if (stages.has(def.initial) && !reachable.has(stage.key)) {
      add(
        ['stages', i],
        'unreachable',
        `Stage "${stage.label}" cannot be reached from the initial stage.`,
      );
    }
    if (hasEnd && !canEnd.has(stage.key)) {
      add(
        ['stages', i],
        'dead_end',
        `Stage "${stage.label}" has no way to a done or cancelled stage.`,
      );
    }
  });
}
