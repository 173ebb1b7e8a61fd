import type { Problem, WorkflowDefinition } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { describePath } from './describe-path.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  def: WorkflowDefinition;
  problems: readonly Problem[];
  pending: boolean;
  onSelect: (path: DefPath) => void;
}

/** Everything the engine finds wrong with the draft; a click takes you to the input. */
export function ProblemList({ def, problems, pending, onSelect }: Props) {
  const { t } = useT();
  return (
    <section className="admin-problems" aria-labelledby="admin-problems-title" aria-live="polite">
      <h2 id="admin-problems-title" className="admin-problems__title">
        {problems.length === 0 ? (
          <span className="admin-ok">
            {pending ? t('editor.noProblemsPending') : t('editor.noProblems')}
          </span>
        ) : (
          <span className="admin-problems__count">
            {t('editor.problemsCount', { count: problems.length })}
            {pending ? ' …' : ''}
          </span>
        )}
      </h2>
      {problems.length > 0 && (
        <ul className="admin-problems__list">
          {problems.map((p, i) => (
            <li key={i}>
              <button
                type="button"
                className="admin-problems__item"
                onClick={() => onSelect(p.path)}
              >
                <span className="admin-problems__where">{describePath(def, p.path)}</span>
                <span className="admin-problems__message">{p.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
