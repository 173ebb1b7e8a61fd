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
    databaseBusy:
      '데이터베이스가 사용 중이라 아무것도 저장되지 않았습니다. {{seconds}}초 후에 다시 시도하세요.',
    csrfNoOrigin:
      '세션 쿠키는 있지만 Origin 또는 Referer 헤더가 없어, 사이트 간 요청일 수 있으므로 거부했습니다.',
    csrfMismatch:
      '{{origin}}에서 온 요청은 여기서 데이터를 바꿀 수 없습니다 (사이트 간 요청 거부).',
    csrfUnknownOrigin:
      '출처를 알 수 없는 요청은 여기서 데이터를 바꿀 수 없습니다 (사이트 간 요청 거부).',
    bodyTooLarge: '요청 본문이 이 API가 받는 한도({{kib}} KiB)보다 큽니다.',
    notJson:
      '요청 본문은 Content-Type: application/json인 JSON으로 보내야 합니다 (받은 형식: {{got}}).',
    emptyBody: '요청 본문이 올바른 JSON이 아닙니다: 본문이 비어 있습니다.',
    badJson: '요청 본문이 올바른 JSON이 아닙니다: {{reason}}.',
    nulInField: '{{field}} 항목에 NUL 문자가 들어 있습니다.',
    tooDeep: '요청 본문이 {{max}}단계보다 깊게 중첩되어 있습니다 (위치: {{field}}).',
    protoKey: '{{field}}에는 "__proto__" 키를 쓸 수 없습니다.',
    nulInKey: '{{field}}의 키에 NUL 문자가 들어 있습니다.',
    nulInQuery: '쿼리 매개변수 {{name}}에 NUL 문자가 들어 있습니다.',
    invalid: '{{where}}이(가) 올바르지 않습니다. {{detail}}',
    whereBody: '요청 본문',
    whereQuery: '쿼리 문자열',
    andMore: ' 외 문제 {{count}}건',
    unknownProperty: "알 수 없는 속성 '{{field}}'은(는) 허용되지 않습니다.",
    badLastEventId: 'Last-Event-ID는 변경 번호여야 합니다.',
  },
  auth: {
    signInFirst: '먼저 로그인하세요 (세션 쿠키 또는 Bearer 토큰).',
    needsRole: '{{roles}} 권한이 필요합니다. 지금은 {{role}} 권한으로 로그인되어 있습니다.',
    invalidToken:
      'Bearer 토큰이 유효하지 않습니다 (폐기되었거나, 잘못 입력되었거나, 사용자가 비활성화됨).',
    wrongPassword: '이메일 또는 비밀번호가 올바르지 않습니다.',
    accountDisabled: '비활성화된 계정입니다. 관리자에게 활성화를 요청하세요.',
    noSuchToken: '이 ID의 API 토큰이 없습니다.',
    tooManyAttempts: '로그인 실패가 너무 많습니다. {{minutes}}분 후에 다시 시도하세요.',
  },
  users: {
    emailTaken: '이메일 {{email}}을(를) 쓰는 사용자가 이미 있습니다.',
    notFound: '이 ID의 사용자가 없습니다.',
    lastAdmin: '{{email}}은(는) 마지막 활성 관리자입니다. 먼저 다른 사람을 관리자로 지정하세요.',
  },
  workflows: {
    notFound: '"{{key}}" 워크플로가 없습니다.',
    noVersion: '{{key}} 워크플로에는 버전 {{version}}이(가) 없습니다.',
    versionConflict:
      '그사이 다른 사람이 {{key}}의 새 버전을 게시했습니다. 새로고침한 뒤 다시 시도하세요.',
    needsKey: '정의에 "key"가 있어야 합니다.',
    exists: '"{{key}}" 워크플로가 이미 있습니다.',
    badVersion: '"{{raw}}"은(는) 버전 번호가 아닙니다.',
    notAnObject: '워크플로 정의는 JSON 객체여야 합니다.',
    nul: '정의에 NUL 문자가 들어 있으면 안 됩니다.',
    keyMismatch: '정의의 키 "{{given}}"이(가) 워크플로 "{{key}}"와 맞지 않습니다.',
    cannotPublish: '정의를 게시할 수 없습니다: {{problem}}',
    cannotPublishMany: '정의를 게시할 수 없습니다: 문제 {{count}}건, 첫 번째: {{problem}}',
    mapNoSource: '{{key}} 버전 {{version}}에는 옮길 "{{stage}}" 단계가 없습니다.',
    mapNoTarget:
      '{{key}} 버전 {{version}}에는 "{{source}}" 단계를 옮길 "{{stage}}" 단계가 없습니다.',
    sameVersion: 'fromVersion과 toVersion이 같은 버전입니다.',
    stageWithCards_other: '"{{stage}}" (카드 {{count}}장)',
    unmappedStages_other:
      '{{key}} 버전 {{version}}에는 {{stages}} 단계가 없습니다. stageMap에서 버전 {{version}}의 단계로 지정하세요.',
    incompatibleFields: '일부 항목 값이 버전 {{version}}에 맞지 않습니다: {{problems}}.',
    cardProblem: '카드 "{{title}}" ({{id}}): {{problem}}',
  },
  cards: {
    boardCancelled: '보드가 더 이상 필요하지 않아 요청이 취소되었습니다.',
    unknownUser: '{{label}}: ID가 "{{id}}"인 활성 사용자가 없습니다.',
    notFound: '{{id}} 카드가 없습니다.',
    unknownAssignee: '배정할 수 있는 활성 사용자 {{id}}이(가) 없습니다.',
    nextToItself: '카드를 자기 자신 옆에 놓을 수 없습니다.',
    notSameColumn: '{{id}} 카드는 옮기는 카드와 같은 열에 있지 않습니다.',
    wrongOrder: '이 열에서 {{after}} 카드가 {{before}} 카드보다 앞에 있지 않습니다.',
    badCursor: '이 서버가 발급한 커서가 아닙니다.',
    ifMatchRequired:
      '그사이의 변경을 덮어쓰지 않도록 카드의 ETag(리비전, 예: "3")를 If-Match로 보내세요.',
    badIfMatch: 'If-Match는 "3"과 같은 카드 ETag 하나여야 합니다 (받은 값: {{got}}).',
    badIdempotencyKey:
      'Idempotency-Key는 눈에 보이는 ASCII 문자 1~200자여야 합니다 (UUID를 권장합니다).',
    stale: '불러온 뒤에 카드가 바뀌었습니다. 새로고침한 뒤 다시 시도하세요.',
    staleAt:
      '불러온 뒤에 카드가 바뀌었습니다 (현재 리비전 {{revision}}). 새로고침한 뒤 다시 시도하세요.',
    idempotencyKeyReused: 'Idempotency-Key "{{key}}"은(는) 이미 다른 요청에 쓰였습니다.',
  },
  links: {
    spawnRefused:
      '이 처리는 {{workflow}} 카드를 새로 만드는데, 그 카드가 거절되었습니다: {{reason}}',
    signalRefused: '"{{title}}"({{workflow}}) 카드가 "{{event}}" 처리를 거절했습니다: {{reason}}',
    tooDeep:
      '연결된 처리가 {{max}}단계보다 깊게 이어집니다. 워크플로가 서로 신호를 주고받는 순환이 있습니다.',
  },
  limits: {
    methodNotAllowed: '{{path}}에는 {{method}} 요청을 보낼 수 없습니다. 가능한 방법: {{allow}}.',
    nulInPath: '요청 경로에 NUL 문자가 들어 있습니다.',
    tooManyRequests: '요청이 너무 많습니다. {{seconds}}초 후에 다시 시도하세요.',
    tooManyStreams:
      '이 세션에는 이미 실시간 이벤트 연결이 {{limit}}개 열려 있습니다. 다른 탭이나 창을 하나 닫은 뒤 다시 시도하세요.',
    moreProblems: '{{reasons}} (그 밖에 문제 {{count}}개)',
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
    escalation: {
      warningSubject: '에스컬레이션: “{{card}}” 카드가 {{target}} 기한에 가까워졌습니다',
      warningText: '{{stage}} 단계의 “{{card}}” 카드가 {{target}} 목표의 경고 시점에 이르렀습니다.',
      breachSubject: '에스컬레이션: “{{card}}” 카드가 {{target}} 기한을 넘겼습니다',
      breachText: '{{stage}} 단계의 “{{card}}” 카드가 {{target}} 목표를 위반했습니다.',
      moveSubject: '{{actor}}: “{{card}}” 카드에 “{{move}}” 처리',
      moveText:
        '{{actor}} 님이 “{{card}}” 카드에 “{{move}}” 처리를 했습니다. 현재 단계: {{stage}}.',
    },
  },
  forms: {
    unknown: '"{{form}}" 양식은 없습니다. 양식 종류: {{forms}}.',
    notForWorkflow:
      '{{workflow}} 워크플로에는 "{{form}}" 양식이 없습니다. 사용할 수 있는 양식: {{forms}}.',
    none: '없음',
  },
  reports: {
    noWorkflow: '보고서를 만들 "{{key}}" 워크플로가 없습니다.',
    fromAfterTo:
      '시작일({{from}})이 종료일({{to}})보다 늦습니다. 시작일은 종료일과 같거나 빨라야 합니다.',
    rangeTooLong: '{{from}}부터 {{to}}까지는 {{max}}일보다 깁니다. 더 짧은 기간을 고르세요.',
  },
  surveys: {
    malformed: '설문 링크가 아닙니다. 링크 전체를 복사했는지 확인해 주세요.',
    notFound: '유효하지 않은 설문 링크입니다. 서비스 창구에 새 링크를 요청해 주세요.',
    expired: '설문 링크가 만료되었습니다. 그래도 감사합니다.',
    alreadyAnswered: '이미 응답한 설문입니다. 감사합니다!',
    noWorkflow: '"{{key}}" 워크플로가 없습니다.',
  },
  installedBase: {
    customerNotFound: '고객 {{id, eul}} 찾을 수 없습니다.',
    unitNotFound: '장비 {{id, eul}} 찾을 수 없습니다.',
    unitReferenced_other:
      '이 장비를 가리키는 카드가 {{count}}개 있습니다: {{cards}}. 먼저 카드에서 다른 장비로 바꾸세요.',
    customerReferenced_other:
      '이 고객을 가리키는 카드가 {{count}}개 있습니다: {{cards}}. 먼저 카드에서 다른 고객으로 바꾸세요.',
    andMore: '그 외',
    customerOwnsUnits:
      '이 고객이 아직 장비 {{serials, eul}} 보유하고 있습니다. 먼저 장비의 고객을 바꾸세요.',
    duplicateSerial: '일련번호 {{serial, eun}} 이미 다른 장비({{existing}})에 등록되어 있습니다.',
    unknownOwner: '이 장비의 고객으로 지정할 고객 {{id, i}} 없습니다.',
    unknownCustomerRef: '{{label}} 항목이 가리키는 고객 {{id, i}} 없습니다.',
    unknownUnitRef: '{{label}} 항목이 가리키는 장비 {{id, i}} 없습니다.',
    csvMediaType: 'CSV 파일은 Content-Type: text/csv로 보내야 합니다(받은 형식: {{type}}).',
    csvInvalid_other: '파일에 문제가 {{count}}건 있어 아무것도 가져오지 않았습니다. {{first}}',
  },
  parts: {
    partNotFound: '부품 {{id, i}} 없습니다.',
    unknownPart: 'SKU 또는 ID가 {{part}}인 부품이 없습니다.',
    supplierNotFound: '공급업체 {{id, i}} 없습니다.',
    skuTaken: 'SKU {{sku, eun}} 이미 {{name}}에 사용 중입니다.',
    writeOffReserved:
      '{{sku}}의 여유 재고는 {{available}}개뿐입니다. 예약된 수량은 폐기할 수 없습니다.',
    notInStockToConsume: '재고가 부족해 인도할 수 없습니다: {{parts}}. 먼저 부품을 입고하세요.',
    invalidReceipt: '입고된 수량을 1 이상의 정수로 입력하세요.',
    lineNotFound: '이 카드에 부품 항목 {{id, i}} 없습니다.',
    lineConsumed: '인도 시 사용된 항목이라 더 이상 삭제할 수 없습니다.',
    cardFinished: '완료된 카드라 부품 항목을 더 이상 변경할 수 없습니다.',
    orderNotFound: '카드 {{id}}에는 구매 주문이 없습니다.',
    noPartsHere: '{{workflow}} 카드에는 부품 항목이 없습니다.',
    partArchived: '부품 {{sku, eun}} 보관되었습니다. 다시 쓰려면 재고 화면에서 복원하세요.',
    supplierArchived: '공급업체 {{name, eun}} 보관되었습니다. 먼저 공급업체 화면에서 복원하세요.',
    unknownSupplierName: '이름이 {{name}}인 공급업체가 없습니다.',
    ambiguousSupplier: '이름이 {{name}}인 공급업체가 여럿입니다. 목록에서 하나를 고르세요.',
    orderClosed: '종결된 구매 주문이라 부품, 공급업체, 수량을 더 이상 바꿀 수 없습니다.',
    orderPartFixed:
      '이미 입고된 주문이라 부품을 바꿀 수 없습니다. 주문을 취소하고 다른 부품을 주문하세요.',
    orderBelowReceived: '이미 {{received}}개가 입고되었습니다. 그 이상으로 주문하세요.',
    invalidOrderQuantity: '주문할 수량을 1 이상의 정수로 입력하세요.',
    supplierInUse:
      '공급업체 {{name, eun}} 삭제할 수 없습니다. {{uses}}에서 사용 중입니다. 대신 보관하세요. 기록은 남고 선택 목록에서만 빠집니다.',
    usedByParts_other: '이 공급업체의 부품 {{count}}개({{parts}})',
    usedByOpenOrders_other: '진행 중인 구매 주문 {{count}}건({{orders}})',
    usedByPastOrders_other: '지난 구매 주문 {{count}}건',
    partInUse_other:
      '부품 {{sku, eun}} 삭제할 수 없습니다: 카드 {{count}}개({{cards}})에서 사용 중입니다. 대신 보관하세요. 카드의 부품 항목은 그대로 남고, 부품은 선택 목록과 재고 화면에서 빠집니다.',
  },
};
