import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workflowJsonSchema } from './json-schema.ts';

describe('the committed JSON Schema', () => {
  it('matches the zod schema (run `pnpm --filter @stageflow/engine schema` after changing it)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../schema/workflow-definition.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(JSON.parse(JSON.stringify(workflowJsonSchema)));
  });
});
