import '@xyflow/react/dist/style.css';
import { useEffect, useMemo, useRef } from 'react';
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import {
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
} from '@xyflow/react';
import type { DiagramModel } from './diagram-model.ts';
import type { Layout } from './elk-layout.ts';
import { layoutBounds } from './elk-layout.ts';
import { StageNode } from './StageNode.tsx';
import type { StageFlowNode } from './StageNode.tsx';
import { TransitionEdge } from './TransitionEdge.tsx';
import type { TransitionFlowEdge } from './TransitionEdge.tsx';
import { useDiagramLayout } from './use-diagram-layout.ts';
import { useT } from '../../../i18n/useT.ts';
import type { BoardKey } from '../../../i18n/useT.ts';
import { boardT } from '../../../i18n/i18n.ts';

const nodeTypes: NodeTypes = { stage: StageNode };
const edgeTypes: EdgeTypes = { transition: TransitionEdge };

interface Props {
  model: DiagramModel;
  onSelectStage: (index: number) => void;
  onSelectTransition: (index: number) => void;
}

/** The live statechart: follows the draft, laid out by ELK left to right. */
export function WorkflowDiagram(props: Props) {
  return (
    <ReactFlowProvider>
      <Diagram {...props} />
    </ReactFlowProvider>
  );
}

function Diagram({ model, onSelectStage, onSelectTransition }: Props) {
  const { t } = useT();
  const { layout, error } = useDiagramLayout(model);
  const nodes = useMemo(() => toFlowNodes(model, layout), [model, layout]);
  const edges = useMemo(() => toFlowEdges(model, layout), [model, layout]);
  return (
    <div className="admin-diagram" role="figure" aria-label={t('editor.diagram.label')}>
      <ReactFlow<StageFlowNode, TransitionFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        minZoom={0.2}
        maxZoom={1.2}
        onNodeClick={(_, node) =>
          node.data.node.stageIndex !== undefined && onSelectStage(node.data.node.stageIndex)
        }
        onEdgeClick={(_, edge) => edge.data && onSelectTransition(edge.data.edge.transitionIndex)}
      >
        <Background gap={20} size={1} />
        <Controls showInteractive={false} />
        <FitWhenShapeChanges model={model} layout={layout} />
      </ReactFlow>
      {error && <p className="admin-diagram__error">The diagram could not be laid out: {error}</p>}
    </div>
  );
}

/**
 * Refit when stages or transitions come or go, or the pane is resized (not on every keystroke in a
 * label). The bounds come from the layout itself, so edges routed around the nodes stay in view.
 */
function FitWhenShapeChanges({ model, layout }: { model: DiagramModel; layout: Layout | null }) {
  const { fitBounds } = useReactFlow();
  // The pane's size: the problem list below the diagram grows and shrinks it.
  const size = useStore((s) => `${Math.round(s.width / 40)}x${Math.round(s.height / 40)}`);
  const shape = `${model.nodes.map((n) => n.id).join('|')}/${model.edges.length}@${size}`;
  const fitted = useRef<string | null>(null);
  useEffect(() => {
    if (!layout || fitted.current === shape) return;
    // The layout may still belong to the previous shape: wait for the one that has every node.
    if (model.nodes.some((n) => !layout.nodes[n.id])) return;
    const first = fitted.current === null;
    const timer = setTimeout(() => {
      fitted.current = shape;
      void fitBounds(layoutBounds(layout), { padding: 0.06, duration: first ? 0 : 200 });
    }, 30);
    return () => clearTimeout(timer);
  }, [shape, layout, model, fitBounds]);
  return null;
}

/** "Stage Diagnosis — problem: …" for a screen reader, in the board's language. */
function describe(key: BoardKey, name: string, problems: readonly string[]): string {
  const t = boardT();
  const base = t(key, { name });
  return problems.length
    ? t('editor.diagram.withProblem', { base, problems: problems.join(' ') })
    : base;
}

function toFlowNodes(model: DiagramModel, layout: Layout | null): StageFlowNode[] {
  return model.nodes.map((n, i) => ({
    id: n.id,
    type: 'stage',
    position: layout?.nodes[n.id] ?? { x: i * 240, y: 0 },
    // Until ELK has placed them, nodes would flash in a row: keep them out of sight.
    hidden: !layout,
    data: { node: n },
    ariaLabel: describe('editor.diagram.stage', n.label, n.problems),
    selectable: n.kind === 'stage',
  }));
}

function toFlowEdges(model: DiagramModel, layout: Layout | null): TransitionFlowEdge[] {
  return model.edges.map((e) => ({
    id: e.id,
    type: 'transition',
    source: e.source,
    target: e.target,
    data: { edge: e, route: layout?.edges[e.id] },
    markerEnd: {
      type: MarkerType.ArrowClosed,
      width: 16,
      height: 16,
      color: e.problems.length ? '#dc2626' : '#64748b',
    },
    ariaLabel: describe('editor.diagram.transition', e.label, e.problems),
  }));
}
