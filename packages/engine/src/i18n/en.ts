// The engine's English sentences: the source of truth for keys and placeholders. Korean is ko.ts.
// How to add one: docs/i18n.md.
export const en = {
  roles: { admin: 'admin', manager: 'manager', viewer: 'viewer' },
  rolesPlural: { admin: 'admins', manager: 'managers', viewer: 'viewers' },
  value: { empty: 'empty', yes: 'yes', no: 'no' },
  fields: {
    mustBeText: '{{label}} must be text.',
    mustBeCustomer: '{{label}} must point at a customer.',
    mustBeUnit: '{{label}} must point at a unit of equipment.',
    mustBeNumber: '{{label}} must be a number.',
    atLeast: '{{label}} must be at least {{min}}.',
    atMost: '{{label}} must be at most {{max}}.',
    mustBeYesNo: '{{label}} must be yes or no.',
    notARealDate: '{{label}} {{value}} is not a real date.',
    mustBeDate: '{{label}} must be a date written like 2025-03-01.',
    mustBeOneOf: '{{label}} must be one of {{options}}.',
    unknownField: '{{workflow}} has no field called "{{key}}".',
    required: '{{label}} is required.',
    tooLong: '{{label}} may hold at most {{max}} characters (this has {{length}}).',
    notAUserId: '{{label}} is not a user id.',
    outOfRange: '{{label}} must be between {{min}} and {{max}}.',
    automatic: '{{label}} is filled in automatically by a move and cannot be set by hand.',
  },
  rules: {
    unknownMove: '{{workflow}} has no move called "{{event}}".',
    notFromStage: '"{{move}}" is not possible from {{stage}}; it is possible from {{sources}}.',
    viewersCannotMove: 'Viewers can look at cards but not move them.',
    viewersCannotChange: 'Viewers can look at cards but not change them.',
    onlyRoles: 'Only {{roles}} may "{{move}}"; you are signed in as {{role}}.',
    needs: '"{{move}}" needs {{fields}}.',
  },
};
