// The server's store and services, through its package entry.
export {
  computeReport,
  createCard,
  installBuiltins,
  keyBetween,
  migrateToLatest,
  openDatabase,
  transitionCard,
  type Store,
} from '@stageflow/server';
// The fault tests' harness for a server child process, through the package's second entry.
export {
  adminClient,
  createLoopCards,
  createScratchDatabase,
  nextMove,
  startServerProcess,
  type Client,
  type LoopCard,
  type ServerProcess,
} from '@stageflow/server/test-support';
