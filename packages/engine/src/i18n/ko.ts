// 엔진 문장의 한국어 번역. 키와 {{자리표시자}}는 en.ts와 같아야 합니다 (catalogue 테스트가 확인).
// Particles after a label go through the josa formatters: {{label, eun}} → "진단은" / "부품 대기는".
import type { Catalogue } from './catalogue.ts';
import type { en } from './en.ts';

export const ko: Catalogue<typeof en> = {
  roles: { admin: '관리자', manager: '매니저', viewer: '열람자' },
  rolesPlural: { admin: '관리자', manager: '매니저', viewer: '열람자' },
  value: { empty: '비어 있음', yes: '예', no: '아니요' },
  fields: {
    mustBeText: '{{label}}에는 글자를 입력해야 합니다.',
    mustBeCustomer: '{{label}}에는 고객을 선택해야 합니다.',
    mustBeUnit: '{{label}}에는 장비를 선택해야 합니다.',
    mustBeNumber: '{{label}}에는 숫자를 입력해야 합니다.',
    atLeast: '{{label, eun}} {{min}} 이상이어야 합니다.',
    atMost: '{{label, eun}} {{max}} 이하여야 합니다.',
    mustBeYesNo: '{{label}}에는 예 또는 아니요를 선택해야 합니다.',
    notARealDate: '{{label}}의 {{value, eun}} 존재하지 않는 날짜입니다.',
    mustBeDate: '{{label}}에는 2025-03-01 형식으로 날짜를 입력해야 합니다.',
    mustBeOneOf: '{{label}}에는 {{options}} 중 하나를 선택해야 합니다.',
    unknownField: '{{workflow}}에는 "{{key}}" 항목이 없습니다.',
    required: '{{label, eun}} 필수 항목입니다.',
    tooLong: '{{label}}에는 최대 {{max}}자까지 입력할 수 있습니다 (지금 {{length}}자).',
    notAUserId: '{{label}}에 입력한 값은 사용자 ID가 아닙니다.',
    outOfRange: '{{label}}에는 {{min}}에서 {{max}} 사이의 값을 입력해야 합니다.',
    automatic: '{{label, eun}} 처리할 때 자동으로 채워지므로 직접 입력할 수 없습니다.',
  },
  rules: {
    unknownMove: '{{workflow}}에는 "{{event}}" 처리가 없습니다.',
    notFromStage:
      '{{stage}} 단계에서는 "{{move}}" 처리를 할 수 없습니다. {{sources}} 단계에서만 할 수 있습니다.',
    viewersCannotMove: '열람자는 카드를 볼 수만 있고 옮길 수는 없습니다.',
    viewersCannotChange: '열람자는 카드를 볼 수만 있고 수정할 수는 없습니다.',
    onlyRoles:
      '"{{move}}" 처리는 {{roles}}만 할 수 있습니다. 지금은 {{role}} 권한으로 로그인되어 있습니다.',
    needs: '"{{move}}" 처리에는 {{fields, eul}} 입력해야 합니다.',
  },
};
