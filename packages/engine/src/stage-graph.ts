// Which stages a card can reach and which can still finish, in time linear in the definition.
// A `from: "*"` transition leaves from every open stage; listing those edges one by one costs
// stages × transitions, so all of them go through one extra node instead: every open stage →
// ANY → each `*` target. Reachability is unchanged: `*` excludes only the edge from its target to
// itself, and a stage always reaches itself.
import type { WorkflowDefinition } from './definition.schema.ts';
import { isTerminalCategory } from './stages.ts';

const ANY = '\u0000any-open-stage';

export interface StageGraph {
  /** Stages reachable from the initial stage (empty when the initial stage does not exist). */
  reachable: Set<string>;
  /** Stages from which a done or cancelled stage can be reached (those stages included). */
  canEnd: Set<string>;
  /** Edges the walk used: at most open stages + listed sources + transitions. */
  edgeCount: number;
}

export function stageGraph(definition: WorkflowDefinition): StageGraph {
  const stages = new Set(definition.stages.map((s) => s.key));
  const next = new Map<string, string[]>();
  const prev = new Map<string, string[]>();
  let edgeCount = 0;
  const link = (from: string, to: string) => {
    (next.get(from) ?? next.set(from, []).get(from)!).push(to);
    (prev.get(to) ?? prev.set(to, []).get(to)!).push(from);
    edgeCount++;
  };
  let anyUsed = false;
  for (const t of definition.transitions) {
    if (!stages.has(t.to)) continue;
    if (t.from === '*') {
      link(ANY, t.to);
      anyUsed = true;
    } else {
      for (const from of typeof t.from === 'string' ? [t.from] : t.from) {
        if (stages.has(from)) link(from, t.to);
      }
    }
  }
  if (anyUsed) {
    for (const s of definition.stages) if (!isTerminalCategory(s.category)) link(s.key, ANY);
  }
  const terminal = definition.stages
    .filter((s) => isTerminalCategory(s.category))
    .map((s) => s.key);
  const reachable = walk(stages.has(definition.initial) ? [definition.initial] : [], next);
  const canEnd = walk(terminal, prev);
  reachable.delete(ANY);
  canEnd.delete(ANY);
  return { reachable, canEnd, edgeCount };
}

/** Every node reachable from `starts` along `edges`; each edge is followed once. */
function walk(starts: string[], edges: Map<string, string[]>): Set<string> {
  const seen = new Set<string>(starts);
  const queue = [...starts];
  while (queue.length > 0) {
    const node = queue.pop()!;
    for (const to of edges.get(node) ?? []) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return seen;
}
