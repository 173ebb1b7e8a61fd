// The server's store and services, through its package entry.
export {
  createCard,
  installBuiltins,
  keyBetween,
  migrateToLatest,
  openDatabase,
  transitionCard,
  type Store,
} from '@stageflow/server';
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
