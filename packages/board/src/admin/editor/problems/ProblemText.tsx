import type { Problem } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { pathId } from '../../paths.ts';
import { useProblemsAt } from './problems-context.ts';

/** A container's own problems, in red beside it (see `problemsAt` for `claimed`). */
export function ProblemText({ path, claimed }: { path: DefPath; claimed?: readonly string[] }) {
  const problems = useProblemsAt(path, claimed ?? []);
  return <ProblemMessages id={`${pathId(path)}-problems`} problems={problems} />;
}

export function ProblemMessages({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="admin-problem-text" id={id} role="list">
      {problems.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}
