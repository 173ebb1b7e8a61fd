// The server's store and services, imported by path: @stageflow/server exports no library entry.
export { openDatabase, type Store } from '../../packages/server/src/db/database.ts';
export { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
export { installBuiltins } from '../../packages/server/src/workflows/install-builtins.ts';
export { createCard } from '../../packages/server/src/cards/card.service.ts';
export { transitionCard } from '../../packages/server/src/cards/transition.service.ts';
