// Automatic left-to-right layout of the diagram model with ELK's layered algorithm.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkEdgeSection, ElkExtendedEdge, ElkNode, ElkPoint } from 'elkjs/lib/elk.bundled.js';
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

// A lifecycle is mostly a chain: one row of ten stages would be unreadably small once fitted, so
// long chains wrap into rows near this width:height ratio.
const WRAPPING: Record<string, string> = {
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
  'elk.aspectRatio': '1.2',
};

export function labelWidth(text: string): number {
  return Math.min(220, Math.round(text.length * 6.6) + 14);
}

export async function layoutDiagram(model: DiagramModel): Promise<Layout> {
  const plain = await runLayout(model, OPTIONS);
  const { width, height } = layoutBounds(plain);
  if (width <= WRAP_ABOVE_WIDTH || width / height <= 2.5) return plain;
  try {
    return await runLayout(model, { ...OPTIONS, ...WRAPPING });
  } catch {
    // ELK's wrapping gives up on some graph shapes; the plain layered layout never does.
    return plain;
  }
}

/** A strip narrower than this stays one row: it still reads well once fitted. */
const WRAP_ABOVE_WIDTH = 1100;

async function runLayout(
  model: DiagramModel,
  layoutOptions: Record<string, string>,
): Promise<Layout> {
  const graph: ElkNode = {
    id: 'root',
    layoutOptions,
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
  const nodes = new Map((result.children ?? []).map((c) => [c.id, c]));
  for (const edge of (result.edges ?? []) as ElkExtendedEdge[]) {
    const points = routeOf(edge.sections ?? []);
    // ELK's wrapping now and then cuts a route short; such an edge is drawn by React Flow instead.
    if (!reaches(points, nodes.get(edge.sources[0] ?? ''), nodes.get(edge.targets[0] ?? '')))
      continue;
    const label = edge.labels?.[0];
    layout.edges[edge.id] = {
      points,
      label: label
        ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 }
        : undefined,
    };
  }
  return layout;
}

/** The rectangle holding every node, edge route and label: what "fit to view" must show. */
export function layoutBounds(layout: Layout): {
  x: number;
  y: number;
  width: number;
  height: number;
} {
  const xs: number[] = [];
  const ys: number[] = [];
  for (const n of Object.values(layout.nodes)) {
    xs.push(n.x, n.x + NODE_WIDTH);
    ys.push(n.y, n.y + NODE_HEIGHT);
  }
  for (const e of Object.values(layout.edges)) {
    for (const p of e.points) {
      xs.push(p.x);
      ys.push(p.y);
    }
    if (e.label) {
      xs.push(e.label.x, e.label.x + e.label.width);
      ys.push(e.label.y, e.label.y + e.label.height);
    }
  }
  if (xs.length === 0) return { x: 0, y: 0, width: 1, height: 1 };
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/** One polyline through all of an edge's sections (a wrapped edge has one per row it crosses). */
function routeOf(sections: ElkEdgeSection[]): ElkPoint[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  let section = sections.find((s) => !s.incomingSections?.length) ?? sections[0];
  const points: ElkPoint[] = [];
  const seen = new Set<string>();
  while (section && !seen.has(section.id)) {
    seen.add(section.id);
    for (const p of [section.startPoint, ...(section.bendPoints ?? []), section.endPoint]) {
      const last = points[points.length - 1];
      if (!last || last.x !== p.x || last.y !== p.y) points.push(p);
    }
    const next: string | undefined = section.outgoingSections?.[0];
    section = next ? byId.get(next) : undefined;
  }
  return points;
}

/** The route leaves its source and arrives at its target (within a pixel of their outlines). */
function reaches(
  points: ElkPoint[],
  source: ElkNode | undefined,
  target: ElkNode | undefined,
): boolean {
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || !source || !target || points.length < 2) return false;
  return onOutline(first, source) && onOutline(last, target);
}

function onOutline(p: ElkPoint, n: ElkNode): boolean {
  const x = n.x ?? 0;
  const y = n.y ?? 0;
  const w = n.width ?? 0;
  const h = n.height ?? 0;
  const inside = p.x >= x - 1 && p.x <= x + w + 1 && p.y >= y - 1 && p.y <= y + h + 1;
  const onEdge =
    Math.abs(p.x - x) <= 1 ||
    Math.abs(p.x - x - w) <= 1 ||
    Math.abs(p.y - y) <= 1 ||
    Math.abs(p.y - y - h) <= 1;
  return inside && onEdge;
}
