// @stageflow/api — the shape of every response body the server sends, as zod schemas.
// The server builds its OpenAPI document from them and its tests parse real responses with them;
// the board is meant to import the types and check the live feed with them (not done yet: its
// own card shape in api/normalize.ts still stands).
export * from './time.ts';
export * from './cards.ts';
export * from './board.ts';
export * from './users.ts';
export * from './workflows.ts';
export * from './changes.ts';
export * from './problem.ts';
export * from './health.ts';
export * from './links.ts';
