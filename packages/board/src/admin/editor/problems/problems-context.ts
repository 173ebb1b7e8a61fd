import { createContext, useContext } from 'react';
import type { Problem } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { startsWith } from '../../paths.ts';

export const ProblemsContext = createContext<readonly Problem[]>([]);

export function useProblems(): readonly Problem[] {
  return useContext(ProblemsContext);
}

/**
 * The problems to show at `path`. Without `claimed`: the problems at `path` or below it (an input).
 * With `claimed`: a container's own problems — below it, except under the child keys whose own
 * inputs already show them.
 */
export function problemsAt(
  problems: readonly Problem[],
  path: DefPath,
  claimed?: readonly string[],
): Problem[] {
  return problems.filter((p) => {
    if (!startsWith(p.path, path)) return false;
    if (!claimed || p.path.length === path.length) return true;
    return !claimed.includes(String(p.path[path.length]));
  });
}

export function useProblemsAt(path: DefPath, claimed?: readonly string[]): Problem[] {
  return problemsAt(useProblems(), path, claimed);
}
