// The definition format as JSON Schema, for editors and the API docs (committed under schema/).
import { z } from 'zod';
import { WorkflowDefinition } from './definition.schema.ts';

export const workflowJsonSchema = z.toJSONSchema(WorkflowDefinition, { target: 'draft-2020-12' });
