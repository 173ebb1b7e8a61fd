// Versioned workflow definitions: read, dry-run, publish (immutable versions), create.
import { isOpenStage, planMigration, type WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { appendChange } from '../events/change-feed.ts';
import { countCardsByStage } from '../cards/card.repository.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import type {
  PublishedVersion,
  ValidationReport,
  WorkflowDetail,
  WorkflowSummary,
} from '@stageflow/api';
import { getDefinition } from './definition-cache.ts';
import { checkDefinition, requireValidDefinition } from './workflow-input.ts';
import {
  advanceLatestVersion,
  findVersionRow,
  findWorkflowRow,
  insertVersionRow,
  insertWorkflowRow,
  listVersionSummaries,
  listWorkflowRows,
} from './workflow.repository.ts';
import { DEFAULT_LOCALE, type Locale, type WorkflowLookup } from '@stageflow/engine';
import { refreshActiveStages } from '../reports/started-at.ts';

async function requireWorkflow(store: Store, key: string) {
  const row = await findWorkflowRow(store.db, key);
  if (!row) throw new HttpProblem(404, 'workflow-not-found', say('workflows.notFound', { key }));
  return row;
}

export async function listWorkflows(store: Store): Promise<WorkflowSummary[]> {
  const rows = await listWorkflowRows(store.db);
  return Promise.all(
    rows.map(async (row) => ({
      key: row.key,
      name: row.name,
      latestVersion: row.latest_version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      definition: await getDefinition(store, store.db, row.key, row.latest_version),
    })),
  );
}

export async function getWorkflow(store: Store, key: string): Promise<WorkflowDetail> {
  const row = await requireWorkflow(store, key);
  const versions = await listVersionSummaries(store.db, key);
  return {
    key: row.key,
    name: row.name,
    latestVersion: row.latest_version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    definition: await getDefinition(store, store.db, key, row.latest_version),
    versions: versions.map((v) => ({
      version: v.version,
      publishedBy: v.published_by,
      publishedAt: v.published_at,
    })),
  };
}

export async function getWorkflowVersion(
  store: Store,
  key: string,
  version: number,
): Promise<PublishedVersion> {
  await requireWorkflow(store, key);
  const row = await findVersionRow(store.db, key, version);
  if (!row) {
    throw new HttpProblem(
      404,
      'workflow-version-not-found',
      say('workflows.noVersion', { key, version }),
    );
  }
  return {
    key,
    version,
    publishedBy: row.published_by,
    publishedAt: row.published_at,
    definition: await getDefinition(store, store.db, key, version),
  };
}

/** The latest published definition of every workflow, by key (what effects may name). */
async function publishedWorkflows(store: Store): Promise<WorkflowLookup> {
  const byKey = new Map<string, WorkflowDefinition>();
  for (const row of await listWorkflowRows(store.db)) {
    byKey.set(row.key, await getDefinition(store, store.db, row.key, row.latest_version));
  }
  return (key) => byKey.get(key);
}

/** Dry run of a publish: the engine's problems and which open cards the change would strand. */
export async function validateWorkflowChange(
  store: Store,
  key: string,
  body: unknown,
  locale: Locale = DEFAULT_LOCALE,
): Promise<ValidationReport> {
  const row = await requireWorkflow(store, key);
  const others = await publishedWorkflows(store);
  const checked = checkDefinition(body, key, row.latest_version + 1, locale, others);
  if (!checked.definition) {
    return {
      valid: false,
      problems: checked.problems,
      plan: null,
      strandedCards: [],
      strandedTotal: 0,
    };
  }
  const latest = await getDefinition(store, store.db, key, row.latest_version);
  const stages = new Set(checked.definition.stages.map((s) => s.key));
  const stranded = new Map<string, number>();
  for (const { stage, version, count } of await countCardsByStage(store.db, key)) {
    const pinned = await getDefinition(store, store.db, key, version);
    if (!stages.has(stage) && isOpenStage(pinned, stage)) {
      stranded.set(stage, (stranded.get(stage) ?? 0) + count);
    }
  }
  const strandedCards = [...stranded].map(([stage, count]) => ({ stage, count }));
  return {
    valid: true,
    problems: [],
    plan: planMigration(latest, checked.definition),
    strandedCards,
    strandedTotal: strandedCards.reduce((sum, s) => sum + s.count, 0),
  };
}

function versionRow(definition: WorkflowDefinition, actor: Actor, at: string) {
  return {
    workflow_key: definition.key,
    version: definition.version,
    definition: JSON.stringify(definition),
    published_by: actor.id,
    published_at: at,
  };
}

function publishedChange(definition: WorkflowDefinition, actor: Actor, at: string) {
  return {
    at,
    kind: 'workflow.published' as const,
    workflowKey: definition.key,
    payload: { version: definition.version, name: definition.name, publishedBy: actor.id },
  };
}

/** Publishes the body as version latest+1 (the body's own `version` is ignored). */
export async function publishWorkflowVersion(
  store: Store,
  key: string,
  body: unknown,
  actor: Actor,
  at: string,
): Promise<PublishedVersion> {
  const row = await requireWorkflow(store, key);
  const others = await publishedWorkflows(store);
  const definition = requireValidDefinition(
    checkDefinition(body, key, row.latest_version + 1, actor.locale ?? DEFAULT_LOCALE, others),
  );
  await writeTransaction(
    store,
    async (trx) => {
      const moved = await advanceLatestVersion(trx, key, row.latest_version, {
        version: definition.version,
        name: definition.name,
        at,
      });
      if (!moved) {
        throw new HttpProblem(409, 'version-conflict', say('workflows.versionConflict', { key }));
      }
      await insertVersionRow(trx, versionRow(definition, actor, at));
      await refreshActiveStages(trx, key);
      await appendChange(trx, publishedChange(definition, actor, at));
    },
    { locks: [`workflow:${key}`] },
  );
  return { key, version: definition.version, publishedBy: actor.id, publishedAt: at, definition };
}

/** Creates a new workflow from the body as its version 1. */
export async function createWorkflow(
  store: Store,
  body: unknown,
  actor: Actor,
  at: string,
): Promise<PublishedVersion> {
  const key = typeof body === 'object' && body !== null && 'key' in body ? body.key : undefined;
  if (typeof key !== 'string') {
    throw new HttpProblem(422, 'invalid-definition', say('workflows.needsKey'), {
      field: 'key',
    });
  }
  const others = await publishedWorkflows(store);
  const definition = requireValidDefinition(
    checkDefinition(body, key, 1, actor.locale ?? DEFAULT_LOCALE, others),
  );
  await writeTransaction(
    store,
    async (trx) => {
      if (await findWorkflowRow(trx, key)) {
        throw new HttpProblem(409, 'workflow-exists', say('workflows.exists', { key }), {
          field: 'key',
        });
      }
      await insertWorkflowRow(trx, {
        key,
        name: definition.name,
        latest_version: 1,
        created_at: at,
        updated_at: at,
      });
      await insertVersionRow(trx, versionRow(definition, actor, at));
      await refreshActiveStages(trx, key);
      await appendChange(trx, publishedChange(definition, actor, at));
    },
    { locks: [`workflow:${key}`] },
  );
  return { key, version: 1, publishedBy: actor.id, publishedAt: at, definition };
}
