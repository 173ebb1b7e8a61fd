import type { WorkflowDefinition } from '@stageflow/engine';

interface Props {
  stranded: { stage: string; count: number }[];
  /** Labels of the old stages (from the published version), by key. */
  oldLabels: Record<string, string>;
  draft: WorkflowDefinition;
  stageMap: Record<string, string>;
  onChange: (stageMap: Record<string, string>) => void;
}

/** For each stage the new version drops that still holds cards: which new stage they go to. */
export function MigrationMapping({ stranded, oldLabels, draft, stageMap, onChange }: Props) {
  return (
    <fieldset className="admin-fieldset admin-mapping">
      <legend>Move cards out of removed stages</legend>
      <p className="admin-muted">
        The new version has no stage for these cards. Choose where each group goes; every move is
        recorded in the card's history.
      </p>
      <ul className="admin-mapping__list">
        {stranded.map(({ stage, count }) => {
          const id = `admin-map-${stage}`;
          const name = oldLabels[stage] ?? stage;
          return (
            <li key={stage} className="admin-mapping__row">
              <label htmlFor={id}>
                <strong>{name}</strong> — {count} card{count === 1 ? '' : 's'} go to
              </label>
              <select
                id={id}
                value={stageMap[stage] ?? ''}
                onChange={(e) => onChange({ ...stageMap, [stage]: e.target.value })}
              >
                <option value="" disabled>
                  Choose a stage…
                </option>
                {draft.stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.label}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
