// Published versions are immutable, so a parsed definition can be kept in memory by (key, version)
// for as long as the store lives — in every process sharing the database.
import type { Kysely } from 'kysely';
import { WorkflowDefinition } from '@stageflow/engine';
import type { Database } from '../db/schema.ts';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { findVersionRow } from './workflow.repository.ts';
import type { MoveTarget } from '../cards/card.repository.ts';

const caches = new WeakMap<Store, Map<string, WorkflowDefinition>>();

function cacheOf(store: Store): Map<string, WorkflowDefinition> {
  let cache = caches.get(store);
  if (!cache) {
    cache = new Map();
    caches.set(store, cache);
  }
  return cache;
}

/**
 * Where a move named `event` goes in each version parsed so far: `key@version` and the target
 * stage (findCardForMove reads that column's end with the card). Recomputed when a version is
 * added to the cache.
 */
export function knownMoveTargets(store: Store, event: string): MoveTarget[] {
  const cache = cacheOf(store);
  let byEvent = moveTargets.get(cache);
  if (!byEvent || byEvent.size !== cache.size) {
    moveTargets.set(cache, (byEvent = { size: cache.size, events: new Map() }));
  }
  let targets = byEvent.events.get(event);
  if (!targets) {
    targets = [];
    for (const [id, definition] of cache) {
      const to = definition.transitions.find((t) => t.event === event)?.to;
      if (to !== undefined) targets.push([id, to]);
    }
    byEvent.events.set(event, targets);
  }
  return targets;
}

const moveTargets = new WeakMap<
  Map<string, WorkflowDefinition>,
  { size: number; events: Map<string, MoveTarget[]> }
>();

/** Parses stored definition text (validated when it was published). */
export function parseStoredDefinition(text: string): WorkflowDefinition {
  return WorkflowDefinition.parse(JSON.parse(text));
}

/** The definition of one published version, or undefined when there is no such version. */
export async function findDefinition(
  store: Store,
  db: Kysely<Database>,
  key: string,
  version: number,
): Promise<WorkflowDefinition | undefined> {
  const cache = cacheOf(store);
  const id = `${key}@${version}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const row = await findVersionRow(db, key, version);
  if (!row) return undefined;
  const definition = parseStoredDefinition(row.definition);
  cache.set(id, definition);
  return definition;
}

/** Like findDefinition, but a missing version is a 404 problem. */
export async function getDefinition(
  store: Store,
  db: Kysely<Database>,
  key: string,
  version: number,
): Promise<WorkflowDefinition> {
  const definition = await findDefinition(store, db, key, version);
  if (!definition) {
    throw new HttpProblem(
      404,
      'workflow-version-not-found',
      say('workflows.noVersion', { key, version }),
    );
  }
  return definition;
}
