// The statechart as a graph: stages are nodes, transitions are labelled edges. Pure, so it can be
// tested without a browser; problems from the engine's `validate` are attached to what they concern.
import type { Problem, StageCategory, WorkflowDefinition } from '@stageflow/engine';
import { boardT } from '../../../i18n/i18n.ts';

export const ANY_STAGE = '__any__';

export interface DiagramNode {
  id: string;
  kind: 'stage' | 'any' | 'missing';
  label: string;
  /** The stage key (for 'missing': the key no stage has). */
  key: string;
  category?: StageCategory;
  color?: string;
  initial: boolean;
  wipLimit?: number;
  sla?: string;
  stageIndex?: number;
  problems: string[];
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  transitionIndex: number;
  guarded: boolean;
  problems: string[];
}

export interface DiagramModel {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

export function toDiagramModel(
  def: WorkflowDefinition,
  problems: readonly Problem[],
): DiagramModel {
  const nodes: DiagramNode[] = [];
  const idOfKey = new Map<string, string>();
  def.stages.forEach((stage, i) => {
    // Two stages may share a key while the admin types; node ids must stay unique.
    const id = idOfKey.has(stage.key) ? `${stage.key}#${i}` : stage.key;
    if (!idOfKey.has(stage.key)) idOfKey.set(stage.key, id);
    nodes.push({
      id,
      kind: 'stage',
      label: stage.label || stage.key,
      key: stage.key,
      category: stage.category,
      color: stage.color,
      initial: stage.key === def.initial,
      wipLimit: stage.wipLimit,
      sla: stage.sla ? `${stage.sla.amount} ${stage.sla.unit}` : undefined,
      stageIndex: i,
      problems: messagesUnder(problems, 'stages', i),
    });
  });

  const nodeFor = (key: string): string => {
    const known = idOfKey.get(key);
    if (known) return known;
    const id = `missing:${key}`;
    if (!nodes.some((n) => n.id === id)) {
      nodes.push({
        id,
        kind: 'missing',
        label: key || boardT()('editor.diagram.empty'),
        key,
        initial: false,
        problems: [boardT()('editor.diagram.noStageKey', { key })],
      });
    }
    return id;
  };

  const edges: DiagramEdge[] = [];
  def.transitions.forEach((t, i) => {
    const sources = t.from === '*' ? [ANY_STAGE] : Array.isArray(t.from) ? t.from : [t.from];
    const target = nodeFor(t.to);
    for (const from of sources) {
      const source = from === ANY_STAGE ? anyNode(nodes) : nodeFor(from);
      edges.push({
        id: `t${i}:${from}`,
        source,
        target,
        label: t.label || t.event,
        transitionIndex: i,
        guarded: Boolean(t.guard || t.roles || t.requires?.length),
        problems: messagesUnder(problems, 'transitions', i),
      });
    }
  });
  return { nodes, edges };
}

function anyNode(nodes: DiagramNode[]): string {
  if (!nodes.some((n) => n.id === ANY_STAGE)) {
    nodes.push({
      id: ANY_STAGE,
      kind: 'any',
      label: boardT()('editor.anyOpenStageLabel'),
      key: '*',
      initial: false,
      problems: [],
    });
  }
  return ANY_STAGE;
}

function messagesUnder(problems: readonly Problem[], list: string, index: number): string[] {
  return problems
    .filter((p) => p.path[0] === list && Number(p.path[1]) === index)
    .map((p) => p.message);
}
