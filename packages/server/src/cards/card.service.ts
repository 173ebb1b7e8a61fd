// Cards: create, read (with the caller's moves), list, history. Edits and transitions live in
// card-edit.service.ts and transition.service.ts.
import { randomUUID } from 'node:crypto';
import {
  moves,
  slaState,
  start,
  type Fields,
  type LinkedCard,
  type PartsFacts,
  type Refs,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { stageLogOfCard } from '../sla/stage-log.query.ts';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { CardRow, Database } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { syncSearchIndex } from '../db/search-index.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { appendChange } from '../events/change-feed.ts';
import { notifyCardChange } from '../notifications/notify.ts';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { getDefinition, knownMoveTargets } from '../workflows/definition-cache.ts';
import {
  findCardForMove,
  findCardRow,
  insertCardRow,
  isActiveUser,
  type CardForMove,
} from './card.repository.ts';
import { requireActiveUserValues } from './user-fields.ts';
import { insertOrder, newOrderFor } from '../parts/purchase-order-open.ts';
import { appendHistory, listHistoryRows } from './history.repository.ts';
import type { CardDetail, HistoryChanges, HistoryEntry } from '@stageflow/api';
import { compactFromRow, etagOf, toCardDto } from './card-view.ts';
import { engineCtx, type Actor } from './engine-ctx.ts';
import { fieldsProblem } from './engine-problem.ts';
import { positionAtEnd } from './position.ts';
import { requestHash, runIdempotent, type IdempotentResult } from './idempotency.ts';
import { listCardRows, type CardListFilter } from './card-list.query.ts';
import { syncCardTimers } from '../timers/card-timers.ts';
import { createdClocksText } from '../sla/sla-clocks.ts';
import { resolveRefs, syncCardRefs } from '../installed-base/card-refs.ts';
import { partsFactsForStage } from '../parts/parts-effects.ts';
import { linkedCardsOf, readsLinks } from '../links/linked-cards.ts';

export type CardWithMoves = CardDetail;

/** `links`: the linked cards, for a definition whose guards read them (see links/). */
export function withMoves(
  row: CardRow,
  definition: WorkflowDefinition,
  actor: Actor,
  now: string,
  refs: Refs = {},
  parts?: PartsFacts,
  links?: LinkedCard[],
): CardWithMoves {
  const card = toCardDto(row, now);
  const ctx = engineCtx(actor, now, refs, parts);
  if (links) ctx.links = links;
  return { ...card, refs, moves: moves(definition, card.snapshot, ctx) };
}

export async function requireCard(db: Kysely<Database>, id: string): Promise<CardRow> {
  const row = await findCardRow(db, id);
  if (!row) throw new HttpProblem(404, 'card-not-found', say('cards.notFound', { id }));
  return row;
}

/** requireCard for a move named `event`, with the end of its target column (findCardForMove). */
export async function requireCardForMove(
  store: Store,
  db: Kysely<Database>,
  id: string,
  event: string,
): Promise<CardForMove> {
  const found = await findCardForMove(db, id, knownMoveTargets(store, event));
  if (!found) throw new HttpProblem(404, 'card-not-found', say('cards.notFound', { id }));
  return found;
}

export async function requireAssignee(db: Kysely<Database>, id: string | null | undefined) {
  if (id === null || id === undefined) return;
  if (!(await isActiveUser(db, id))) {
    throw new HttpProblem(422, 'unknown-assignee', say('cards.unknownAssignee', { id }), {
      field: 'assignee',
    });
  }
}

export async function getCard(store: Store, id: string, actor: Actor, now: string) {
  const row = await requireCard(store.db, id);
  const definition = await getDefinition(store, store.db, row.workflow_key, row.workflow_version);
  const refs = await resolveRefs(store.db, definition, JSON.parse(row.fields) as Fields);
  const stageLog = await stageLogOfCard(store.db, id);
  const parts = await partsFactsForStage(store.db, definition, row);
  const links = readsLinks(definition)
    ? await linkedCardsOf(store, store.db, id, actor.locale ?? undefined)
    : undefined;
  // The SLA as of `now`, from history and the card's definition (null without a policy).
  return {
    ...withMoves(row, definition, actor, now, refs, parts, links),
    stageLog,
    sla: slaState(definition, stageLog, now),
  };
}

export async function listCards(store: Store, filter: CardListFilter) {
  if (filter.q !== undefined && filter.q !== '') await syncSearchIndex(store);
  const { rows, nextCursor } = await listCardRows(store.db, store.adapter, filter);
  return { cards: rows.map((row) => toCardDto(row, filter.now)), nextCursor };
}

export async function cardHistory(store: Store, id: string): Promise<HistoryEntry[]> {
  await requireCard(store.db, id);
  const rows = await listHistoryRows(store.db, id);
  return rows.map((r) => ({
    revision: r.revision,
    at: r.at,
    actorId: r.actor_id,
    kind: r.kind,
    event: r.event,
    fromStage: r.from_stage,
    toStage: r.to_stage,
    changes: JSON.parse(r.changes) as HistoryChanges,
  }));
}

export interface NewCardInput {
  workflow: string;
  title: string;
  fields?: Fields;
  assignee?: string | null;
}

export async function createCard(
  store: Store,
  actor: Actor,
  input: NewCardInput,
  options: { idempotencyKey?: string; at: string },
): Promise<IdempotentResult> {
  const { at } = options;
  const hash = requestHash('POST', '/cards', input);
  return runIdempotent(
    store,
    { userId: actor.id, key: options.idempotencyKey, hash, at },
    async (trx) => {
      const { row, definition, refs } = await insertNewCard(store, trx, actor, input, at);
      return { status: 201, body: withMoves(row, definition, actor, at, refs), etag: etagOf(1) };
    },
  );
}

/**
 * Creates a card inside the caller's transaction: the row, its timers and references, its history
 * and change rows. `parent`: the card whose move spawned it (recorded in the history).
 */
export async function insertNewCard(
  store: Store,
  trx: WriteTx,
  actor: Actor,
  input: NewCardInput,
  at: string,
  parent?: { card: string; event: string },
): Promise<{ row: CardRow; definition: WorkflowDefinition; refs: Refs }> {
  const workflow = await findWorkflowRow(trx, input.workflow);
  if (!workflow) {
    throw new HttpProblem(
      422,
      'workflow-not-found',
      say('workflows.notFound', { key: input.workflow }),
      {
        field: 'workflow',
      },
    );
  }
  const definition = await getDefinition(store, trx, workflow.key, workflow.latest_version);
  // A purchase-order card gets its order (part, supplier) with it; its fields come normalized.
  const order = await newOrderFor(trx, definition, input.fields ?? {});
  const fields = order?.fields ?? input.fields ?? {};
  const refs = await resolveRefs(trx, definition, fields);
  const result = start(definition, fields, engineCtx(actor, at, refs));
  if (!result.ok) throw fieldsProblem(result);
  await requireActiveUserValues(trx, definition, fields, {}, actor.locale);
  await requireAssignee(trx, input.assignee);
  const row: CardRow = {
    id: randomUUID(),
    workflow_key: workflow.key,
    workflow_version: workflow.latest_version,
    stage: result.stage,
    title: input.title,
    fields: JSON.stringify(result.snapshot.context.fields),
    snapshot: JSON.stringify(result.snapshot),
    assignee_id: input.assignee ?? null,
    position: await positionAtEnd(trx, workflow.key, result.stage),
    entered_at: result.snapshot.context.enteredAt,
    due_at: result.dueAt,
    sla_clocks: createdClocksText(definition, workflow.latest_version, {
      stage: result.stage,
      at: result.snapshot.context.enteredAt,
    }),
    revision: 1,
    created_by: actor.id,
    created_at: at,
    updated_at: at,
  };
  await insertCardRow(trx, row);
  if (order) await insertOrder(trx, row.id, order, result.snapshot.context.fields.quantity, at);
  await syncCardTimers(trx, definition, row, null);
  await syncCardRefs(trx, row.id, definition, result.snapshot.context.fields);
  await appendHistory(trx, {
    card_id: row.id,
    revision: 1,
    at,
    actor_id: actor.id,
    kind: 'created',
    event: null,
    from_stage: null,
    to_stage: row.stage,
    changes: JSON.stringify({
      title: { from: null, to: row.title },
      fields: result.changes,
      ...(row.assignee_id ? { assignee: { from: null, to: row.assignee_id } } : {}),
      ...(parent ? { parent } : {}),
    }),
  });
  await appendChange(trx, {
    at,
    kind: 'card.created',
    workflowKey: row.workflow_key,
    cardId: row.id,
    payload: { actorId: actor.id, card: compactFromRow(row, at) },
  });
  await notifyCardChange(trx, null, row, actor.id, at);
  return { row, definition, refs };
}
