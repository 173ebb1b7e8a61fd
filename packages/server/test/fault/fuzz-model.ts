// The model of the fuzz test: commands drawn by fast-check, resolved against the card's current
// state at run time (so most of them reach deep stages), and the engine as the oracle of what the
// API must answer.
import {
  edit,
  moves,
  step,
  type Ctx,
  type FieldDef,
  type Fields,
  type FieldValue,
  type PersistedCard,
  type StepResult,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { fc } from './support/fast-check.ts';
import { daysAgo, sampleRefId } from './support/sample-cards.ts';

export type Role = 'manager' | 'admin' | 'viewer';
export type RevisionPick = 'current' | 'weak' | 'stale' | 'ahead' | 'missing' | 'garbage';

export interface FieldPick {
  /** Index into the definition's fields; past the end = an unknown key. */
  field: number;
  valid: boolean;
  seed: number;
}

export interface MoveCommand {
  kind: 'move';
  card: number;
  role: Role;
  event: { from: 'stage' | 'workflow' | 'bogus'; index: number; bogus: string };
  fillRequired: boolean;
  fields: FieldPick[];
  /** Not a field value at all (array or object): the body schema refuses it. */
  shapeError: boolean;
  revision: RevisionPick;
  key: string | null;
}

export interface EditCommand {
  kind: 'edit';
  card: number;
  role: Role;
  fields: FieldPick[];
  revision: RevisionPick;
}

export type Command = MoveCommand | EditCommand;

const weighted = <T>(...pairs: [T, number][]) =>
  fc.oneof(...pairs.map(([value, weight]) => ({ weight, arbitrary: fc.constant(value) })));

const role = weighted<Role>(['manager', 6], ['admin', 2], ['viewer', 1]);
const revision = weighted<RevisionPick>(
  ['current', 14],
  ['weak', 1],
  ['stale', 1],
  ['ahead', 1],
  ['missing', 1],
  ['garbage', 1],
);
const fieldPick = fc.record({
  field: fc.nat({ max: 11 }),
  valid: weighted([true, 5], [false, 1]),
  seed: fc.nat(),
});

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('move' as const),
      card: fc.nat({ max: 2 }),
      role,
      event: fc.record({
        from: weighted<'stage' | 'workflow' | 'bogus'>(['stage', 8], ['workflow', 1], ['bogus', 1]),
        index: fc.nat(),
        bogus: fc.oneof(
          fc.string({ minLength: 1, maxLength: 30 }),
          fc.constantFrom(
            "qualify'; DROP TABLE cards; --",
            '<script>alert(1)</script>',
            '__proto__',
          ),
        ),
      }),
      fillRequired: weighted([true, 4], [false, 1]),
      fields: fc.array(fieldPick, { maxLength: 2 }),
      shapeError: weighted([false, 30], [true, 1]),
      revision,
      key: fc.option(fc.constantFrom('k-1', 'k-2', 'k-3'), { freq: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('edit' as const),
      card: fc.nat({ max: 2 }),
      role,
      fields: fc.array(fieldPick, { minLength: 1, maxLength: 3 }),
      revision,
    }),
  },
);

const pick = <T>(items: readonly T[], seed: number): T => items[seed % items.length]!;
const UNKNOWN_KEYS = ['colour', '__proto__', 'stage', "x'); DELETE FROM cards; --"];

function validValue(field: FieldDef, seed: number, people: readonly string[]): FieldValue {
  switch (field.type) {
    case 'user':
      // The server takes only ids of active users (the engine cannot know them).
      return pick([...people, '', null], seed);
    case 'text':
    case 'longtext':
      return pick(
        ['Acme', 'Seal kit', '  ', '', "O'Brien; DROP TABLE cards;--", '<b>x</b>', null],
        seed,
      );
    case 'customer':
    case 'equipment':
      return pick([sampleRefId(field.type), null], seed);
    case 'number':
    case 'money':
      return pick([0, 1, 129.9, -5, 24, 1e9, null], seed);
    case 'date':
      return pick(
        [daysAgo(0), daysAgo(3), daysAgo(29), daysAgo(45), daysAgo(400), daysAgo(-3), null],
        seed,
      );
    case 'select':
      return pick([...(field.options ?? []).map((o) => o.value), null], seed);
    case 'boolean':
      return pick([true, false, null], seed);
  }
}

