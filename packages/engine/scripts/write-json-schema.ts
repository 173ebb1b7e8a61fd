// Writes schema/workflow-definition.schema.json from the zod schema: `pnpm --filter @stageflow/engine schema`.
import { writeFileSync } from 'node:fs';
import { workflowJsonSchema } from '../src/json-schema.ts';

const target = new URL('../schema/workflow-definition.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(workflowJsonSchema, null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
