import type { ElkPoint } from 'elkjs/lib/elk.bundled.js';

/** An SVG path through orthogonal points, with the corners rounded off. */
export function roundedPath(points: readonly ElkPoint[], radius = 8): string {
  const [first, ...rest] = points;
  if (!first) return '';
  let d = `M ${first.x} ${first.y}`;
  for (let i = 0; i < rest.length; i++) {
    const corner = rest[i]!;
    const next = rest[i + 1];
    const prev = i === 0 ? first : rest[i - 1]!;
    if (!next) {
      d += ` L ${corner.x} ${corner.y}`;
      break;
    }
    const r = Math.min(radius, dist(prev, corner) / 2, dist(corner, next) / 2);
    const a = toward(corner, prev, r);
    const b = toward(corner, next, r);
    d += ` L ${a.x} ${a.y} Q ${corner.x} ${corner.y} ${b.x} ${b.y}`;
  }
  return d;
}

const dist = (a: ElkPoint, b: ElkPoint) => Math.hypot(a.x - b.x, a.y - b.y);

function toward(from: ElkPoint, to: ElkPoint, r: number): ElkPoint {
  const d = dist(from, to) || 1;
  return { x: from.x + ((to.x - from.x) / d) * r, y: from.y + ((to.y - from.y) / d) * r };
}
