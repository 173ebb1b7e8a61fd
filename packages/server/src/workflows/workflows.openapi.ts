// The /workflows operations as the OpenAPI document shows them.
import {
  MigrationReport,
  PublishedVersion,
  ValidationReport,
  WorkflowDetail,
  WorkflowList,
} from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { DefinitionBody, MigrationBody } from './workflow.schemas.ts';

const tags = ['Workflows'];

export function registerWorkflowOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/workflows',
    summary: 'Every workflow with its latest definition',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'Every workflow with its latest definition', schema: WorkflowList },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/workflows',
    summary: 'Create a workflow (published as version 1)',
    tags,
    auth: ['admin'],
    body: DefinitionBody,
    responses: {
      201: { description: 'The published version', schema: PublishedVersion },
      403: { description: 'Admins only' },
      409: { description: 'A workflow with that key exists' },
      422: { description: 'The definition has problems (listed in `problems`)' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/workflows/:key',
    summary: 'The latest definition and the list of versions',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'Workflow', schema: WorkflowDetail },
      404: { description: 'No such workflow' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/workflows/:key/versions/:version',
    summary: 'One published version',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'Version', schema: PublishedVersion },
      404: { description: 'No such workflow or version' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/workflows/:key/validate',
    summary: 'Dry run of a publish: problems, migration plan and stranded cards',
    tags,
    auth: ['admin'],
    body: DefinitionBody,
    responses: {
      200: { description: 'What publishing this draft would do', schema: ValidationReport },
      403: { description: 'Admins only' },
    },
  });
  registerOperation({
    method: 'put',
    path: '/api/workflows/:key',
    summary: "Publish a new version (latest + 1; the body's version is ignored)",
    description: 'Cards stay on the version they were created with until migrated.',
    tags,
    auth: ['admin'],
    body: DefinitionBody,
    responses: {
      200: { description: 'The published version', schema: PublishedVersion },
      403: { description: 'Admins only' },
      404: { description: 'No such workflow' },
      409: { description: 'Another version was published meanwhile' },
      422: { description: 'The definition has problems (listed in `problems`)' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/workflows/:key/migrations',
    summary: 'Move every card of one version onto another, all or nothing',
    description:
      'stageMap maps old stage keys to new ones; every stage holding cards that the new version lacks must be mapped.',
    tags,
    auth: ['admin'],
    body: MigrationBody,
    responses: {
      200: { description: 'How many cards moved where', schema: MigrationReport },
      403: { description: 'Admins only' },
      404: { description: 'No such workflow or version' },
      422: {
        description: 'A removed stage is unmapped, a bad stage map, or values that do not fit',
      },
    },
  });
}