/** A value that counts as filled, for the fields a move requires. */
function filledValue(field: FieldDef, seed: number): FieldValue {
  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'user':
      return pick(['Filled in', 'Seal kit GS3'], seed);
    case 'customer':
    case 'equipment':
      return sampleRefId(field.type);
    case 'number':
    case 'money':
      return pick([100, 24, 0.5], seed);
    case 'date':
      return pick([daysAgo(2), daysAgo(40), daysAgo(-2)], seed);
    case 'select':
      return pick(
        (field.options ?? []).map((o) => o.value),
        seed,
      );
    case 'boolean':
      return pick([true, false], seed);
  }
}

function invalidValue(field: FieldDef, seed: number): FieldValue {
  switch (field.type) {
    case 'text':
    case 'longtext':
    case 'user':
      return pick([42, true], seed);
    case 'customer':
    case 'equipment':
      return pick([42, true], seed);
    case 'number':
    case 'money':
      return pick(['12', true, ''], seed);
    case 'date':
      return pick(['2025-13-01', 'yesterday', 20250101, '2025-02-30'], seed);
    case 'select':
      return pick(['nope', 3, true], seed);
    case 'boolean':
      return pick(['yes', 1, 'true'], seed);
  }
}

/** The fields a command sends, resolved against the definition. */
export function resolveFields(
  definition: WorkflowDefinition,
  picks: FieldPick[],
  required: string[] = [],
  seed = 0,
  /** Ids of active users, the valid values of `user` fields. */
  people: readonly string[] = [],
): Fields {
  const fields: Fields = {};
  for (const key of required) {
    const def = definition.fields.find((f) => f.key === key);
    if (def) fields[key] = filledValue(def, seed);
  }
  for (const p of picks) {
    const def = definition.fields[p.field];
    if (!def) {
      Object.defineProperty(fields, pick(UNKNOWN_KEYS, p.seed), {
        value: p.seed % 7,
        enumerable: true,
        configurable: true,
        writable: true,
      });
      continue;
    }
    fields[def.key] = p.valid ? validValue(def, p.seed, people) : invalidValue(def, p.seed);
  }
  return fields;
}

export function resolveEvent(
  definition: WorkflowDefinition,
  card: PersistedCard,
  ctx: Ctx,
  choice: MoveCommand['event'],
): string {
  if (choice.from === 'bogus') return choice.bogus;
  if (choice.from === 'stage') {
    const here = moves(definition, card, ctx).map((m) => m.event);
    if (here.length > 0) return pick(here, choice.index);
  }
  return pick(definition.transitions, choice.index).event;
}

export interface Expectation {
  status: number;
  result?: StepResult;
}

/** What the API must answer for a well-formed request that reached the engine. */
export function engineStatus(result: StepResult): number {
  if (result.ok) return 200;
  if (result.code === 'role_not_permitted') return 403;
  if (result.code === 'invalid_fields') return 422;
  return 409;
}

export function expectMove(
  definition: WorkflowDefinition,
  card: PersistedCard,
  event: string,
  fields: Fields | undefined,
  ctx: Ctx,
): Expectation {
  const result = step(definition, card, { type: event, fields }, ctx);
  return { status: engineStatus(result), result };
}

export function expectEdit(
  definition: WorkflowDefinition,
  card: PersistedCard,
  fields: Fields,
  ctx: Ctx,
): Expectation {
  const result = edit(definition, card, fields, ctx);
  return { status: result.ok ? 200 : result.code === 'role_not_permitted' ? 403 : 422, result };
}

/** Keys sorted at every depth: two bodies are "the same request" when their canonical JSON is. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value));
}
