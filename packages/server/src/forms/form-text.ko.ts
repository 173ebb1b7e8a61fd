// 인쇄 양식의 한국어 문구. 키는 form-text.en.ts와 같습니다.
import type { Catalogue } from '@stageflow/engine';
import type { formTextEn } from './form-text.en.ts';

export const formTextKo: Catalogue<typeof formTextEn> = {
  title: {
    'repair-order': '수리 의뢰서',
    'intake-receipt': '접수증',
    'return-authorization': '반품 승인서',
    'acceptance-certificate': '인수 확인서',
  },
  statement: {
    'repair-order': '고객은 서비스 창구와 합의한 조건에 따라 아래 장비의 진단과 수리를 의뢰합니다.',
    'intake-receipt':
      '아래 물품을 서비스를 위해 고객에게서 접수했습니다. 물품을 찾으실 때 필요하니 이 접수증을 보관해 주세요.',
    'return-authorization': '아래 반품을 승인합니다. 포장에 승인 번호를 적어 물품을 보내 주세요.',
    'acceptance-certificate':
      '고객은 아래 작업이 완료되었고 물품을 이상 없이 인수했음을 확인합니다.',
  },
  signatures: {
    customer: '고객',
    staff: '서비스 담당자',
    date: '날짜',
    signature: '서명',
  },
  header: {
    number: '번호',
    issued: '발행일',
    workflow: '워크플로',
    stage: '현재 단계',
    subject: '제목',
    assignee: '담당자',
    created: '접수일',
  },
  sections: {
    summary: '개요',
    details: '상세 정보',
    history: '처리 이력',
    signatures: '서명',
  },
  history: {
    created: '{{stage}} 단계로 접수',
    moved: '{{from}} → {{to}}',
    edited: '정보 수정',
    migrated: '새 워크플로 버전으로 이동',
    by: '처리자: {{name}}',
  },
  timeZone: '시간은 UTC 기준',
  footer: '{{number}} · {{pages}}쪽 중 {{page}}쪽',
};
