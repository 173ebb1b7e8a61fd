// PATCH /cards/:id: title, fields (through the engine's `edit`), assignee and position, in one
// transaction, only at the revision the client saw.
import { edit, type Fields, type PersistedCard } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import type { CardChanges } from './card.repository.ts';
import { commitCardChange, staleRevision } from './card-commit.ts';
import { etagOf } from './card-view.ts';
import { requireAssignee, requireCard, withMoves, type CardWithMoves } from './card.service.ts';
import { engineCtx, type Actor } from './engine-ctx.ts';
import { fieldsProblem } from './engine-problem.ts';
import { requireActiveUserValues } from './user-fields.ts';
import { positionFor, type PositionRequest } from './position.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { resolveRefs, syncCardRefs, touchesRefs } from '../installed-base/card-refs.ts';
import { withComputedQuote } from '../parts/card-lines.service.ts';
import { orderEditFor } from '../parts/purchase-order-open.ts';

export interface CardPatch {
  title?: string;
  fields?: Fields;
  assignee?: string | null;
  position?: PositionRequest;
}

type Change = { from: unknown; to: unknown };

/** Applies the patch; a patch that changes nothing writes nothing and keeps the revision. */
export async function editCard(
  store: Store,
  actor: Actor,
  id: string,
  ifMatch: number,
  patch: CardPatch,
  at: string,
): Promise<{ card: CardWithMoves; etag: string }> {
  return writeTransaction(store, async (trx) => {
    const card = await requireCard(trx, id);
    if (card.revision !== ifMatch) throw staleRevision(card.revision);
    const definition = await getDefinition(store, trx, card.workflow_key, card.workflow_version);
    const set: CardChanges = {};
    const changes: Record<string, Change | Record<string, Change>> = {};
    let fields = JSON.parse(card.fields) as Fields;

    if (patch.fields !== undefined) {
      const snapshot: PersistedCard = JSON.parse(card.snapshot);
      let given = await withComputedQuote(trx, definition, card.id, patch.fields);
      // A purchase order's part, supplier and quantity are its order's too.
      const order = await orderEditFor(trx, definition, card.id, snapshot.context.fields, given);
      if (order) given = order.fields;
      const result = edit(definition, snapshot, given, engineCtx(actor, at));
      if (!result.ok) throw fieldsProblem(result);
      await order?.apply(result.snapshot.context.fields);
      await requireActiveUserValues(
        trx,
        definition,
        patch.fields,
        snapshot.context.fields,
        actor.locale,
      );
      fields = result.snapshot.context.fields;
      if (Object.keys(result.changes).length > 0) {
        set.fields = JSON.stringify(result.snapshot.context.fields);
        set.snapshot = JSON.stringify(result.snapshot);
        changes.fields = result.changes;
      }
    }
    if (patch.title !== undefined && patch.title !== card.title) {
      set.title = patch.title;
      changes.title = { from: card.title, to: patch.title };
    }
    if (patch.assignee !== undefined && patch.assignee !== card.assignee_id) {
      await requireAssignee(trx, patch.assignee);
      set.assignee_id = patch.assignee;
      changes.assignee = { from: card.assignee_id, to: patch.assignee };
    }
    if (patch.position !== undefined) {
      const position = await positionFor(trx, card, patch.position);
      if (position !== card.position) {
        set.position = position;
        changes.position = { from: card.position, to: position };
      }
    }
    // Also refuses a reference to a record that does not exist (422 naming the field).
    const refs = await resolveRefs(trx, definition, fields);
    if (Object.keys(changes).length === 0) {
      return { card: withMoves(card, definition, actor, at, refs), etag: etagOf(card.revision) };
    }
    const next = await commitCardChange(trx, {
      card,
      set,
      actorId: actor.id,
      at,
      history: { kind: 'edit', changes },
      change: { kind: 'card.updated', extra: { changes: Object.keys(changes) } },
    });
    if (changes.fields && touchesRefs(definition, Object.keys(changes.fields))) {
      await syncCardRefs(trx, card.id, definition, fields);
    }
    return { card: withMoves(next, definition, actor, at, refs), etag: etagOf(next.revision) };
  });
}
