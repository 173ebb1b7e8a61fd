// Linked lifecycles: a move declares work in other workflows as data. The engine only says what
// should happen (spawn a card with these fields, signal the parent); the server applies it.
import { describe, expect, it } from 'vitest';
import {
  builtinWorkflows,
  readsLinks,
  repairWorkflow as repair,
  returnWorkflow as ret,
  start,
  step,
  validate,
  warrantyWorkflow as warranty,
  type Ctx,
  type LinkedCard,
  type WorkflowDefinition,
} from '../index.ts';
import { accepted, at as plainAt, rejected, walk } from './support.ts';

const unit = {
  id: 'unit-dw6',
  serialNumber: 'DW6-20931',
  product: 'Dishwasher DW-600',
  customer: 'cust-jana',
  purchaseDate: '2024-06-15',
  warrantyMonths: 24,
};
const jana = { id: 'cust-jana', name: 'Jana Novak' };
const ctx = (extra: Partial<Ctx> = {}): Ctx => ({
  ...plainAt('2025-03-03T10:00:00.000Z'),
  refs: { unit, customer: jana },
  ...extra,
});
const claimInCheck = () =>
  walk(
    warranty,
    accepted(start(warranty, { unit: unit.id, defectDescription: 'Leaks' }, ctx())).snapshot,
    ['start_check'],
    ctx(),
  );
const repairInDiagnosis: LinkedCard = {
  id: 'r-1',
  title: 'DW-600 leaks',
  workflow: 'repair',
  workflowName: 'Repairs',
  stage: 'diagnosis',
  stageLabel: 'Diagnosis',
  category: 'active',
  relation: 'child',
};

describe('spawning a linked card', () => {
  it('an approved repair claim asks for a repair order filled from the claim and its unit', () => {
    const approved = accepted(
      step(warranty, claimInCheck(), { type: 'approve', fields: { resolution: 'repair' } }, ctx()),
    );
    expect(approved.effects.filter((e) => e.type === 'spawn')).toEqual([
      {
        type: 'spawn',
        workflow: 'repair',
        event: 'approve',
        fields: {
          customer: 'Jana Novak',
          equipment: 'Dishwasher DW-600',
          serialNumber: 'DW6-20931',
          unit: 'unit-dw6',
          purchaseDate: '2024-06-15',
          underWarranty: true,
        },
      },
    ]);
    // …and those fields open a repair order the repair workflow accepts.
    const spawn = approved.effects.find((e) => e.type === 'spawn');
    expect(spawn?.type === 'spawn' && start(repair, spawn.fields, ctx()).ok).toBe(true);
  });

  it('an approved replacement claim opens nothing (the spawn is limited by `when`)', () => {
    const approved = accepted(
      step(
        warranty,
        claimInCheck(),
        { type: 'approve', fields: { resolution: 'replacement' } },
        ctx(),
      ),
    );
    expect(approved.effects.some((e) => e.type === 'spawn')).toBe(false);
  });

  it('a return inspected as defective opens a repair for its unit; a resellable one does not', () => {
    const inspected = walk(
      ret,
      accepted(
        start(
          ret,
          {
            customer: 'Jana Novak',
            product: 'DW-600',
            orderNumber: 'O-1',
            purchaseDate: '2025-02-20',
            unit: unit.id,
          },
          ctx(),
        ),
      ).snapshot,
      ['authorize', 'receive', 'start_inspection'],
      ctx(),
    );
    const exchange = (result: string) =>
      accepted(
        step(ret, inspected, { type: 'exchange', fields: { inspectionResult: result } }, ctx()),
      ).effects.filter((e) => e.type === 'spawn');
    expect(exchange('defective')).toMatchObject([
      { workflow: 'repair', fields: { serialNumber: 'DW6-20931', customer: 'Jana Novak' } },
    ]);
    expect(exchange('resellable')).toEqual([]);
  });
});

describe('signalling the parent', () => {
  it('handing a repair back signals repair_completed to its warranty claim', () => {
    const ready = walk(
      repair,
      accepted(
        start(
          repair,
          { customer: 'J', equipment: 'DW', serialNumber: 'S', underWarranty: true },
          ctx(),
        ),
      ).snapshot,
      [
        'start_diagnosis',
        { type: 'warranty_start_repair', fields: { diagnosis: 'Pump' } },
        'send_to_qc',
        { type: 'pass_qc', fields: { qualityCheck: 'passed' } },
      ],
      ctx(),
    );
    const handed = accepted(step(repair, ready, { type: 'hand_back' }, ctx()));
    expect(handed.effects.filter((e) => e.type === 'signal')).toEqual([
      { type: 'signal', parent: 'warranty', event: 'repair_completed', required: false },
    ]);
  });
});

