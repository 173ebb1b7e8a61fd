// What a workflow does with parts, read from its definition (the same data the server reads).
import type { Condition, TransitionDef, WorkflowDefinition } from '@stageflow/engine';

function readsParts(c: Condition): boolean {
  if ('parts' in c) return true;
  if ('all' in c) return c.all.some(readsParts);
  if ('any' in c) return c.any.some(readsParts);
  if ('not' in c) return readsParts(c.not);
  return false;
}

const fromStages = (t: TransitionDef): string[] =>
  t.from === '*' ? [] : typeof t.from === 'string' ? [t.from] : t.from;

/** Cards of this workflow carry parts lines. */
export function hasPartsLines(definition: WorkflowDefinition | undefined): boolean {
  return !!definition?.transitions.some((t) => t.parts && t.parts !== 'receive');
}

/** Cards of this workflow are purchase orders (their moves receive goods). */
export function receivesGoods(definition: WorkflowDefinition | undefined): boolean {
  return !!definition?.transitions.some((t) => t.parts === 'receive');
}

/** Stages a card leaves only once its parts are in stock (Awaiting parts). */
export function stagesWaitingForParts(definition: WorkflowDefinition | undefined): Set<string> {
  const stages = new Set<string>();
  for (const t of definition?.transitions ?? []) {
    if (t.guard && readsParts(t.guard)) for (const s of fromStages(t)) stages.add(s);
  }
  return stages;
}

/** The purchase-order fields picked from the catalogue rather than typed (OrderPickers). */
export const ORDER_PICKED: ReadonlySet<string> = new Set(['part', 'partName', 'supplier']);
