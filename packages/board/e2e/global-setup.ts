// Once per e2e run: build the board, start one real server, hand its address to the tests.
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { BUILT_BOARD_ENV, buildBoard, startServer, type Credentials } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { baseUrl: string; admin: Credentials; builtBoard: string };
  }
}

export default async function setup(project: TestProject) {
  const built = await buildBoard();
  // Test files start servers of their own too: they find the build through the environment.
  process.env[BUILT_BOARD_ENV] = built;
  const server = await startServer({ demo: true, builtBoard: built });
  project.provide('stack', { baseUrl: server.baseUrl, admin: server.admin, builtBoard: built });
  return async () => {
    await server.stop();
    rmSync(built, { recursive: true, force: true });
  };
}
