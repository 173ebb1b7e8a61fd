// The server's English problem details (`detail` of problem+json). Korean is ko.ts; engine
// refusals come from the engine's own catalogues. How to add one: docs/i18n.md.
export const en = {
  roles: { admin: 'admin', manager: 'manager', viewer: 'viewer' },
  http: {
    refused: 'The request was refused.',
    internal: 'Something went wrong on the server. It has been logged.',
    noRoute: 'There is no {{method}} {{path}} in this API.',
    databaseUnavailable: 'The database does not answer.',
  },
  auth: {
    signInFirst: 'Sign in first (session cookie or bearer token).',
    needsRole: 'This needs the {{roles}} role; you are signed in as {{role}}.',
    invalidToken: 'The bearer token is not valid (revoked, mistyped, or its user is disabled).',
    wrongPassword: 'The email or password is not right.',
    accountDisabled: 'This account is disabled. Ask an administrator to enable it.',
    noSuchToken: 'You have no API token with this id.',
  },
  limits: {
    methodNotAllowed: '{{path}} does not take {{method}}; it takes {{allow}}.',
    nulInPath: 'The request path contains a NUL character.',
    tooManyRequests: 'Too many requests; try again in {{seconds}} second(s).',
    tooManyStreams:
      'This session already has {{limit}} live event streams open; close one (another tab or window) first.',
    moreProblems: '{{reasons}} (and {{count}} more problems)',
  },
  cards: {
    unknownUser: '{{label}}: there is no active user with the id "{{id}}".',
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
  },
  forms: {
    unknown: 'There is no form "{{form}}". The forms are {{forms}}.',
    notForWorkflow: 'The {{workflow}} workflow has no form "{{form}}". Its forms: {{forms}}.',
    none: 'none',
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
};
