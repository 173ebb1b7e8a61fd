// Keys follow the definition format: a lowercase letter first, then letters, digits and _.

/**
 * "Waiting for parts" → "waiting_for_parts" (snake, as the built-in stages and events are named) or
 * "waitingForParts" (camel, as their fields are); `fallback` when nothing usable is left.
 */
export function keyFromLabel(label: string, fallback: string, style: 'snake' | 'camel'): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/[^a-zA-Z0-9 ]/g, '')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  const joined =
    style === 'snake'
      ? words.map((w) => w.toLowerCase()).join('_')
      : words
          .map((w, i) =>
            i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase(),
          )
          .join('');
  const key = joined.replace(/^[^a-z]+/, '');
  return (key || fallback).slice(0, 64);
}

/** `base`, or `base2`, `base3`… — the first one no other item uses. */
export function uniqueKey(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
