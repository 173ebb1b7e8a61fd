// jsdom measures nothing; React Flow needs a ResizeObserver, DOMMatrixReadOnly and element sizes
// to render nodes and edges (https://reactflow.dev/learn/advanced-use/testing). Import this
// before rendering the diagram in a component test.
class ResizeObserverShim {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

class DOMMatrixReadOnlyShim {
  m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
    this.m22 = scale !== undefined ? Number(scale) : 1;
  }
}

if (!('ResizeObserver' in globalThis)) {
  globalThis.ResizeObserver = ResizeObserverShim as unknown as typeof ResizeObserver;
}
if (!('DOMMatrixReadOnly' in globalThis)) {
  (globalThis as Record<string, unknown>).DOMMatrixReadOnly = DOMMatrixReadOnlyShim;
}
Object.defineProperties(HTMLElement.prototype, {
  offsetHeight: { configurable: true, get: () => 64 },
  offsetWidth: { configurable: true, get: () => 184 },
});
(SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
  ({ x: 0, y: 0, width: 0, height: 0 }) as DOMRect;
