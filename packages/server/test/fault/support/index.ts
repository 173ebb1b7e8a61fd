// @stageflow/server/test-support: the fault tests' harness for real server processes, shared with
// the benchmark (a package entry, so nothing outside this package reaches into its folders).
export {
  ADMIN_EMAIL,
  ADMIN_PASSWORD,
  startServerProcess,
  type ServerProcess,
  type ServerProcessOptions,
} from './server-process.ts';
export { adminClient, Client, type Reply } from './http-client.ts';
export { createLoopCards, nextMove, type LoopCard } from './loop-cards.ts';
export { createScratchDatabase, type ScratchDatabase } from './scratch-database.ts';
