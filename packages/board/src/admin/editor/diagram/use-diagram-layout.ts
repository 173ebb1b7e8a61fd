import { useEffect, useState } from 'react';
import type { DiagramModel } from './diagram-model.ts';
import type { Layout } from './elk-layout.ts';
import { layoutDiagram } from './elk-layout.ts';

/** The ELK layout of the latest model; the previous layout stays until the new one is ready. */
export function useDiagramLayout(model: DiagramModel): {
  layout: Layout | null;
  error: string | null;
} {
  const [state, setState] = useState<{ layout: Layout | null; error: string | null }>({
    layout: null,
    error: null,
  });
  useEffect(() => {
    let current = true;
    layoutDiagram(model).then(
      (layout) => current && setState({ layout, error: null }),
      (err: unknown) => current && setState((s) => ({ layout: s.layout, error: String(err) })),
    );
    return () => {
      current = false;
    };
  }, [model]);
  return state;
}
