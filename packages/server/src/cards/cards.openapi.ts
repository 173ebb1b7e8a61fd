// The /cards operations as the OpenAPI document shows them.
import { CardDetail, CardHistory, CardList } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { CardListQuery, NewCardBody, PatchCardBody, TransitionBody } from './card.schemas.ts';

const tags = ['Cards'];
const writers = ['admin', 'manager'] as const;
const ifMatch = { 'If-Match': 'The revision the client saw, as the ETag: "3". Required.' };
const idempotency = {
  'Idempotency-Key': 'Optional. The same key (per user) replays the first successful response.',
};

export function registerCardOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/cards',
    summary: 'List cards',
    description:
      'Filters combine. `q` searches the title and field values (case-insensitive); `assignee=me` is the caller; `overdue=true` the cards past their stage deadline. Ordered by creation; pass `nextCursor` back as `cursor` for the next page.',
    tags,
    auth: 'user',
    query: CardListQuery,
    responses: {
      200: { description: 'A page of full cards', schema: CardList },
      400: { description: 'Bad filter or cursor' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/cards',
    summary: 'Create a card',
    description:
      "The card starts in the initial stage of the latest version, at the end of its column. A purchase-order card (its workflow receives goods) gets its order at once: `part` names the part (SKU or id), `quantity` the units, `supplier` a supplier (name or id; the part's own when empty), so the part counts as on order.",
    tags,
    auth: writers,
    body: NewCardBody,
    headers: idempotency,
    responses: {
      201: {
        description: 'The card with its moves; ETag and Location headers',
        schema: CardDetail,
      },
      403: { description: 'Viewers cannot create cards' },
      422: {
        description:
          'Unknown workflow, missing or invalid fields, unknown assignee; for a purchase order an unknown or archived part or supplier',
      },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/cards/:id',
    summary: 'A card, the moves the caller can make, and its SLA state',
    tags,
    auth: 'user',
    responses: {
      200: {
        description:
          'Card + moves + stageLog (stages entered, from history) + sla (the workflow policy\'s targets as of now: elapsed business time, ok/warning/breached, breachAt, clock running/paused/stopped; null without a policy); ETag: "<revision>"',
        schema: CardDetail,
      },
      404: { description: 'No such card' },
    },
  });
  registerOperation({
    method: 'patch',
    path: '/api/cards/:id',
    summary: 'Edit title, fields, assignee or position',
    description:
      'position: `{ after: cardId }` puts the card right after another card of its column, `{ before: cardId }` right before one, both = between them, `{ after: null }` = top, `{}` or `{ before: null }` = bottom.',
    tags,
    auth: writers,
    body: PatchCardBody,
    headers: ifMatch,
    responses: {
      200: { description: 'The card; new ETag', schema: CardDetail },
      404: { description: 'No such card' },
      412: { description: 'The card changed since that revision' },
      422: { description: 'A field value does not fit, or a bad position' },
      428: { description: 'If-Match missing' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/cards/:id/transitions',
    summary: 'Move a card (the engine decides)',
    tags,
    auth: writers,
    body: TransitionBody,
    headers: { ...ifMatch, ...idempotency },
    responses: {
      200: { description: 'The moved card with its new moves; new ETag', schema: CardDetail },
      403: { description: 'The transition is limited to other roles' },
      404: { description: 'No such card' },
      409: {
        description:
          "The engine refused: detail is its sentence, with currentStage and moves; or the move's effect on a linked card was refused (linked-card-refused: a spawned card's fields, or a required signal)",
      },
      412: { description: 'The card changed since that revision' },
      422: {
        description:
          'A value given with the move is malformed, or the Idempotency-Key was used for another request',
      },
      428: { description: 'If-Match missing' },
    },
  });
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/history',
    summary: 'Every recorded change of a card, by revision',
    tags,
    auth: 'user',
    responses: {
      200: { description: 'Every revision, oldest first', schema: CardHistory },
      404: { description: 'No such card' },
    },
  });
}
