// One timeline per equipment unit and per customer: the append-only card history of every card
// that points at the record (for a customer, also the cards that point at one of their units),
// newest first. card_refs makes "which cards" an index lookup.
import type { WorkflowDefinition } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import type { TimelineEntry } from '@stageflow/api';

export const TIMELINE_LIMIT = 200;

export async function recordTimeline(
  store: Store,
  kind: 'customer' | 'equipment',
  id: string,
  limit = TIMELINE_LIMIT,
): Promise<TimelineEntry[]> {
  const { db } = store;
  const rows = await db
    .selectFrom('card_refs as r')
    .innerJoin('card_history as h', 'h.card_id', 'r.card_id')
    .innerJoin('cards as c', 'c.id', 'r.card_id')
    .select([
      'h.id as history_id',
      'h.card_id',
      'h.revision',
      'h.at',
      'h.actor_id',
      'h.kind',
      'h.event',
      'h.from_stage',
      'h.to_stage',
      'c.title',
      'c.workflow_key',
      'c.workflow_version',
      'r.field',
      'r.kind as ref_kind',
      'r.ref_id',
    ])
    .where((eb) => {
      const direct = eb.and([eb('r.kind', '=', kind), eb('r.ref_id', '=', id)]);
      if (kind === 'equipment') return direct;
      const units = eb.selectFrom('equipment').select('equipment.id').where('customer_id', '=', id);
      return eb.or([direct, eb.and([eb('r.kind', '=', 'equipment'), eb('r.ref_id', 'in', units)])]);
    })
    .orderBy('h.at', 'desc')
    .orderBy('h.id', 'desc')
    .limit(limit)
    .execute();

  const definitions = new Map<string, WorkflowDefinition>();
  const definitionOf = async (key: string, version: number) => {
    const id = `${key}@${version}`;
    let def = definitions.get(id);
    if (!def) {
      def = await getDefinition(store, db, key, version);
      definitions.set(id, def);
    }
    return def;
  };

  // A card pointing at both the customer and their unit is one story, told once.
  const seen = new Set<string>();
  const entries: TimelineEntry[] = [];
  for (const r of rows) {
    const key = String(r.history_id);
    if (seen.has(key)) continue;
    seen.add(key);
    const def = await definitionOf(r.workflow_key, r.workflow_version);
    entries.push({
      cardId: r.card_id,
      cardTitle: r.title,
      workflow: r.workflow_key,
      workflowName: def.name,
      revision: r.revision,
      at: r.at,
      actorId: r.actor_id,
      kind: r.kind,
      event: r.event,
      eventLabel: def.transitions.find((t) => t.event === r.event)?.label ?? r.event,
      fromStage: r.from_stage,
      toStage: r.to_stage,
      toStageLabel: def.stages.find((s) => s.key === r.to_stage)?.label ?? r.to_stage,
      via: { field: r.field, kind: r.ref_kind, id: r.ref_id },
    });
  }
  return entries;
}
