// The server's store and services, imported by path: @stageflow/server exports no library entry.
export { openDatabase, type Store } from '../../packages/server/src/db/database.ts';
export { migrateToLatest } from '../../packages/server/src/db/migrate.ts';
export { installBuiltins } from '../../packages/server/src/workflows/install-builtins.ts';
export { createCard } from '../../packages/server/src/cards/card.service.ts';
export { transitionCard } from '../../packages/server/src/cards/transition.service.ts';
export { keyBetween } from '../../packages/server/src/cards/position.ts';
// The fault tests' helpers for a server child process, shared with the HTTP rows.
export {
  startServerProcess,
  type ServerProcess,
} from '../../packages/server/test/fault/support/server-process.ts';
export { adminClient, type Client } from '../../packages/server/test/fault/support/http-client.ts';
export {
  createLoopCards,
  nextMove,
  type LoopCard,
} from '../../packages/server/test/fault/support/loop-cards.ts';
export { createScratchDatabase } from '../../packages/server/test/fault/support/scratch-database.ts';
