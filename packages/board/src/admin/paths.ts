// A Problem.path from the engine (["transitions", 3, "to"]) doubles as the DOM id of the input that
// edits that spot, so a problem can be shown next to its input and focused from the problem list.
export type DefPath = readonly (string | number)[];

export function pathId(path: DefPath): string {
  return `admin-def-${path.join('.')}`;
}

export function startsWith(path: DefPath, prefix: DefPath): boolean {
  return (
    prefix.length <= path.length && prefix.every((part, i) => String(part) === String(path[i]))
  );
}
