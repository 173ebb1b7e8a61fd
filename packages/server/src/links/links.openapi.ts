// The linked-work operation as the OpenAPI document shows it.
import { CardLinks } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';

export function registerLinkOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/links',
    summary: 'The cards linked to a card: the parent that spawned it and the children it spawned',
    description:
      "A transition's `effects` spawn linked cards in other workflows (`spawn`) and move the parent when a child finishes (`signal`). Each linked card comes with its workflow, stage and stage category, named in the caller's language.",
    tags: ['Cards'],
    auth: 'user',
    responses: {
      200: { description: 'Parents first, then children', schema: CardLinks },
      404: { description: 'No such card' },
    },
  });
}
