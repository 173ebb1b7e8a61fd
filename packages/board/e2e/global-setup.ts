// Once per e2e run: build the board, start one real server, hand its address to the tests.
import type { TestProject } from 'vitest/node';
import { buildBoard, startServer, type Credentials } from './harness.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: { baseUrl: string; admin: Credentials };
  }
}

export default async function setup(project: TestProject) {
  await buildBoard();
  const server = await startServer({ demo: true });
  project.provide('stack', { baseUrl: server.baseUrl, admin: server.admin });
  return async () => {
    await server.stop();
  };
}
