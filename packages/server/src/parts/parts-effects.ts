// The parts side of a card's move, in the card's write transaction. The engine names the action
// (`{ type: 'parts', action }`, from the transition's `parts`); this applies it to the card's lines
// and to stock. Moves of workflows without parts cost nothing here: no effect, no query.
import type { Effect, Fields, PartsFacts, WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { CardRow } from '../db/schema.ts';
import type { WriteTx } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList } from '../i18n/translate.ts';
import { allocateBackorders } from './allocate.ts';
import { factsOf, linesOfCard, setLineStatus, UNRESERVED } from './card-parts.repository.ts';
import { receiveGoods } from './purchase-order.service.ts';
import { reorderIfLow } from './reorder.ts';
import { consumeReserved, tryConsumeFree, tryReserve, unreserve } from './stock.ts';

/** True when a transition out of `stages` is guarded by `{ parts: "inStock" }`. */
export function guardsReadParts(
  definition: WorkflowDefinition,
  select: (t: WorkflowDefinition['transitions'][number]) => boolean,
): boolean {
  return definition.transitions.some((t) => select(t) && t.guard && readsParts(t.guard));
}

function readsParts(c: object): boolean {
  if ('parts' in c) return true;
  if ('all' in c) return (c.all as object[]).some(readsParts);
  if ('any' in c) return (c.any as object[]).some(readsParts);
  if ('not' in c) return readsParts(c.not as object);
  return false;
}

/** The card's parts facts when making `event` needs them, else undefined (no query). */
export async function partsFactsForEvent(
  trx: WriteTx,
  definition: WorkflowDefinition,
  cardId: string,
  event: string,
): Promise<PartsFacts | undefined> {
  if (!guardsReadParts(definition, (t) => t.event === event)) return undefined;
  return factsOf(await linesOfCard(trx, cardId));
}

/** The card's parts facts when a move out of its stage needs them (for its list of moves). */
export async function partsFactsForStage(
  trx: WriteTx,
  definition: WorkflowDefinition,
  card: { id: string; stage: string },
): Promise<PartsFacts | undefined> {
  const fromStage = (t: WorkflowDefinition['transitions'][number]) =>
    t.from === '*' ||
    t.from === card.stage ||
    (Array.isArray(t.from) && t.from.includes(card.stage));
  if (!guardsReadParts(definition, fromStage)) return undefined;
  return factsOf(await linesOfCard(trx, card.id));
}

export interface PartsMove {
  card: CardRow;
  definition: WorkflowDefinition;
  effects: Effect[];
  /** The values given with the move (a receipt's `receivedNow`). */
  given: Fields | undefined;
  at: string;
}

/** Applies the move's parts action, if it has one. Throws (rolling the move back) when it cannot. */
export async function applyPartsEffects(
  store: Store,
  trx: WriteTx,
  move: PartsMove,
): Promise<void> {
  for (const effect of move.effects) {
    if (effect.type !== 'parts') continue;
    const { card, at } = move;
    switch (effect.action) {
      case 'reserve':
        await reorderIfLow(store, trx, await reserveLines(trx, card.id, at), at);
        break;
      case 'consume':
        await reorderIfLow(store, trx, await consumeLines(trx, card.id, at), at);
        break;
      case 'release': {
        const freed = await releaseLines(trx, card.id, at);
        await allocateBackorders(trx, freed, at);
        if (move.definition.transitions.some((t) => t.parts === 'receive')) {
          await closePurchaseOrder(trx, card.id);
        }
        break;
      }
      case 'receive':
        await receiveGoods(store, trx, card, move.given?.receivedNow, at);
        break;
    }
  }
}

/** Reserves every line not yet reserved; a line short of stock waits as ordered (backordered). */
async function reserveLines(trx: WriteTx, cardId: string, at: string): Promise<string[]> {
  const touched: string[] = [];
  for (const line of await linesOfCard(trx, cardId)) {
    if (!UNRESERVED.includes(line.status)) continue;
    const reserved = await tryReserve(trx, line.part_id, line.quantity, at);
    await setLineStatus(trx, line.id, reserved ? 'reserved' : 'backordered', at);
    touched.push(line.part_id);
  }
  return touched;
}

/** Takes the card's parts off the shelf; refuses the move when a line's part is not in stock. */
async function consumeLines(trx: WriteTx, cardId: string, at: string): Promise<string[]> {
  const touched: string[] = [];
  const missing: string[] = [];
  for (const line of await linesOfCard(trx, cardId)) {
    if (line.status === 'reserved') {
      await consumeReserved(trx, line.part_id, line.quantity, at);
    } else if (UNRESERVED.includes(line.status)) {
      if (!(await tryConsumeFree(trx, line.part_id, line.quantity, at))) {
        missing.push(`${line.quantity} × ${line.name} (${line.sku})`);
        continue;
      }
    } else continue;
    await setLineStatus(trx, line.id, 'consumed', at);
    touched.push(line.part_id);
  }
  if (missing.length > 0) {
    throw new HttpProblem(
      409,
      'parts-not-in-stock',
      say('parts.notInStockToConsume', { parts: sayList(missing, 'conjunction') }),
    );
  }
  return touched;
}

/** Gives back what the card reserved and drops its other lines; returns the parts freed. */
async function releaseLines(trx: WriteTx, cardId: string, at: string): Promise<string[]> {
  const freed: string[] = [];
  for (const line of await linesOfCard(trx, cardId)) {
    if (line.status === 'consumed' || line.status === 'released') continue;
    if (line.status === 'reserved') {
      await unreserve(trx, line.part_id, line.quantity, at);
      freed.push(line.part_id);
    }
    await setLineStatus(trx, line.id, 'released', at);
  }
  return freed;
}

async function closePurchaseOrder(trx: WriteTx, cardId: string): Promise<void> {
  await trx.updateTable('purchase_orders').set({ open: 0 }).where('card_id', '=', cardId).execute();
}
