// Column counts and money totals without reading 100,000 cards per board: each process keeps the
// summaries it computed at some change-feed seq, and brings them up to the seq a board is read at
// by applying the changes in between (each says what the card is and what it was before). The
// change feed is shared by every process, so a summary is right whoever made the change.
// Anything the deltas cannot follow (a publish, a migration, a change without `before`, a long
// gap) recomputes from the cards.
import type { Fields } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { readChangesAfter } from '../events/change-feed.ts';
import { stageSummaries, type StageSummary } from './board.query.ts';

/** More changes than this since the cached seq: recomputing is cheaper than catching up. */
const MAX_CATCH_UP = 2000;

interface Cached {
  seq: number;
  moneyKey: string | undefined;
  stages: Map<string, StageSummary>;
}

const caches = new WeakMap<Store, Map<string, Cached>>();

interface CardState {
  stage: string;
  version?: number;
  fields?: Fields;
}

function amountOf(fields: Fields | undefined, moneyKey: string | undefined): number {
  const value = moneyKey && fields ? fields[moneyKey] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function add(stages: Map<string, StageSummary>, card: CardState, sign: 1 | -1, moneyKey?: string) {
  const s = stages.get(card.stage) ?? { stage: card.stage, version: 0, count: 0, amount: 0 };
  const amount = amountOf(card.fields, moneyKey);
  stages.set(card.stage, {
    stage: card.stage,
    version: Math.max(s.version, card.version ?? 0),
    count: s.count + sign,
    amount: (s.amount ?? 0) + sign * amount,
  });
}

/** The cached summaries moved to `seq`, or null when the changes in between cannot be followed. */
async function catchUp(
  db: Kysely<Database>,
  workflowKey: string,
  cached: Cached,
  seq: number,
): Promise<Map<string, StageSummary> | null> {
  const changes = await readChangesAfter(db, cached.seq, MAX_CATCH_UP + 1);
  if (changes.length > MAX_CATCH_UP) return null;
  const stages = new Map(cached.stages);
  for (const change of changes) {
    if (change.seq > seq) break;
    if (change.workflowKey !== workflowKey) continue;
    if (change.kind === 'workflow.published' || change.kind === 'cards.migrated') return null;
    // Comments, attachments and notifications name a card but do not move or change it.
    if (!change.kind.startsWith('card.')) continue;
    const card = change.card as CardState | undefined;
    if (!card) return null;
    if (change.kind !== 'card.created') {
      const before = change.before as CardState | undefined;
      if (!before) return null;
      add(
        stages,
        { stage: before.stage, fields: before.fields ?? card.fields },
        -1,
        cached.moneyKey,
      );
    }
    add(stages, card, 1, cached.moneyKey);
  }
  return stages;
}

/**
 * Reverses the committed-but-unnumbered changes (`change_outbox`, always empty on SQLite) of the
 * workflow in `stages`; false when one cannot be reversed (the numbers are then not cached).
 */
async function withoutUnnumbered(
  db: Kysely<Database>,
  workflowKey: string,
  stages: Map<string, StageSummary>,
  moneyKey: string | undefined,
): Promise<boolean> {
  const rows = await db
    .selectFrom('change_outbox')
    .select(['kind', 'payload'])
    .where('workflow_key', '=', workflowKey)
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) {
    if (row.kind === 'workflow.published' || row.kind === 'cards.migrated') return false;
    if (!row.kind.startsWith('card.')) continue;
    const payload = JSON.parse(row.payload) as { card?: CardState; before?: CardState };
    if (!payload.card) return false;
    add(stages, payload.card, -1, moneyKey);
    if (row.kind === 'card.created') continue;
    if (!payload.before) return false;
    const { before, card } = payload;
    add(stages, { stage: before.stage, fields: before.fields ?? card.fields }, 1, moneyKey);
  }
  return true;
}

/** Every stage with cards at change-feed position `seq`: count, total of `moneyKey`. */
export async function summariesAt(
  store: Store,
  db: Kysely<Database>,
  workflowKey: string,
  moneyKey: string | undefined,
  seq: number,
): Promise<StageSummary[]> {
  let perWorkflow = caches.get(store);
  if (!perWorkflow) caches.set(store, (perWorkflow = new Map()));
  const cached = perWorkflow.get(workflowKey);
  let stages: Map<string, StageSummary> | null = null;
  if (cached && cached.moneyKey === moneyKey && cached.seq <= seq) {
    stages = cached.seq === seq ? cached.stages : await catchUp(db, workflowKey, cached, seq);
  }
  if (!stages) {
    const rows = await stageSummaries(db, store.adapter, workflowKey, moneyKey);
    stages = new Map(rows.map((r) => [r.stage, r]));
    // PostgreSQL writers commit before their change is numbered into the feed: the cards read
    // here can hold moves whose changes will only arrive after `seq`. Take those out, so the
    // numbers are the ones at `seq` and the later change is counted once, not twice.
    if (!(await withoutUnnumbered(db, workflowKey, stages, moneyKey))) {
      return [...stages.values()].filter((s) => s.count > 0);
    }
  }
  // Keep the newest; a board read at an older snapshot does not move the cache back.
  const current = perWorkflow.get(workflowKey);
  if (!current || current.seq <= seq) perWorkflow.set(workflowKey, { seq, moneyKey, stages });
  return [...stages.values()].filter((s) => s.count > 0);
}
