import type { CSSProperties } from 'react';
import type { Node, NodeProps } from '@xyflow/react';
import { Handle, Position } from '@xyflow/react';
import type { DiagramNode } from './diagram-model.ts';
import { useT } from '../../../i18n/useT.ts';

export type StageFlowNode = Node<{ node: DiagramNode }, 'stage'>;

/** A stage in the diagram, coloured by category (or its own colour), red outline when it has problems. */
export function StageNode({ data }: NodeProps<StageFlowNode>) {
  const { t } = useT();
  const n = data.node;
  const invalid = n.problems.length > 0;
  const style = n.color ? ({ '--admin-stage-color': n.color } as CSSProperties) : undefined;
  return (
    <div
      className={`admin-node admin-node--${n.kind} ${n.category ? `admin-cat--${n.category}` : ''} ${invalid ? 'admin-node--invalid' : ''}`}
      style={style}
      title={invalid ? n.problems.join('\n') : undefined}
    >
      <Handle
        type="target"
        position={Position.Left}
        isConnectable={false}
        className="admin-node__handle"
      />
      <div className="admin-node__label">{n.label}</div>
      {n.kind === 'stage' && (
        <div className="admin-node__meta">
          {n.initial && (
            <span className="admin-node__chip admin-node__chip--start">
              {t('editor.diagram.start')}
            </span>
          )}
          <span className="admin-node__cat">{n.category}</span>
          {n.wipLimit !== undefined && <span className="admin-node__chip">WIP {n.wipLimit}</span>}
          {n.sla && <span className="admin-node__chip">SLA {n.sla}</span>}
        </div>
      )}
      {invalid && (
        <span className="admin-node__warn" aria-hidden>
          !
        </span>
      )}
      <Handle
        type="source"
        position={Position.Right}
        isConnectable={false}
        className="admin-node__handle"
      />
    </div>
  );
}
