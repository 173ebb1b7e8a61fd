// The server's English problem details (`detail` of problem+json). Korean is ko.ts; engine
// refusals come from the engine's own catalogues. How to add one: docs/i18n.md.
export const en = {
  roles: { admin: 'admin', manager: 'manager', viewer: 'viewer' },
  http: {
    refused: 'The request was refused.',
    internal: 'Something went wrong on the server. It has been logged.',
    noRoute: 'There is no {{method}} {{path}} in this API.',
    databaseUnavailable: 'The database does not answer.',
    databaseBusy: 'The database is busy; nothing was saved. Try again in {{seconds}} second(s).',
    csrfNoOrigin:
      'This request carries a session cookie but no Origin or Referer header, so it was refused as a possible cross-site request.',
    csrfMismatch: 'Requests from {{origin}} may not change data here (cross-site request refused).',
    csrfUnknownOrigin:
      'Requests from an unknown origin may not change data here (cross-site request refused).',
    bodyTooLarge: 'The request body is larger than the {{kib}} KiB this API accepts.',
    notJson: 'Send the request body as JSON with Content-Type: application/json (got {{got}}).',
    emptyBody: 'The request body is not valid JSON: the body is empty.',
    badJson: 'The request body is not valid JSON: {{reason}}.',
    nulInField: 'The field {{field}} contains a NUL character.',
    tooDeep: 'The request body is nested more than {{max}} levels deep (at {{field}}).',
    protoKey: 'The key "__proto__" in {{field}} is not allowed.',
    nulInKey: 'A key in {{field}} contains a NUL character.',
    nulInQuery: 'The query parameter {{name}} contains a NUL character.',
    invalid: 'The {{where}} is invalid. {{detail}}',
    whereBody: 'request body',
    whereQuery: 'query string',
    andMore: '; and {{count}} more problems',
    unknownProperty: "Unknown property '{{field}}' is not allowed.",
    badLastEventId: 'Last-Event-ID must be a change number.',
  },
  auth: {
    signInFirst: 'Sign in first (session cookie or bearer token).',
    needsRole: 'This needs the {{roles}} role; you are signed in as {{role}}.',
    invalidToken: 'The bearer token is not valid (revoked, mistyped, or its user is disabled).',
    wrongPassword: 'The email or password is not right.',
    accountDisabled: 'This account is disabled. Ask an administrator to enable it.',
    noSuchToken: 'You have no API token with this id.',
    tooManyAttempts: 'Too many failed sign-in attempts. Try again in {{minutes}} minute(s).',
  },
  users: {
    emailTaken: 'There is already a user with the email {{email}}.',
    notFound: 'There is no user with this id.',
    lastAdmin: '{{email}} is the last active admin; make someone else an admin first.',
  },
  workflows: {
    notFound: 'There is no workflow "{{key}}".',
    noVersion: 'Workflow {{key}} has no version {{version}}.',
    versionConflict:
      'Someone else published a new version of {{key}} meanwhile; reload and try again.',
    needsKey: 'The definition needs a "key".',
    exists: 'A workflow "{{key}}" already exists.',
    badVersion: '"{{raw}}" is not a version number.',
    notAnObject: 'A workflow definition must be a JSON object.',
    nul: 'The definition must not contain NUL characters.',
    keyMismatch: 'The definition\'s key "{{given}}" does not match the workflow "{{key}}".',
    cannotPublish: 'The definition cannot be published: {{problem}}',
    cannotPublishMany:
      'The definition cannot be published: {{count}} problems, the first: {{problem}}',
    mapNoSource: 'Version {{version}} of {{key}} has no stage "{{stage}}" to map.',
    mapNoTarget: 'Version {{version}} of {{key}} has no stage "{{stage}}" to map "{{source}}" to.',
    sameVersion: 'fromVersion and toVersion are the same version.',
    stageWithCards_one: '"{{stage}}" ({{count}} card)',
    stageWithCards_other: '"{{stage}}" ({{count}} cards)',
    unmappedStages_one:
      'Version {{version}} of {{key}} has no stage {{stages}}: map it to a stage of version {{version}} in stageMap.',
    unmappedStages_other:
      'Version {{version}} of {{key}} has no stage {{stages}}: map them to a stage of version {{version}} in stageMap.',
    incompatibleFields: 'Some field values do not fit version {{version}}: {{problems}}.',
    cardProblem: 'card "{{title}}" ({{id}}): {{problem}}',
  },
  cards: {
    boardCancelled: 'The board was no longer wanted: its request was cancelled.',
    unknownUser: '{{label}}: there is no active user with the id "{{id}}".',
    notFound: 'There is no card {{id}}.',
    unknownAssignee: 'There is no active user {{id}} to assign.',
    nextToItself: 'A card cannot be placed next to itself.',
    notSameColumn: 'Card {{id}} is not in the same column as the card being moved.',
    wrongOrder: 'Card {{after}} does not come before card {{before}} in the column.',
    badCursor: 'The cursor is not one this server handed out.',
    ifMatchRequired:
      'Send If-Match with the card\'s ETag (its revision, e.g. "3") so a change made meanwhile is not overwritten.',
    badIfMatch: 'If-Match must be one card ETag such as "3" (got {{got}}).',
    badIdempotencyKey:
      'Idempotency-Key must be 1 to 200 visible ASCII characters (a UUID is a good choice).',
    stale: 'The card has changed since you loaded it; reload it and try again.',
    staleAt:
      'The card has changed since you loaded it (it is now at revision {{revision}}); reload it and try again.',
    idempotencyKeyReused: 'The Idempotency-Key "{{key}}" was already used for a different request.',
  },
  links: {
    spawnRefused: 'This move opens a card in {{workflow}}, which refused it: {{reason}}',
    signalRefused: '"{{title}}" ({{workflow}}) refused "{{event}}": {{reason}}',
    tooDeep:
      'Linked moves go more than {{max}} cards deep: the workflows signal each other in a loop.',
  },
  limits: {
    methodNotAllowed: '{{path}} does not take {{method}}; it takes {{allow}}.',
    nulInPath: 'The request path contains a NUL character.',
    tooManyRequests: 'Too many requests; try again in {{seconds}} second(s).',
    tooManyStreams:
      'This session already has {{limit}} live event streams open; close one (another tab or window) first.',
    moreProblems: '{{reasons}} (and {{count}} more problems)',
  },
  comments: {
    unknownMention: 'There is no active user {{ids}} to mention.',
  },
  notifications: {
    notFound: 'You have no notification {{id}}.',
    emailNotConfigured:
      'This Stageflow has no mail server set up, so notifications cannot be emailed.',
  },
  attachments: {
    tooLarge: 'The file is larger than the {{limit}} an attachment may be.',
    typeRefused:
      '“{{name}}” is {{what}}. Attach images (PNG, JPEG, GIF, WebP, HEIC) or PDF documents.',
    typeIs: 'a {{type}} file',
    typeUnknown: 'not a file type we recognise',
    notMultipart: 'Upload the file as multipart/form-data with a “file” field (got {{type}}).',
    noFile: 'Send the file in a field named “file”.',
    notFound: 'There is no attachment {{id}}.',
  },
  webhooks: {
    notFound: 'There is no webhook {{id}}.',
  },
  email: {
    someone: 'Someone',
    mentionSubject: '{{actor}} mentioned you on “{{card}}”',
    mentionText: '{{actor}} mentioned you in a comment on “{{card}}”:',
    assignedSubject: '{{actor}} assigned “{{card}}” to you',
    assignedText: '{{actor}} assigned the card “{{card}}” to you.',
    movedSubject: '{{actor}} moved “{{card}}” to {{to}}',
    movedText: '{{actor}} moved your card “{{card}}” from {{from}} to {{to}}.',
    escalation: {
      warningSubject: 'Escalation: “{{card}}” is close to its {{target}} deadline',
      warningText:
        '“{{card}}” is in {{stage}} and has reached the warning of its {{target}} target.',
      breachSubject: 'Escalation: “{{card}}” breached its {{target}} deadline',
      breachText: '“{{card}}” is in {{stage}} and has breached its {{target}} target.',
      moveSubject: '{{actor}}: “{{move}}” on “{{card}}”',
      moveText: '{{actor}} made “{{move}}” on “{{card}}”, which is now in {{stage}}.',
    },
  },
  forms: {
    unknown: 'There is no form "{{form}}". The forms are {{forms}}.',
    notForWorkflow: 'The {{workflow}} workflow has no form "{{form}}". Its forms: {{forms}}.',
    none: 'none',
  },
  reports: {
    noWorkflow: 'There is no workflow "{{key}}" to report on.',
    fromAfterTo:
      'The range starts on {{from}}, after it ends on {{to}}: from must be on or before to.',
    rangeTooLong: 'The range {{from}} to {{to}} is longer than {{max}} days. Pick a shorter one.',
  },
  surveys: {
    malformed: 'This is not a survey link. Check that the whole link was copied.',
    notFound: 'This survey link is not valid. Ask the service desk for a new one.',
    expired: 'This survey link has expired. Thank you all the same.',
    alreadyAnswered: 'This survey has already been answered. Thank you!',
    noWorkflow: 'There is no workflow "{{key}}".',
  },
  installedBase: {
    customerNotFound: 'There is no customer {{id}}.',
    unitNotFound: 'There is no equipment unit {{id}}.',
    unitReferenced_one:
      'This unit is still referenced by {{count}} card: {{cards}}. Point them elsewhere first.',
    unitReferenced_other:
      'This unit is still referenced by {{count}} cards: {{cards}}. Point them elsewhere first.',
    customerReferenced_one:
      'This customer is still referenced by {{count}} card: {{cards}}. Point them elsewhere first.',
    customerReferenced_other:
      'This customer is still referenced by {{count}} cards: {{cards}}. Point them elsewhere first.',
    andMore: 'and more',
    customerOwnsUnits: 'This customer still owns {{serials}}. Give the units another owner first.',
    duplicateSerial: 'Serial number {{serial}} is already taken by another unit ({{existing}}).',
    unknownOwner: 'There is no customer {{id}} to own this unit.',
    unknownCustomerRef: '{{label}} points at customer {{id}}, which does not exist.',
    unknownUnitRef: '{{label}} points at equipment unit {{id}}, which does not exist.',
    csvMediaType: 'Send the file as CSV with Content-Type: text/csv (got {{type}}).',
    csvInvalid_one: 'One problem in the file, so nothing was imported. {{first}}',
    csvInvalid_other: '{{count}} problems in the file, so nothing was imported. {{first}}',
  },
  parts: {
    partNotFound: 'There is no part {{id}}.',
    unknownPart: 'There is no part with the SKU or id {{part}}.',
    supplierNotFound: 'There is no supplier {{id}}.',
    skuTaken: 'The SKU {{sku}} is already used by {{name}}.',
    writeOffReserved:
      'Only {{available}} units of {{sku}} are free; reserved units cannot be written off.',
    notInStockToConsume: 'Not enough in stock to hand back: {{parts}}. Receive the parts first.',
    invalidReceipt: 'Say how many units arrived: a whole number of at least 1.',
    lineNotFound: 'This card has no parts line {{id}}.',
    lineConsumed: 'This line was used at hand-back and can no longer be removed.',
    cardFinished: 'This card is finished; its parts lines can no longer change.',
    orderNotFound: 'Card {{id}} has no purchase order.',
    noPartsHere: 'Cards of {{workflow}} have no parts lines.',
    partArchived: 'The part {{sku}} is archived. Restore it on the stock page to use it again.',
    supplierArchived: 'The supplier {{name}} is archived. Restore it on the suppliers page first.',
    unknownSupplierName: 'There is no supplier called {{name}}.',
    ambiguousSupplier: 'Several suppliers are called {{name}}: choose one from the list.',
    orderClosed:
      'This purchase order is closed: its part, supplier and quantity can no longer change.',
    orderPartFixed:
      'Goods have arrived for this order: its part can no longer change. Cancel it and order the other part.',
    orderBelowReceived: '{{received}} units have already arrived: order at least that many.',
    invalidOrderQuantity: 'Say how many units to order: a whole number of at least 1.',
    supplierInUse:
      'The supplier {{name}} cannot be deleted: {{uses}}. Archive it instead: it keeps its history and is no longer offered.',
    usedByParts_one: 'part {{parts}} comes from it',
    usedByParts_other: '{{count}} parts come from it ({{parts}})',
    usedByOpenOrders_one: 'open purchase order {{orders}} is with it',
    usedByOpenOrders_other: '{{count}} open purchase orders are with it ({{orders}})',
    usedByPastOrders_one: '{{count}} past purchase order names it',
    usedByPastOrders_other: '{{count}} past purchase orders name it',
    partInUse_one:
      'The part {{sku}} cannot be deleted: card {{cards}} uses it. Archive it instead: the card keeps its lines and the part leaves the pickers and the stock page.',
    partInUse_other:
      'The part {{sku}} cannot be deleted: {{count}} cards use it ({{cards}}). Archive it instead: the cards keep their lines and the part leaves the pickers and the stock page.',
  },
};
