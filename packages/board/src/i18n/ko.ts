// 보드 화면의 모든 문구(한국어). 키와 {{자리표시자}}는 en.ts와 같아야 합니다.
import type { Catalogue } from '@stageflow/engine';
import type { en } from './en.ts';

export const ko: Catalogue<typeof en> = {
  locale: {
    label: '언어',
    en: 'English',
    ko: '한국어',
    saveFailed: '언어 설정을 저장하지 못했습니다: {{reason}}',
  },
  roles: { admin: '관리자', manager: '매니저', viewer: '열람자' },
  app: {
    loading: '불러오는 중…',
    loadingBoards: '보드를 불러오는 중…',
    unreachable: 'Stageflow에 연결할 수 없습니다',
    boardsFailed: '보드를 불러오지 못했습니다',
    tryAgain: '다시 시도',
  },
  signIn: {
    title: '로그인',
    tagline: '영업 기회, 수리, 반품, 보증 청구를 하나의 보드에서.',
    email: '이메일',
    password: '비밀번호',
    submit: '로그인',
    submitting: '로그인 중…',
  },
  column: {
    count_other: '카드 {{count}}장',
    countFiltered: '카드 {{total}}장 중 {{shown}}장 표시',
    wipTitle: '진행 중 작업(WIP) 한도',
    wip: 'WIP {{count}} / {{limit}}',
    overWip: 'WIP 한도 초과: {{count}} / {{limit}}',
    total: '{{field}} 합계',
    dropHere: '여기에 놓으면 이동합니다',
    dropHereAsks: '여기에 놓으면 이동합니다 — {{fields}} 입력 필요',
    cannotMove: '{{stage, euro}} 이동할 수 없습니다: {{reason}}',
    noMatches: '필터에 맞는 카드가 없습니다',
    empty: '아직 카드가 없습니다',
  },
  topBar: {
    home: 'Stageflow 홈',
    boards: '보드',
    admin: '관리',
    editWorkflow: '워크플로 편집',
    users: '사용자',
    signOut: '로그아웃',
    live: {
      connecting: '연결 중…',
      live: '실시간',
      reconnecting: '다시 연결 중…',
      stopped: '오프라인',
    },
  },
};
