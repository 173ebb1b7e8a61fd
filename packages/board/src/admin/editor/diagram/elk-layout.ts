// Automatic left-to-right layout of the diagram model with ELK's layered algorithm.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk.bundled.js';
import type { DiagramModel } from './diagram-model.ts';

export const NODE_WIDTH = 184;
export const NODE_HEIGHT = 64;
const LABEL_HEIGHT = 20;

export interface Layout {
  nodes: Record<string, { x: number; y: number }>;
  edges: Record<
    string,
    { points: ElkPoint[]; label?: { x: number; y: number; width: number; height: number } }
  >;
}

const elk = new ELK();

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '72',
  'elk.spacing.nodeNode': '36',
  'elk.spacing.edgeNode': '18',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '18',
  // Keep the admin's stage order where the graph allows it, so the diagram reads like the board.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.edgeLabels.placement': 'CENTER',
};

export function labelWidth(text: string): number {
  return Math.min(220, Math.round(text.length * 6.6) + 14);
}

export async function layoutDiagram(model: DiagramModel): Promise<Layout> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
    children: model.nodes.map((n) => ({
      id: n.id,
      width: NODE_WIDTH,
      height: n.kind === 'stage' ? NODE_HEIGHT : 44,
    })),
    edges: model.edges.map((e): ElkExtendedEdge => ({
      id: e.id,
      sources: [e.source],
      targets: [e.target],
      labels: [{ text: e.label, width: labelWidth(e.label), height: LABEL_HEIGHT }],
    })),
  };
  const result = await elk.layout(graph);
  const layout: Layout = { nodes: {}, edges: {} };
  for (const child of result.children ?? [])
    layout.nodes[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const section = edge.sections?.[0];
    if (!section) continue;
    const label = edge.labels?.[0];
    layout.edges[edge.id] = {
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
      label: label
        ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 }
        : undefined,
    };
  }
  return layout;
}