describe('guards on linked cards', () => {
  const approved = () =>
    walk(warranty, claimInCheck(), [{ type: 'approve', fields: { resolution: 'repair' } }], ctx());

  it('refuses to resolve a claim while its repair is open, naming the repair and its stage', () => {
    const refusal = rejected(
      step(warranty, approved(), { type: 'repair_completed' }, ctx({ links: [repairInDiagnosis] })),
    );
    expect(refusal.code).toBe('guard_failed');
    expect(refusal.message).toBe('"DW-600 leaks" (Repairs) is still in Diagnosis.');
    const ko = rejected(
      step(
        warranty,
        approved(),
        { type: 'repair_completed' },
        ctx({
          locale: 'ko',
          links: [{ ...repairInDiagnosis, workflowName: '수리', stageLabel: '진단' }],
        }),
      ),
    );
    expect(ko.message).toBe('"DW-600 leaks"(수리) 카드는 아직 진단 단계에 있습니다.');
  });

  it('resolves the claim once the repair is done', () => {
    const done = {
      ...repairInDiagnosis,
      stage: 'closed',
      stageLabel: 'Closed',
      category: 'done' as const,
    };
    expect(
      accepted(step(warranty, approved(), { type: 'repair_completed' }, ctx({ links: [done] })))
        .stage,
    ).toBe('resolved');
  });
});

describe('validating effects against the other workflows', () => {
  const byKey = new Map(builtinWorkflows.map((d) => [d.key, d]));
  const lookup = (key: string) => byKey.get(key);
  const withEffect = (effect: unknown, guard?: unknown): unknown => ({
    ...warranty,
    transitions: warranty.transitions.map((t) =>
      t.event === 'decline_offer' ? { ...t, effects: [effect], ...(guard ? { guard } : {}) } : t,
    ),
  });
  const at = (...rest: (string | number)[]) => [
    'transitions',
    warranty.transitions.findIndex((t) => t.event === 'decline_offer'),
    ...rest,
  ];

  it('every built-in is valid with its effects checked', () => {
    for (const def of builtinWorkflows) expect(validate(def, 'en', lookup)).toEqual([]);
  });

  it('names an unknown workflow, an unknown field and unmapped required fields at their paths', () => {
    expect(validate(withEffect({ spawn: { workflow: 'repairs' } }), 'en', lookup)).toMatchObject([
      {
        path: at('effects', 0, 'spawn', 'workflow'),
        code: 'unknown_workflow',
        message: '"Customer declined offer" names the workflow "repairs", which does not exist.',
      },
    ]);
    const spawn = { workflow: 'repair', fields: { colour: { value: 'red' } } };
    const problems = validate(withEffect({ spawn }), 'en', lookup);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      [at('effects', 0, 'spawn', 'fields', 'colour'), 'unknown_field'],
      [at('effects', 0, 'spawn', 'fields'), 'unmapped_required'],
    ]);
    expect(problems[1]?.message).toBe(
      '"Customer declined offer" opens a card in Equipment repairs without its required "Customer", "Equipment", "Serial number"; map them in "fields".',
    );
    expect(validate(withEffect({ spawn }), 'ko', lookup)[0]?.message).toBe(
      '장비 수리 워크플로에는 "고객 제안 거절" 처리가 값을 넣을 "colour" 항목이 없습니다.',
    );
  });

  it('checks a mapped value reads a field of the right type', () => {
    const spawn = {
      workflow: 'repair',
      fields: {
        customer: { field: 'customer', path: 'name' },
        equipment: { field: 'unit', path: 'product' },
        serialNumber: { field: 'claimDate' },
      },
    };
    expect(validate(withEffect({ spawn }), 'en', lookup)).toMatchObject([
      { path: at('effects', 0, 'spawn', 'fields', 'serialNumber', 'field'), code: 'wrong_type' },
    ]);
  });

  it('names a signal event the parent workflow does not have, and a linked workflow that does not exist', () => {
    const signal = { parent: 'deal', event: 'repair_completed' };
    expect(validate(withEffect({ signal }), 'en', lookup)).toMatchObject([
      {
        path: at('effects', 0, 'signal', 'event'),
        code: 'unknown_event',
        message:
          'The Sales deals workflow has no transition "repair_completed" for "Customer declined offer" to signal.',
      },
    ]);
    const guard = { linked: 'repairz', category: ['done'] };
    const def = withEffect({ signal: { parent: 'warranty', event: 'close' } }, guard);
    expect(validate(def, 'en', lookup)).toMatchObject([
      { path: at('guard', 'linked'), code: 'unknown_workflow' },
    ]);
    // Without the other workflows nothing outside the definition is judged.
    expect(validate(def, 'en')).toEqual([]);
  });

  it('is pure data: a definition with effects survives JSON', () => {
    const copy = JSON.parse(JSON.stringify(warranty)) as WorkflowDefinition;
    expect(validate(copy, 'en', lookup)).toEqual([]);
  });
});

describe('which definitions read linked cards', () => {
  it('says so for a guard (or a spawn condition) on linked cards, not for effects alone', () => {
    expect(readsLinks(warranty)).toBe(true); // resolving waits for its repair
    expect(readsLinks(repair)).toBe(false); // it only signals its claim
    expect(readsLinks(ret)).toBe(false); // it only opens repairs
    const nested: WorkflowDefinition = {
      ...repair,
      transitions: repair.transitions.map((t, i) =>
        i === 0
          ? {
              ...t,
              effects: [
                {
                  spawn: {
                    workflow: 'repair',
                    when: { not: { any: [{ linked: 'warranty', category: ['done'] }] } },
                  },
                },
              ],
            }
          : t,
      ),
    };
    expect(readsLinks(nested)).toBe(true);
  });
});
