import { describe, expect, it } from 'vitest';
import { builtinWorkflows, validate } from '@stageflow/engine';
import { sample } from '../../../../test/admin/render-editor.tsx';
import { ANY_STAGE, toDiagramModel } from './diagram-model.ts';
import { layoutBounds, layoutDiagram, NODE_HEIGHT, NODE_WIDTH } from './elk-layout.ts';

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

  it('lays the built-in workflows out left to right in rows, the initial stage first in its row', async () => {
    for (const def of builtinWorkflows) {
      const layout = await layoutDiagram(toDiagramModel(def, []));
      const start = layout.nodes[def.initial]!;
      const stages = def.stages.map((s) => layout.nodes[s.key]!);
      const bounds = layoutBounds(layout);
      // Long chains wrap into rows instead of one strip too thin to read once fitted.
      expect(bounds.width / bounds.height).toBeLessThan(3);
      const firstRow = stages.filter((n) => Math.abs(n.y - start.y) < NODE_HEIGHT);
      expect(Math.min(...firstRow.map((n) => n.x))).toBe(start.x);
    }
  });

  it('keeps only routes that reach their target (React Flow draws the others)', async () => {
    for (const def of builtinWorkflows) {
      const model = toDiagramModel(def, []);
      const layout = await layoutDiagram(model);
      const routed = model.edges.filter((e) => layout.edges[e.id]);
      expect(routed.length).toBeGreaterThan(model.edges.length * 0.8);
      for (const edge of routed) {
        const end = layout.edges[edge.id]!.points.at(-1)!;
        const target = layout.nodes[edge.target]!;
        // The arrow ends on the target's outline (the left side, or the right for a wrapped back
        // edge; a timed reminder that loops back to its own stage may come in from above or below).
        const sides =
          edge.source === edge.target
            ? [
                Math.abs(end.x - target.x),
                Math.abs(end.x - target.x - NODE_WIDTH),
                Math.abs(end.y - target.y),
                Math.abs(end.y - target.y - NODE_HEIGHT),
              ]
            : [Math.abs(end.x - target.x), Math.abs(end.x - target.x - NODE_WIDTH)];
        expect(sides.some((d) => d <= 1)).toBe(true);
        expect(end.y).toBeGreaterThanOrEqual(target.y);
        expect(end.y).toBeLessThanOrEqual(target.y + NODE_HEIGHT);
      }
    }
  });
});
