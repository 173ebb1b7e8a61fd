import { describe, expect, it } from 'vitest';
import { repairWorkflow, validate } from '@stageflow/engine';
import { sample } from '../../test/render-editor.tsx';
import { ANY_STAGE, toDiagramModel } from './diagram-model.ts';
import { layoutDiagram, NODE_WIDTH } from './elk-layout.ts';

describe('diagram model', () => {
  it('draws every stage as a node and every transition as a labelled edge', () => {
    const model = toDiagramModel(sample, []);
    expect(model.nodes.filter((n) => n.kind === 'stage').map((n) => n.label)).toEqual([
      'New',
      'Review',
      'Approved',
      'Rejected',
    ]);
    expect(model.nodes.find((n) => n.key === 'new')?.initial).toBe(true);
    expect(model.edges.map((e) => [e.source, e.target, e.label])).toEqual([
      ['new', 'review', 'Start review'],
      ['review', 'approved', 'Approve'],
      [ANY_STAGE, 'rejected', 'Reject'],
    ]);
  });

  it('marks the node and edge a problem belongs to, and shows a missing target as its own node', () => {
    const def = structuredClone(sample);
    def.transitions[1]!.to = 'archived';
    const model = toDiagramModel(def, validate(def));
    const approve = model.edges.find((e) => e.label === 'Approve')!;
    expect(approve.target).toBe('missing:archived');
    expect(approve.problems).toEqual(['"Approve" goes to "archived", which is not a stage.']);
    expect(model.nodes.find((n) => n.id === 'missing:archived')?.kind).toBe('missing');
    // Approved is no longer reachable: its node carries the problem.
    expect(model.nodes.find((n) => n.key === 'approved')?.problems[0]).toMatch(/cannot be reached/);
  });

  it('lays the built-in repair workflow out left to right, the first stage leftmost', async () => {
    const model = toDiagramModel(repairWorkflow, []);
    const layout = await layoutDiagram(model);
    const x = (key: string) => layout.nodes[key]!.x;
    expect(Object.keys(layout.nodes)).toHaveLength(model.nodes.length);
    expect(x('received')).toBeLessThan(x('diagnosis'));
    expect(x('diagnosis') + NODE_WIDTH).toBeLessThanOrEqual(x('awaiting_approval'));
    for (const edge of model.edges)
      expect(layout.edges[edge.id]?.points.length).toBeGreaterThanOrEqual(2);
  });
});
