import { describe, expect, it } from 'vitest';
import { repairWorkflow as repair, warrantyWorkflow as warranty } from '../builtins/index.ts';
import type { FieldDef } from '../definition.schema.ts';
import { formatValue } from '../fields.ts';
import { validate } from '../validate.ts';
import { moves, start, step } from '../engine.ts';
import type { Ctx, PersistedCard, StepResult } from '../types.ts';

const ko = (role: Ctx['actor']['role'] = 'manager'): Ctx => ({
  now: '2025-03-01T10:00:00.000Z',
  actor: { id: `u-${role}`, role },
  locale: 'ko',
});

function card(result: StepResult): PersistedCard {
  if (!result.ok) throw new Error(result.message);
  return result.snapshot;
}

const intake = { customer: '한빛전자', equipment: '에스프레소 머신', serialNumber: 'SN-1' };

describe('the engine in Korean (Ctx.locale = "ko")', () => {
  it('refuses a move from the wrong stage in a Korean sentence with Korean stage names', () => {
    const received = card(start(repair, intake, ko()));
    const result = step(repair, received, { type: 'send_quote' }, ko());
    expect(!result.ok && result.message).toBe(
      '수리 접수 단계에서는 "고객에게 견적 발송" 처리를 할 수 없습니다. 진단 단계에서만 할 수 있습니다.',
    );
  });

  it('names the fields a move still needs, joined the Korean way', () => {
    const received = card(start(repair, intake, ko()));
    const inDiagnosis = card(step(repair, received, { type: 'start_diagnosis' }, ko()));
    const result = step(repair, inDiagnosis, { type: 'send_quote' }, ko());
    expect(result).toMatchObject({ ok: false, code: 'fields_missing' });
    expect(!result.ok && result.message).toBe(
      '"고객에게 견적 발송" 처리에는 진단 및 견적 금액을 입력해야 합니다.',
    );
  });

  it('says which required fields are missing at creation, with the right particle', () => {
    const result = start(repair, { customer: '한빛전자' }, ko());
    expect(!result.ok && result.reasons).toEqual([
      '장비는 필수 항목입니다.',
      '시리얼 번호는 필수 항목입니다.',
    ]);
  });

  it('tells a viewer why they cannot move a card', () => {
    const received = card(start(repair, intake, ko()));
    const result = step(repair, received, { type: 'start_diagnosis' }, ko('viewer'));
    expect(!result.ok && result.message).toBe('열람자는 카드를 볼 수만 있고 옮길 수는 없습니다.');
  });

  it('lists moves with Korean labels and target stages', () => {
    const received = card(start(repair, intake, ko()));
    expect(moves(repair, received, ko()).map((m) => [m.label, m.toLabel])).toEqual([
      ['진단 시작', '진단'],
      ['수리 취소', '취소'],
    ]);
  });

  it('keeps English as the default when no locale is given', () => {
    const received = card(
      start(repair, intake, {
        now: '2025-03-01T10:00:00.000Z',
        actor: { id: 'u', role: 'manager' },
      }),
    );
    const result = step(
      repair,
      received,
      { type: 'send_quote' },
      { now: '2025-03-01T10:00:00.000Z', actor: { id: 'u', role: 'manager' } },
    );
    expect(!result.ok && result.message).toBe(
      '"Send quote to customer" is not possible from Received; it is possible from Diagnosis.',
    );
  });
});

