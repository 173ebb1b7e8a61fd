// 서버 문제 응답(problem+json의 detail) 한국어 번역. 키와 {{자리표시자}}는 en.ts와 같아야 합니다.
import type { Catalogue } from '@stageflow/engine';
import type { en } from './en.ts';

export const ko: Catalogue<typeof en> = {
  roles: { admin: '관리자', manager: '매니저', viewer: '열람자' },
  http: {
    refused: '요청이 거부되었습니다.',
    internal: '서버에서 오류가 발생했습니다. 오류 내용은 기록되었습니다.',
    noRoute: '이 API에는 {{method}} {{path}}이(가) 없습니다.',
    databaseUnavailable: '데이터베이스가 응답하지 않습니다.',
  },
  auth: {
    signInFirst: '먼저 로그인하세요 (세션 쿠키 또는 Bearer 토큰).',
    needsRole: '{{roles}} 권한이 필요합니다. 지금은 {{role}} 권한으로 로그인되어 있습니다.',
    invalidToken:
      'Bearer 토큰이 유효하지 않습니다 (폐기되었거나, 잘못 입력되었거나, 사용자가 비활성화됨).',
    wrongPassword: '이메일 또는 비밀번호가 올바르지 않습니다.',
    accountDisabled: '비활성화된 계정입니다. 관리자에게 활성화를 요청하세요.',
    noSuchToken: '이 ID의 API 토큰이 없습니다.',
  },
  limits: {
    methodNotAllowed: '{{path}}에는 {{method}} 요청을 보낼 수 없습니다. 가능한 방법: {{allow}}.',
    nulInPath: '요청 경로에 NUL 문자가 들어 있습니다.',
    tooManyRequests: '요청이 너무 많습니다. {{seconds}}초 후에 다시 시도하세요.',
    tooManyStreams:
      '이 세션에는 이미 실시간 이벤트 연결이 {{limit}}개 열려 있습니다. 다른 탭이나 창을 하나 닫은 뒤 다시 시도하세요.',
    moreProblems: '{{reasons}} (그 밖에 문제 {{count}}개)',
  },
  cards: {
    unknownUser: '{{label}}: ID가 "{{id}}"인 활성 사용자가 없습니다.',
  },
  comments: {
    unknownMention: '언급할 수 있는 활성 사용자 {{ids}}이(가) 없습니다.',
  },
  notifications: {
    notFound: '내 알림 중에 {{id}}이(가) 없습니다.',
    emailNotConfigured:
      '이 Stageflow에는 메일 서버가 설정되어 있지 않아 알림을 이메일로 보낼 수 없습니다.',
  },
  attachments: {
    tooLarge: '파일이 첨부 파일 최대 크기({{limit}})보다 큽니다.',
    typeRefused:
      '“{{name}}”은(는) {{what}}입니다. 이미지(PNG, JPEG, GIF, WebP, HEIC)나 PDF 문서만 첨부할 수 있습니다.',
    typeIs: '{{type}} 파일',
    typeUnknown: '알 수 없는 형식의 파일',
    notMultipart:
      '파일은 “file” 필드가 있는 multipart/form-data로 올려 주세요 (받은 형식: {{type}}).',
    noFile: '“file”이라는 필드에 파일을 담아 보내 주세요.',
    notFound: '첨부 파일 {{id}}이(가) 없습니다.',
  },
  webhooks: {
    notFound: '웹훅 {{id}}이(가) 없습니다.',
  },
  email: {
    someone: '누군가',
    mentionSubject: '{{actor}} 님이 “{{card}}”에서 나를 언급했습니다',
    mentionText: '{{actor}} 님이 “{{card}}” 카드의 댓글에서 나를 언급했습니다:',
    assignedSubject: '{{actor}} 님이 “{{card}}” 카드를 나에게 배정했습니다',
    assignedText: '{{actor}} 님이 “{{card}}” 카드를 나에게 배정했습니다.',
    movedSubject: '{{actor}} 님이 “{{card}}” 카드를 {{to, euro}} 옮겼습니다',
    movedText: '{{actor}} 님이 내 카드 “{{card}}”을(를) {{from}}에서 {{to, euro}} 옮겼습니다.',
  },
  forms: {
    unknown: '"{{form}}" 양식은 없습니다. 양식 종류: {{forms}}.',
    notForWorkflow:
      '{{workflow}} 워크플로에는 "{{form}}" 양식이 없습니다. 사용할 수 있는 양식: {{forms}}.',
    none: '없음',
  },
  surveys: {
    malformed: '설문 링크가 아닙니다. 링크 전체를 복사했는지 확인해 주세요.',
    notFound: '유효하지 않은 설문 링크입니다. 서비스 창구에 새 링크를 요청해 주세요.',
    expired: '설문 링크가 만료되었습니다. 그래도 감사합니다.',
    alreadyAnswered: '이미 응답한 설문입니다. 감사합니다!',
    noWorkflow: '"{{key}}" 워크플로가 없습니다.',
  },
  installedBase: {
    customerNotFound: '고객 {{id}}을(를) 찾을 수 없습니다.',
    unitNotFound: '장비 {{id}}을(를) 찾을 수 없습니다.',
    unitReferenced_other:
      '이 장비를 가리키는 카드가 {{count}}개 있습니다: {{cards}}. 먼저 카드에서 다른 장비로 바꾸세요.',
    customerReferenced_other:
      '이 고객을 가리키는 카드가 {{count}}개 있습니다: {{cards}}. 먼저 카드에서 다른 고객으로 바꾸세요.',
    andMore: '그 외',
    customerOwnsUnits:
      '이 고객이 아직 장비 {{serials}}을(를) 보유하고 있습니다. 먼저 장비의 고객을 바꾸세요.',
    duplicateSerial: '일련번호 {{serial}}은(는) 이미 다른 장비({{existing}})에 등록되어 있습니다.',
    unknownOwner: '이 장비의 고객으로 지정할 고객 {{id}}이(가) 없습니다.',
    unknownCustomerRef: '{{label}} 항목이 가리키는 고객 {{id}}이(가) 없습니다.',
    unknownUnitRef: '{{label}} 항목이 가리키는 장비 {{id}}이(가) 없습니다.',
    csvMediaType: 'CSV 파일은 Content-Type: text/csv로 보내야 합니다(받은 형식: {{type}}).',
    csvInvalid_other: '파일에 문제가 {{count}}건 있어 아무것도 가져오지 않았습니다. {{first}}',
  },
};
