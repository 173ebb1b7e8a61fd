// What makes two catalogues disagree: a key only one has, an empty sentence, or placeholders that
// differ. Each package's catalogue test runs this on its en/ko pair.

const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /{{\s*([\w.]+)\s*(?:,[^}]*)?}}/g;

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].sort();
}

/** Plural forms count as one key: English has `_one`/`_other`, Korean only `_other`. */
function byKey(tree: Tree): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [path, text] of leaves(tree)) {
    const key = path.replace(PLURAL, '');
    out.set(key, [...(out.get(key) ?? []), text]);
  }
  return out;
}

export function catalogueProblems(en: object, ko: object): string[] {
  const problems: string[] = [];
  const a = byKey(en as Tree);
  const b = byKey(ko as Tree);
  for (const [key, texts] of a) {
    const other = b.get(key);
    if (!other) problems.push(`ko lacks ${key}`);
    for (const [lang, list] of [
      ['en', texts],
      ['ko', other ?? []],
    ] as const) {
      if (list.some((t) => t.trim() === '')) problems.push(`${lang} ${key} is empty`);
    }
    if (!other) continue;
    // Every English form may use `count`; what matters is the names a translator must keep.
    const want = placeholders(texts.join(' ')).filter((p) => p !== 'count');
    const got = placeholders(other.join(' ')).filter((p) => p !== 'count');
    if (want.join() !== got.join())
      problems.push(`${key}: en has {{${want.join(', ')}}}, ko has {{${got.join(', ')}}}`);
  }
  for (const key of b.keys()) if (!a.has(key)) problems.push(`en lacks ${key}`);
  return problems;
}
