// The three rows every accepted card change writes, inside the caller's transaction: the card
// (revision + 1, only if nobody moved it on), its history row, its change-feed row.
import { adapterOf, changeTableFor, onRefused, type WriteTx } from '../db/transaction.ts';
import type { CardRow, ChangeKind, HistoryKind } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { appendChange, type NewChange } from '../events/change-feed.ts';
import { moveCardWithRows } from './card-move.repository.ts';
import { notifyCardChange } from '../notifications/notify.ts';
import { moveCardIfRevision, updateCardIfRevision, type CardChanges } from './card.repository.ts';
import { appendHistory } from './history.repository.ts';
import { compactFromRow, etagOf } from './card-view.ts';

export interface CardCommit {
  card: CardRow;
  set: CardChanges;
  /** `set` holds exactly a move's columns (MovedCard): write it with the fixed move statement. */
  asMove?: boolean;
  actorId: string;
  at: string;
  history: { kind: HistoryKind; event?: string | null; changes: Record<string, unknown> };
  change: { kind: ChangeKind; extra?: Record<string, unknown> };
}

export function staleRevision(current?: number): HttpProblem {
  return new HttpProblem(
    412,
    'stale-revision',
    current === undefined ? say('cards.stale') : say('cards.staleAt', { revision: current }),
    current === undefined ? {} : { currentRevision: current },
    current === undefined ? {} : { ETag: etagOf(current) },
  );
}

export async function commitCardChange(trx: WriteTx, commit: CardCommit): Promise<CardRow> {
  const { card, at } = commit;
  const next: CardRow = { ...card, ...commit.set, updated_at: at, revision: card.revision + 1 };
  const history = {
    card_id: card.id,
    revision: next.revision,
    at,
    actor_id: commit.actorId,
    kind: commit.history.kind,
    event: commit.history.event ?? null,
    from_stage: card.stage,
    to_stage: next.stage,
    changes: JSON.stringify(commit.history.changes),
  };
  const change: NewChange = {
    at,
    kind: commit.change.kind,
    workflowKey: card.workflow_key,
    cardId: card.id,
    payload: {
      ...commit.change.extra,
      actorId: commit.actorId,
      card: compactFromRow(next, at),
      // What the card was, so a board holding only counts and a window of it can move its counts
      // and money totals (fields only when they changed).
      before: {
        stage: card.stage,
        ...(commit.set.fields !== undefined && commit.set.fields !== card.fields
          ? { fields: JSON.parse(card.fields) as unknown }
          : {}),
      },
    },
  };
  if (commit.asMove && adapterOf(trx)?.writableCtes && changeTableFor(trx) === 'change_outbox') {
    // A stale revision makes the statement refuse (SF412), here or — as it may wait for the
    // transaction's next statement or COMMIT — there; writeTransaction (the only place this
    // branch runs: adapterOf is undefined outside it) answers the refusal with staleRevision().
    onRefused(trx, () => staleRevision());
    await moveCardWithRows(trx, {
      id: card.id,
      expectedRevision: card.revision,
      set: next,
      fieldsBefore: card.fields,
      history,
      change,
    });
  } else {
    const written = commit.asMove
      ? await moveCardIfRevision(trx, card.id, card, next)
      : await updateCardIfRevision(trx, card.id, card.revision, { ...commit.set, updated_at: at });
    if (!written) throw staleRevision();
    await appendHistory(trx, history);
    await appendChange(trx, change);
  }
  // A version migration moves cards in bulk for the workflow's sake, not anyone's work: no inbox.
  if (commit.history.kind !== 'migration') {
    await notifyCardChange(trx, card, next, commit.actorId, at);
  }
  return next;
}
