// GET /board/:workflow: the columns in stage order with counts, WIP and money totals computed in
// SQL, and the first window of compact cards in each (with every field, so the board's engine
// decides drops without asking again). Further windows: `loadColumnWindow`.
import type { Board, BoardColumn } from '@stageflow/api';
import type { Fields, WorkflowDefinition } from '@stageflow/engine';
import { recordsOfWorkflow } from '../installed-base/card-refs.ts';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { toCompactCard, type CompactCard } from '../cards/card-view.ts';
import { findDefinition } from '../workflows/definition-cache.ts';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { latestSeq } from '../events/change-feed.ts';
import { flushChangeOutbox } from '../db/change-outbox.ts';
import { syncSearchIndex } from '../db/search-index.ts';
import { summariesAt } from './stage-summary-cache.ts';
import { stageLogsOfCards } from '../sla/stage-log.query.ts';
import {
  columnWindow,
  isFiltered,
  matchedCounts,
  type BoardCardRow,
  type BoardFilter,
} from './board.query.ts';

/** A column where one card in DENSE or more matches is scanned in order, not through the index. */
const DENSE = 20;

export interface BoardRequest {
  filter: BoardFilter;
  /** Cards per window. */
  limit: number;
  /** Aborted when the client goes away (a search typed past): the rest is not read. */
  signal?: AbortSignal;
}

/**
 * Between queries: stop a board whose client has gone. A search typed key by key sends boards
 * the browser cancels; on 100,000 cards each costs the server a second or more, in front of the
 * person's next move.
 */
function stopIfCancelled(signal: AbortSignal | undefined) {
  if (signal?.aborted) throw new HttpProblem(400, 'request_cancelled', say('cards.boardCancelled'));
}

function column(
  stage: WorkflowDefinition['stages'][number],
  money: WorkflowDefinition['fields'][number] | undefined,
  retired: boolean,
): BoardColumn {
  return {
    key: stage.key,
    label: stage.label,
    ...(stage.labels ? { labels: stage.labels } : {}),
    category: stage.category,
    color: stage.color ?? null,
    wipLimit: stage.wipLimit ?? null,
    count: 0,
    matched: 0,
    overLimit: false,
    sum: money ? { field: money.key, currency: money.currency ?? null, amount: 0 } : null,
    retired,
    cards: [],
    next: null,
  };
}

const compact = (row: BoardCardRow, now: string): CompactCard =>
  toCompactCard({ ...row, fields: JSON.parse(row.fields) as Fields }, now);

/**
 * A window's compact cards; with an SLA policy each carries its stage entries (what the engine's
 * slaState() reads), looked up for the window's cards only, so a 100,000-card board pays per window.
 */
async function windowCards(
  db: Kysely<Database>,
  rows: BoardCardRow[],
  now: string,
  definition: WorkflowDefinition,
): Promise<CompactCard[]> {
  const cards = rows.map((row) => compact(row, now));
  if (!definition.slaPolicy || cards.length === 0) return cards;
  const logs = await stageLogsOfCards(
    db,
    cards.map((c) => c.id),
  );
  for (const card of cards)
    card.stageLog = logs.get(card.id) ?? [{ stage: card.stage, at: card.enteredAt }];
  return cards;
}

async function latestDefinition(store: Store, db: Kysely<Database>, workflowKey: string) {
  const workflow = await findWorkflowRow(db, workflowKey);
  if (!workflow)
    throw new HttpProblem(
      404,
      'workflow-not-found',
      say('workflows.notFound', { key: workflowKey }),
    );
  const latest = await findDefinition(store, db, workflowKey, workflow.latest_version);
  if (!latest)
    throw new Error(`Workflow ${workflowKey} lost its version ${workflow.latest_version}.`);
  return { workflow, latest };
}

export async function loadBoard(
  store: Store,
  workflowKey: string,
  now: string,
  request: BoardRequest,
): Promise<Board> {
  // Number every change committed so far first (PostgreSQL numbers them just after their commit),
  // so the board shows its reader's own writes in its counts, not only in its windows.
  await flushChangeOutbox(store);
  // A search reads the index with every committed change in it (it is kept in batches).
  if (request.filter.words.length > 0) await syncSearchIndex(store);
  // One snapshot for the feed position, the counts and the windows: a live change is either in
  // them or after lastEventId, never both, so a board can add the changes it hears to its counts.
  return store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const { workflow, latest } = await latestDefinition(store, trx, workflowKey);
      const lastEventId = await latestSeq(trx);
      const money = latest.fields.find((f) => f.type === 'money');
      const columns = new Map<string, BoardColumn>();
      for (const stage of latest.stages) columns.set(stage.key, column(stage, money, false));

      const summaries = await summariesAt(store, trx, workflowKey, money?.key, lastEventId);
      stopIfCancelled(request.signal);
      const matched = isFiltered(request.filter)
        ? await matchedCounts(trx, store.adapter, workflowKey, request.filter)
        : null;
      for (const summary of summaries) {
        let target = columns.get(summary.stage);
        if (!target) {
          // Older versions are read only to label the stages the latest one no longer has.
          const definition =
            (await findDefinition(store, trx, workflowKey, summary.version)) ?? latest;
          const stage = definition.stages.find((s) => s.key === summary.stage);
          target = column(
            stage ?? { key: summary.stage, label: summary.stage, category: 'active' },
            money,
            true,
          );
          columns.set(summary.stage, target);
        }
        target.count = summary.count;
        target.matched = matched ? (matched.get(summary.stage) ?? 0) : summary.count;
        target.overLimit = target.wipLimit !== null && target.count > target.wipLimit;
        if (target.sum) target.sum.amount = Math.round((summary.amount ?? 0) * 100) / 100;
      }
      for (const c of columns.values()) {
        if (c.matched === 0) continue;
        stopIfCancelled(request.signal);
        const page = await columnWindow(trx, store.adapter, {
          workflowKey,
          stage: c.key,
          filter: request.filter,
          after: null,
          limit: request.limit,
          // "customer" on a board of 100,000 customers' deals: 0.6 s through the index, 1 ms so.
          dense: c.matched * DENSE >= c.count,
        });
        c.cards = await windowCards(trx, page.rows, now, latest);
        c.next = page.next;
      }
      return {
        workflow: {
          key: workflow.key,
          name: workflow.name,
          ...(latest.labels ? { labels: latest.labels } : {}),
          version: workflow.latest_version,
        },
        lastEventId,
        columns: [...columns.values()],
        records: await recordsOfWorkflow(trx, workflowKey),
      };
    });
}

/** The next window of one column's cards, after the cursor a board or earlier window gave. */
export async function loadColumnWindow(
  store: Store,
  workflowKey: string,
  stage: string,
  now: string,
  request: BoardRequest & { after: string | null },
): Promise<{ cards: CompactCard[]; next: string | null }> {
  if (request.filter.words.length > 0) await syncSearchIndex(store);
  const { latest } = await latestDefinition(store, store.db, workflowKey);
  const page = await columnWindow(store.db, store.adapter, {
    workflowKey,
    stage,
    filter: request.filter,
    after: request.after,
    limit: request.limit,
  });
  return { cards: await windowCards(store.db, page.rows, now, latest), next: page.next };
}
