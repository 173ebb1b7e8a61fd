// fast-check is a devDependency of @stageflow/engine, not (yet) of @stageflow/server, and pnpm
// does not hoist it. Until the server lists it, the fault tests borrow the engine's copy here.
// Once `fast-check` is in packages/server/package.json this file becomes:
//   export { default as fc } from 'fast-check';
export { default as fc } from '../../../../engine/node_modules/fast-check/lib/fast-check.js';
