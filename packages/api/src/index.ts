// @stageflow/api — the shape of every response body the server sends, as zod schemas.
// The server builds its OpenAPI document from them and its tests parse real responses with them;
// the board imports the types (`import type`) and checks only the live feed at runtime.
export * from './time.ts';
export * from './cards.ts';
export * from './board.ts';
export * from './users.ts';
export * from './workflows.ts';
export * from './changes.ts';
export * from './problem.ts';
export * from './health.ts';
