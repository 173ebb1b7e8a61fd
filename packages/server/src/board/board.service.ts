// GET /board/:workflow: the columns in stage order with counts, WIP and money totals, and the
// compact cards in each (with every field, so the board's engine decides drops and totals without
// asking again), from one card query.
import type { Fields, Labels, StageCategory, WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { toCompactCard, type CompactCard } from '../cards/card-view.ts';
import { findDefinition } from '../workflows/definition-cache.ts';
import { findWorkflowRow } from '../workflows/workflow.repository.ts';
import { latestSeq } from '../events/change-feed.ts';
import { boardCardRows } from './board.query.ts';
import { stageLogsOfWorkflow } from '../sla/stage-log.query.ts';

export interface BoardColumn {
  key: string;
  label: string;
  /** Translations of the label (`{ ko: '진단' }`). */
  labels?: Labels;
  category: StageCategory;
  color: string | null;
  wipLimit: number | null;
  count: number;
  overLimit: boolean;
  /** Total of the workflow's first money field over the column (null without one). */
  sum: { field: string; currency: string | null; amount: number } | null;
  /** A stage only older versions have: cards wait here until they are migrated. */
  retired: boolean;
  cards: CompactCard[];
}

export interface Board {
  workflow: { key: string; name: string; labels?: Labels; version: number };
  /**
   * The change feed position read before the cards: open /api/events?lastEventId=<this> and no
   * change is missed (a change already reflected may arrive again; compare card revisions).
   */
  lastEventId: number;
  columns: BoardColumn[];
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
    overLimit: false,
    sum: money ? { field: money.key, currency: money.currency ?? null, amount: 0 } : null,
    retired,
    cards: [],
  };
}

export async function loadBoard(store: Store, workflowKey: string, now: string): Promise<Board> {
  const workflow = await findWorkflowRow(store.db, workflowKey);
  if (!workflow)
    throw new HttpProblem(
      404,
      'workflow-not-found',
      say('workflows.notFound', { key: workflowKey }),
    );
  const latest = await findDefinition(store, store.db, workflowKey, workflow.latest_version);
  if (!latest)
    throw new Error(`Workflow ${workflowKey} lost its version ${workflow.latest_version}.`);
  const lastEventId = await latestSeq(store.db);
  const money = latest.fields.find((f) => f.type === 'money');
  const columns = new Map<string, BoardColumn>();
  for (const stage of latest.stages) columns.set(stage.key, column(stage, money, false));

  // Older versions are read only to label the stages the latest one no longer has.
  const definitions = new Map<number, WorkflowDefinition>([[latest.version, latest]]);
  // Only a workflow with an SLA policy pays for reading its cards' stage entries.
  const stageLogs = latest.slaPolicy ? await stageLogsOfWorkflow(store.db, workflowKey) : null;
  for (const row of await boardCardRows(store.db, workflowKey)) {
    let target = columns.get(row.stage);
    if (!target) {
      let definition = definitions.get(row.workflow_version);
      if (!definition) {
        definition =
          (await findDefinition(store, store.db, workflowKey, row.workflow_version)) ?? latest;
        definitions.set(row.workflow_version, definition);
      }
      const stage = definition.stages.find((s) => s.key === row.stage);
      target = column(
        stage ?? { key: row.stage, label: row.stage, category: 'active' },
        money,
        true,
      );
      columns.set(row.stage, target);
    }
    const fields = JSON.parse(row.fields) as Fields;
    const card = toCompactCard({ ...row, fields }, now);
    if (stageLogs)
      card.stageLog = stageLogs.get(row.id) ?? [{ stage: row.stage, at: row.entered_at }];
    target.cards.push(card);
    const amount = money ? fields[money.key] : undefined;
    if (target.sum && typeof amount === 'number') target.sum.amount += amount;
  }
  for (const c of columns.values()) {
    c.count = c.cards.length;
    c.overLimit = c.wipLimit !== null && c.count > c.wipLimit;
    if (c.sum) c.sum.amount = Math.round(c.sum.amount * 100) / 100;
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
  };
}
