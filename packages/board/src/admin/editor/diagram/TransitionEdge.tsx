import type { Edge, EdgeProps } from '@xyflow/react';
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath } from '@xyflow/react';
import type { DiagramEdge } from './diagram-model.ts';
import type { Layout } from './elk-layout.ts';
import { roundedPath } from './rounded-path.ts';

export type TransitionFlowEdge = Edge<
  { edge: DiagramEdge; route?: Layout['edges'][string] },
  'transition'
>;

/** A transition drawn along ELK's route, its label where ELK placed it; red with a tooltip when invalid. */
export function TransitionEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
  markerEnd,
  selected,
}: EdgeProps<TransitionFlowEdge>) {
  const edge = data?.edge;
  const route = data?.route;
  // Without an ELK route (layout pending, or ELK gave up on this edge) React Flow draws a step path.
  const [fallbackPath, fallbackX, fallbackY] = getSmoothStepPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX,
    targetY,
    targetPosition,
    borderRadius: 8,
  });
  const path = route ? roundedPath(route.points) : fallbackPath;
  const label = route?.label
    ? { x: route.label.x + route.label.width / 2, y: route.label.y + route.label.height / 2 }
    : { x: fallbackX, y: fallbackY };
  const invalid = (edge?.problems.length ?? 0) > 0;
  const cls = `admin-edge ${invalid ? 'admin-edge--invalid' : ''} ${edge?.guarded ? 'admin-edge--guarded' : ''} ${selected ? 'admin-edge--selected' : ''}`;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} className={cls} />
      {edge && (
        <EdgeLabelRenderer>
          <div
            className={`admin-edge-label nodrag nopan ${invalid ? 'admin-edge-label--invalid' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)` }}
            title={invalid ? edge.problems.join('\n') : undefined}
          >
            {edge.guarded && (
              <span className="admin-edge-label__lock" aria-hidden>
                ◆
              </span>
            )}
            {edge.label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
