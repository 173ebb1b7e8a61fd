// Every word the board shows, in English: the source of truth for keys and placeholders.
// Korean is ko.ts. How to add a string: docs/i18n.md.
export const en = {
  locale: {
    label: 'Language',
    en: 'English',
    ko: '한국어',
    saveFailed: 'Your language choice could not be saved: {{reason}}',
  },
  roles: { admin: 'admin', manager: 'manager', viewer: 'viewer' },
  app: {
    loading: 'Loading…',
    loadingBoards: 'Loading boards…',
    unreachable: 'Stageflow is not reachable',
    boardsFailed: 'The boards could not be loaded',
    tryAgain: 'Try again',
  },
  signIn: {
    title: 'Sign in',
    tagline: 'Deals, repairs, returns and warranty claims on one board.',
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
  },
  column: {
    count_one: '{{count}} card',
    count_other: '{{count}} cards',
    countFiltered: '{{shown}} of {{total}} cards shown',
    wipTitle: 'Work-in-progress limit',
    wip: 'WIP {{count}} / {{limit}}',
    overWip: 'Over WIP limit: {{count}} / {{limit}}',
    total: 'Total {{field}}',
    dropHere: 'Drop to move here',
    dropHereAsks: 'Drop to move here — asks for {{fields}}',
    cannotMove: 'Cannot move to {{stage}}: {{reason}}',
    noMatches: 'No cards match the filters',
    empty: 'No cards here yet',
  },
  topBar: {
    home: 'Stageflow home',
    boards: 'Boards',
    admin: 'Admin',
    editWorkflow: 'Edit workflow',
    users: 'Users',
    signOut: 'Sign out',
    live: {
      connecting: 'Connecting…',
      live: 'Live',
      reconnecting: 'Reconnecting…',
      stopped: 'Offline',
    },
  },
};
