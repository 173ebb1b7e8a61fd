// @stageflow/api — the shape of every response body the server sends, as zod schemas.
// The server builds its OpenAPI document from them and its tests parse real responses with them;
// the board's client types every answer by them and checks it, and checks the live feed with them.
export * from './time.ts';
export * from './cards.ts';
export * from './board.ts';
export * from './users.ts';
export * from './workflows.ts';
export * from './changes.ts';
export * from './problem.ts';
export * from './health.ts';
export * from './comments.ts';
export * from './attachments.ts';
export * from './notifications.ts';
export * from './webhooks.ts';
export * from './forms.ts';
export * from './surveys.ts';
export * from './installed-base.ts';
export * from './reports.ts';
export * from './parts.ts';
export * from './links.ts';
