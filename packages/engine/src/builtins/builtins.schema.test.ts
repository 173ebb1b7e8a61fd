// Checks the built-in workflows as data: they parse, and their graphs make sense without the engine.
import { describe, expect, it } from 'vitest';
import {
  FIELD_TYPES,
  WorkflowDefinition,
  type Condition,
  type FieldType,
  type TransitionDef,
} from '../definition.schema.ts';
import { builtinWorkflows } from './index.ts';

const isTerminal = (def: WorkflowDefinition, stage: string) =>
  def.stages.some((s) => s.key === stage && (s.category === 'done' || s.category === 'cancelled'));

/** The stages a transition leaves from, with `'*'` expanded as the schema defines it. */
function sources(def: WorkflowDefinition, t: TransitionDef): string[] {
  if (t.from === '*') {
    return def.stages.map((s) => s.key).filter((k) => k !== t.to && !isTerminal(def, k));
  }
  return typeof t.from === 'string' ? [t.from] : t.from;
}

function edges(def: WorkflowDefinition): [string, string][] {
  return def.transitions.flatMap((t) => sources(def, t).map((f): [string, string] => [f, t.to]));
}

/** Every stage reachable from `starts` following `next`. */
function closure(starts: string[], next: (stage: string) => string[]): Set<string> {
  const seen = new Set(starts);
  const queue = [...starts];
  for (let stage = queue.shift(); stage !== undefined; stage = queue.shift()) {
    for (const n of next(stage)) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return seen;
}

interface FieldRef {
  field: string;
  /** The field types the condition can work on. */
  types: FieldType[];
  /** Literal values compared with the field. */
  values: unknown[];
}

function conditionRefs(c: Condition): FieldRef[] {
  if ('all' in c) return c.all.flatMap(conditionRefs);
  if ('any' in c) return c.any.flatMap(conditionRefs);
  if ('not' in c) return conditionRefs(c.not);
  if ('role' in c || 'parts' in c || 'linked' in c) return [];
  // A value read through a reference (`path`) needs a reference field; its record is not ours to check.
  const read = (r: { field: string; path?: string }, types: FieldType[]): FieldRef =>
    r.path === undefined
      ? { field: r.field, types, values: [] }
      : { field: r.field, types: ['customer', 'equipment'], values: [] };
  const amountRef = (a: number | { field: string; path?: string }): FieldRef[] =>
    typeof a === 'number' ? [] : [read(a, ['number'])];
  const dateRef = (d: 'event' | { field: string; path?: string }): FieldRef[] =>
    d === 'event' ? [] : [read(d, ['date'])];
  const date = (d: string | { field: string; path?: string }): FieldRef =>
    read(typeof d === 'string' ? { field: d } : d, ['date']);
  if ('within' in c) return [date(c.date), ...amountRef(c.within), ...dateRef(c.of)];
  if ('plus' in c) return [date(c.date), ...amountRef(c.plus), ...dateRef(c.than)];
  if (!('value' in c)) return [read(c, [...FIELD_TYPES])];
  const values = Array.isArray(c.value) ? c.value : [c.value];
  return [c.path === undefined ? { ...read(c, [...FIELD_TYPES]), values } : read(c, [])];
}

/** Does a literal fit a field (select options, booleans, numbers)? null always fits: "empty". */
function fits(def: WorkflowDefinition, key: string, value: unknown): boolean {
  const field = def.fields.find((f) => f.key === key);
  if (!field || value === null) return value === null;
  switch (field.type) {
    case 'select':
      return (field.options ?? []).some((o) => o.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
    case 'money':
      return typeof value === 'number';
    default:
      return typeof value === 'string';
  }
}

describe.each(builtinWorkflows.map((def) => [def.key, def] as const))('%s workflow', (_, def) => {
  const stageKeys = def.stages.map((s) => s.key);
  const fieldKeys = def.fields.map((f) => f.key);

  it('is a valid definition, unchanged by parsing', () => {
    expect(WorkflowDefinition.parse(def)).toEqual(def);
    expect(def.version).toBe(1);
  });

  it('has unique stage, field and event keys', () => {
    expect(new Set(stageKeys).size).toBe(stageKeys.length);
    expect(new Set(fieldKeys).size).toBe(fieldKeys.length);
    const events = def.transitions.map((t) => t.event);
    expect(new Set(events).size).toBe(events.length);
  });

  it('starts in an existing open stage and every transition names existing stages', () => {
    expect(def.stages.find((s) => s.key === def.initial)?.category).toBe('open');
    for (const t of def.transitions) {
      expect(stageKeys, `${t.event}.to`).toContain(t.to);
      if (t.from !== '*') for (const f of sources(def, t)) expect(stageKeys, t.event).toContain(f);
      // Only a timed reminder (it restarts its own timer) or a further goods receipt may come
      // back to its own stage.
      if (!t.after && t.parts !== 'receive')
        expect(sources(def, t), `${t.event} loops onto itself`).not.toContain(t.to);
    }
  });

  it('reaches every stage from the initial stage', () => {
    const all = edges(def);
    const reached = closure([def.initial], (s) => all.filter(([f]) => f === s).map(([, to]) => to));
    expect([...reached].sort()).toEqual([...stageKeys].sort());
  });

  it('lets every open or active stage end in a done or cancelled stage', () => {
    const all = edges(def);
    const ends = stageKeys.filter((k) => isTerminal(def, k));
    expect(def.stages.some((s) => s.category === 'done')).toBe(true);
    const canEnd = closure(ends, (s) => all.filter(([, to]) => to === s).map(([f]) => f));
    expect(stageKeys.filter((k) => !canEnd.has(k))).toEqual([]);
  });

  it('only refers to existing fields of a fitting type with fitting values', () => {
    for (const t of def.transitions) {
      const refs: FieldRef[] = [
        ...(t.guard ? conditionRefs(t.guard) : []),
        ...(t.requires ?? []).map((field) => ({ field, types: [...FIELD_TYPES], values: [] })),
        ...(t.assign ?? []).map((a) =>
          'value' in a
            ? { field: a.field, types: [...FIELD_TYPES], values: [a.value] }
            : 'copy' in a
              ? { field: a.field, types: [...FIELD_TYPES], values: [] }
              : {
                  field: a.field,
                  types: a.from === 'actor' ? ['user' as const] : ['date' as const],
                  values: [],
                },
        ),
      ];
      for (const ref of refs) {
        const field = def.fields.find((f) => f.key === ref.field);
        expect(field, `${t.event} refers to unknown field ${ref.field}`).toBeDefined();
        expect(ref.types, `${t.event}: ${ref.field}`).toContain(field?.type);
        for (const v of ref.values)
          expect(fits(def, ref.field, v), `${t.event}: ${ref.field}=${String(v)}`).toBe(true);
      }
    }
  });

  it('dresses the board: colours on every stage, deadlines only on open work, 1-2 card fields', () => {
    for (const s of def.stages) {
      expect(s.color, s.key).toBeDefined();
      if (isTerminal(def, s.key))
        expect([s.sla, s.wipLimit], s.key).toEqual([undefined, undefined]);
    }
    expect(def.stages.some((s) => s.sla)).toBe(true);
    const onCard = def.fields.filter((f) => f.showOnCard).length;
    expect(onCard).toBeGreaterThanOrEqual(1);
    expect(onCard).toBeLessThanOrEqual(2);
    for (const f of def.fields) {
      if (f.type === 'money') expect(f.currency, f.key).toBe('EUR');
      if (f.type === 'select') expect(f.options?.length, f.key).toBeGreaterThan(1);
    }
  });
});

describe('built-in workflow rules a manager relies on', () => {
  const [deal, repair, ret, warranty] = builtinWorkflows;
  const into = (def: WorkflowDefinition | undefined, stage: string) =>
    (def?.transitions ?? []).filter((t) => t.to === stage);
  const outOf = (def: WorkflowDefinition | undefined, stage: string) =>
    (def?.transitions ?? []).filter((t) => def && sources(def, t).includes(stage));

  it('ships deal, repair, return, warranty and purchase order in that order', () => {
    expect(builtinWorkflows.map((d) => d.key)).toEqual([
      'deal',
      'repair',
      'return',
      'warranty',
      'purchase_order',
    ]);
  });

  it('asks for an amount on every proposal and a reason on every lost deal', () => {
    for (const t of into(deal, 'proposal')) expect(t.requires).toContain('amount');
    for (const t of into(deal, 'lost')) expect(t.requires).toContain('lostReason');
    for (const t of into(deal, 'won')) expect(t.requires).toContain('contractNumber');
  });

  it('asks for a diagnosis before a repair leaves Diagnosis for the next step', () => {
    for (const t of outOf(repair, 'diagnosis').filter((t) => t.to !== 'cancelled')) {
      expect(t.requires, t.event).toContain('diagnosis');
      expect(JSON.stringify(t.guard), t.event).toContain('underWarranty');
    }
  });

  it('hands back a repair only after a passed quality check', () => {
    for (const t of into(repair, 'closed')) {
      expect(t.guard).toEqual({ field: 'qualityCheck', op: 'eq', value: 'passed' });
    }
  });

  it('refunds a return only after inspection, with an amount', () => {
    for (const t of into(ret, 'refunded')) {
      expect(t.requires).toEqual(expect.arrayContaining(['inspectionResult', 'refundAmount']));
    }
  });

  it('keeps the admin-only exception as the one unguarded way to authorize a return', () => {
    const unguarded = into(ret, 'authorized').filter((t) => !t.guard);
    expect(unguarded.map((t) => [t.event, t.roles])).toEqual([['authorize_exception', ['admin']]]);
  });

  it('guards every warranty approval with the unit’s warranty period and asks for a resolution', () => {
    for (const t of into(warranty, 'approved')) {
      expect(t.guard).toMatchObject({
        all: expect.arrayContaining([
          expect.objectContaining({
            date: { field: 'unit', path: 'purchaseDate' },
            plus: { field: 'unit', path: 'warrantyMonths' },
          }),
        ]),
      });
      expect(t.requires).toContain('resolution');
    }
  });
});