describe('conditions in Korean', () => {
  // The claim points at a unit; its purchase date and warranty come from the unit's record.
  const claim = { unit: 'unit-dw6', defectDescription: '배수가 되지 않음' };
  const withUnit = (purchaseDate: string): Ctx => ({
    ...ko(),
    refs: {
      unit: {
        id: 'unit-dw6',
        serialNumber: 'DW6-20931',
        product: '식기세척기 DW-600',
        purchaseDate,
        warrantyMonths: 12,
      },
    },
  });
  const inCheck = (purchaseDate: string) => {
    const ctx = { ...withUnit(purchaseDate), now: '2025-03-01T09:00:00.000Z' };
    const submitted = card(start(warranty, claim, ctx));
    return {
      snapshot: card(step(warranty, submitted, { type: 'start_check' }, ctx)),
      purchaseDate,
    };
  };
  const approve = ({ snapshot, purchaseDate }: ReturnType<typeof inCheck>) =>
    step(
      warranty,
      snapshot,
      { type: 'approve', fields: { resolution: 'repair' } },
      withUnit(purchaseDate),
    );

  it('explains a claim outside the warranty period with the dates and the period in Korean', () => {
    const result = approve(inCheck('2024-01-03'));
    expect(result).toMatchObject({ ok: false, code: 'guard_failed' });
    expect(!result.ok && result.message).toBe(
      '장비 DW6-20931의 구매일 2024-01-03은 청구일 2025-03-01보다 12개월 넘게 앞선 날짜입니다.',
    );
  });

  it('explains a purchase date after the claim date', () => {
    const result = approve(inCheck('2025-09-01'));
    expect(!result.ok && result.message).toBe(
      '장비 DW6-20931의 구매일 2025-09-01은 청구일 2025-03-01 당일이거나 그 이전이어야 합니다.',
    );
  });

  it('uses the definition’s own Korean message for a guard when it has one', () => {
    const received = card(start(repair, { ...intake, underWarranty: true }, ko()));
    const inDiagnosis = card(step(repair, received, { type: 'start_diagnosis' }, ko()));
    const result = step(
      repair,
      inDiagnosis,
      { type: 'send_quote', fields: { diagnosis: '펌프 고장', quoteAmount: 120 } },
      ko(),
    );
    expect(!result.ok && result.message).toBe(
      '보증 수리는 견적이 필요 없습니다. 보증 수리로 진행하세요.',
    );
  });
});

describe('definition problems in Korean', () => {
  it('names the stage, the field and the key problem in Korean, with Korean labels', () => {
    const broken = {
      ...repair,
      fields: [
        ...repair.fields,
        { key: 'deposit', label: 'Deposit', labels: { ko: '선수금' }, type: 'money' },
      ],
      stages: [
        ...repair.stages,
        { key: 'on_hold', label: 'On hold', labels: { ko: '보류' }, category: 'active' },
      ],
    };
    expect(validate(broken, 'ko').map((p) => p.message)).toEqual([
      '금액 항목 "선수금"에는 통화를 지정해야 합니다.',
      '"보류" 단계는 시작 단계에서 도달할 수 없습니다.',
    ]);
    const badKey = validate({ ...repair, key: 'Repair' }, 'ko');
    expect(badKey[0]?.message).toBe('영문 소문자로 시작하고 영문자, 숫자, _만 쓸 수 있습니다');
    expect(validate({ ...repair, version: 'one' }, 'ko')[0]?.message).toMatch(/[가-힣]/);
  });
});

describe('money and yes/no in a locale', () => {
  const won: FieldDef = { key: 'price', label: 'Price', type: 'money', currency: 'KRW' };
  const euro: FieldDef = { key: 'price', label: 'Price', type: 'money', currency: 'EUR' };
  const flag: FieldDef = { key: 'flag', label: 'Flag', type: 'boolean' };

  it('writes KRW without minor units and EUR with two, in either language', () => {
    expect(formatValue(won, 1250000, 'ko')).toBe('₩1,250,000');
    expect(formatValue(won, 1250000, 'en')).toBe('₩1,250,000');
    expect(formatValue(euro, 1250.5, 'ko')).toBe('€1,250.50');
    expect(formatValue(euro, 1250.5, 'en')).toBe('€1,250.50');
  });

  it('says yes, no and empty in Korean', () => {
    expect(formatValue(flag, true, 'ko')).toBe('예');
    expect(formatValue(flag, false, 'ko')).toBe('아니요');
    expect(formatValue(flag, null, 'ko')).toBe('비어 있음');
  });
});

describe('reference problems in Korean', () => {
  it('names a path on a field that is not a reference, and a record attribute that does not exist', () => {
    const guarded = (guard: object) => ({
      ...warranty,
      transitions: warranty.transitions.map((t, i) => (i === 0 ? { ...t, guard } : t)),
    });
    const notRef = validate(
      guarded({ field: 'defectDescription', path: 'serialNumber', op: 'present' }),
      'ko',
    );
    expect(notRef.map((p) => p.code)).toContain('not_a_reference');
    expect(notRef.find((p) => p.code === 'not_a_reference')?.message).toMatch(
      /고객이나 장비를 가리키지 않으므로 "serialNumber" 값을 읽을 수 없습니다\.$/,
    );
    const unknownPath = validate(guarded({ field: 'unit', path: 'colour', op: 'present' }), 'ko');
    expect(unknownPath.find((p) => p.code === 'unknown_path')?.message).toMatch(
      /^장비 기록에는 "colour" 값이 없습니다\./,
    );
  });
});
