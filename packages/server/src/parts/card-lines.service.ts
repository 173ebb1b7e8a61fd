// A card's parts lines: read, add, remove. A line is part of the card: each change is a card edit
// (revision + 1, a history row, a change on the feed) and recomputes the quote — parts the
// customer pays for plus labour — in the same transaction.
import { randomUUID } from 'node:crypto';
import type { CardParts } from '@stageflow/api';
import {
  edit,
  isOpenStage,
  type Fields,
  type PersistedCard,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { CardRow } from '../db/schema.ts';
import { lockNames, writeTransaction, type WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { commitCardChange } from '../cards/card-commit.ts';
import { requireCard } from '../cards/card.service.ts';
import { engineCtx, type Actor } from '../cards/engine-ctx.ts';
import { fieldsProblem } from '../cards/engine-problem.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { allocateBackorders } from './allocate.ts';
import {
  factsOf,
  linesOfCard,
  partsTotalCents,
  toPartLine,
  type LineWithPart,
} from './card-parts.repository.ts';
import { fromCents, toCents } from './money.ts';
import { findPartByIdOrSku } from './part.repository.ts';
import { partLock } from './purchase-order-open.ts';
import type { PartLineBody } from './parts.schemas.ts';
import { reorderIfLow } from './reorder.ts';
import { tryReserve, unreserve } from './stock.ts';

/** Cards of this workflow carry parts lines (a transition reserves, consumes or releases them). */
export function hasPartsLines(definition: WorkflowDefinition): boolean {
  return definition.transitions.some((t) => t.parts && t.parts !== 'receive');
}

/** The quote is computed (parts + labour) where the workflow has both fields. */
export function quotedFromParts(definition: WorkflowDefinition): boolean {
  const has = (key: string) => definition.fields.some((f) => f.key === key && f.type === 'money');
  return hasPartsLines(definition) && has('quoteAmount') && has('labour');
}

/** The quote for `labour` plus the card's parts (warranty lines cost the customer nothing). */
export async function quoteFor(db: WriteTx, cardId: string, labour: unknown): Promise<number> {
  const parts = partsTotalCents(await linesOfCard(db, cardId));
  return fromCents(parts + toCents(typeof labour === 'number' ? labour : 0));
}

/**
 * A card edit that changes labour also changes the quote (parts + labour) once the card has parts
 * lines; without any, the quote is whatever the person typed.
 */
export async function withComputedQuote(
  trx: WriteTx,
  definition: WorkflowDefinition,
  cardId: string,
  fields: Fields,
): Promise<Fields> {
  if (!('labour' in fields) || !quotedFromParts(definition)) return fields;
  const lines = (await linesOfCard(trx, cardId)).filter((l) => l.status !== 'released');
  if (lines.length === 0) return fields;
  const labour = toCents(typeof fields.labour === 'number' ? fields.labour : 0);
  return { ...fields, quoteAmount: fromCents(partsTotalCents(lines) + labour) };
}

export function cardPartsView(lines: LineWithPart[], revision: number): CardParts {
  const live = lines.filter((l) => l.status !== 'released');
  const claim = live
    .filter((l) => l.warranty === 1)
    .reduce((sum, l) => sum + l.cost_cents * l.quantity, 0);
  return {
    lines: lines.map(toPartLine),
    partsTotal: fromCents(partsTotalCents(lines)),
    warrantyClaim: fromCents(claim),
    short: factsOf(lines).short,
    revision,
  };
}

export async function getCardParts(store: Store, cardId: string): Promise<CardParts> {
  const card = await requireCard(store.db, cardId);
  return cardPartsView(await linesOfCard(store.db, cardId), card.revision);
}

async function openCardWithParts(store: Store, trx: WriteTx, cardId: string) {
  const card = await requireCard(trx, cardId);
  const definition = await getDefinition(store, trx, card.workflow_key, card.workflow_version);
  if (!hasPartsLines(definition)) {
    throw new HttpProblem(
      422,
      'no-parts-lines',
      say('parts.noPartsHere', { workflow: definition.name }),
    );
  }
  if (!isOpenStage(definition, card.stage)) {
    throw new HttpProblem(409, 'card-finished', say('parts.cardFinished'));
  }
  return { card, definition };
}

/**
 * Parts were ordered for this card, so a new line is reserved at once (or waits as backordered)
 * rather than sitting on the quote: it has ordered lines, or its stage lies on or after the entry
 * of a move that reserves (Awaiting parts, and the bench, QC and pickup after it).
 */
function partsOrdered(definition: WorkflowDefinition, card: CardRow, lines: LineWithPart[]) {
  if (lines.some((l) => l.status === 'reserved' || l.status === 'backordered')) return true;
  const reached = new Set(
    definition.transitions.filter((t) => t.parts === 'reserve').map((t) => t.to),
  );
  for (const stage of reached) {
    for (const t of definition.transitions) {
      const from = t.from === '*' ? [] : typeof t.from === 'string' ? [t.from] : t.from;
      if (from.includes(stage) && isOpenStage(definition, t.to)) reached.add(t.to);
    }
  }
  return reached.has(card.stage);
}

export async function addPartLine(
  store: Store,
  actor: Actor,
  cardId: string,
  body: PartLineBody,
  at: string,
): Promise<CardParts> {
  return writeTransaction(store, async (trx) => {
    const { card, definition } = await openCardWithParts(store, trx, cardId);
    const part = await findPartByIdOrSku(trx, body.part);
    if (!part) {
      throw new HttpProblem(422, 'unknown-part', say('parts.unknownPart', { part: body.part }), {
        field: 'part',
      });
    }
    if (part.archived_at) {
      throw new HttpProblem(422, 'part-archived', say('parts.partArchived', { sku: part.sku }), {
        field: 'part',
      });
    }
    // Deleting the part waits for this line (deletePart holds the lock exclusive).
    await lockNames(trx, [partLock(part.id)], 'shared');
    const ordered = partsOrdered(definition, card, await linesOfCard(trx, cardId));
    const reserved = ordered && (await tryReserve(trx, part.id, body.quantity, at));
    await trx
      .insertInto('card_parts')
      .values({
        id: randomUUID(),
        card_id: cardId,
        part_id: part.id,
        quantity: body.quantity,
        price_cents: body.price === undefined ? part.price_cents : toCents(body.price),
        cost_cents: part.cost_cents,
        warranty: body.warranty ? 1 : 0,
        status: ordered ? (reserved ? 'reserved' : 'backordered') : 'draft',
        created_at: at,
        updated_at: at,
      })
      .execute();
    if (ordered) await reorderIfLow(store, trx, [part.id], at);
    const change = { change: 'added' as const, sku: part.sku, quantity: body.quantity };
    return commitLines(trx, actor, card, definition, change, at);
  });
}

export async function removePartLine(
  store: Store,
  actor: Actor,
  cardId: string,
  lineId: string,
  at: string,
): Promise<CardParts> {
  return writeTransaction(store, async (trx) => {
    const { card, definition } = await openCardWithParts(store, trx, cardId);
    const line = (await linesOfCard(trx, cardId)).find((l) => l.id === lineId);
    if (!line)
      throw new HttpProblem(404, 'line-not-found', say('parts.lineNotFound', { id: lineId }));
    if (line.status === 'consumed') {
      throw new HttpProblem(409, 'line-consumed', say('parts.lineConsumed'));
    }
    await trx.deleteFrom('card_parts').where('id', '=', lineId).execute();
    if (line.status === 'reserved') {
      await unreserve(trx, line.part_id, line.quantity, at);
      await allocateBackorders(trx, [line.part_id], at);
    }
    const change = { change: 'removed' as const, sku: line.sku, quantity: line.quantity };
    return commitLines(trx, actor, card, definition, change, at);
  });
}

/** The card edit a line change is: the recomputed quote, the history row, the feed's change. */
async function commitLines(
  trx: WriteTx,
  actor: Actor,
  card: CardRow,
  definition: WorkflowDefinition,
  change: { change: 'added' | 'removed'; sku: string; quantity: number },
  at: string,
): Promise<CardParts> {
  const fields = JSON.parse(card.fields) as Fields;
  let set: { fields?: string; snapshot?: string } = {};
  let fieldChanges = {};
  if (quotedFromParts(definition)) {
    const quoteAmount = await quoteFor(trx, card.id, fields.labour);
    const snapshot = JSON.parse(card.snapshot) as PersistedCard;
    const result = edit(definition, snapshot, { quoteAmount }, engineCtx(actor, at));
    if (!result.ok) throw fieldsProblem(result);
    if (Object.keys(result.changes).length > 0) {
      set = {
        fields: JSON.stringify(result.snapshot.context.fields),
        snapshot: JSON.stringify(result.snapshot),
      };
      fieldChanges = { fields: result.changes };
    }
  }
  const next = await commitCardChange(trx, {
    card,
    set,
    actorId: actor.id,
    at,
    history: { kind: 'edit', changes: { ...fieldChanges, parts: [change] } },
    change: { kind: 'card.updated', extra: { changes: ['parts', ...Object.keys(fieldChanges)] } },
  });
  return cardPartsView(await linesOfCard(trx, card.id), next.revision);
}

/** Open cards of a workflow with parts lines, and which of their lines still wait for stock. */
export async function partsReadiness(store: Store, workflow: string) {
  const rows = await store.db
    .selectFrom('card_parts')
    .innerJoin('cards', 'cards.id', 'card_parts.card_id')
    .innerJoin('parts', 'parts.id', 'card_parts.part_id')
    .selectAll('card_parts')
    .select(['parts.sku', 'parts.name'])
    .where('cards.workflow_key', '=', workflow)
    .where('card_parts.status', 'in', ['draft', 'backordered', 'reserved'])
    .orderBy('card_parts.created_at')
    .execute();
  const byCard = new Map<string, LineWithPart[]>();
  for (const row of rows) byCard.set(row.card_id, [...(byCard.get(row.card_id) ?? []), row]);
  return {
    cards: Object.fromEntries([...byCard].map(([id, lines]) => [id, factsOf(lines)])),
  };
}
