import type { WorkflowDefinition } from '@stageflow/engine';
import { useT } from '../../../i18n/useT.ts';
import { Trans } from 'react-i18next';
import { localLabel } from '@stageflow/engine';

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
  const { t, locale } = useT();
  return (
    <fieldset className="admin-fieldset admin-mapping">
      <legend>{t('editor.mapping.legend')}</legend>
      <p className="admin-muted">{t('editor.mapping.intro')}</p>
      <ul className="admin-mapping__list">
        {stranded.map(({ stage, count }) => {
          const id = `admin-map-${stage}`;
          const name = oldLabels[stage] ?? stage;
          return (
            <li key={stage} className="admin-mapping__row">
              <label htmlFor={id}>
                <Trans
                  ns="board"
                  i18nKey="editor.mapping.goTo"
                  count={count}
                  values={{ name, count }}
                  components={{ strong: <strong /> }}
                />
              </label>
              <select
                id={id}
                value={stageMap[stage] ?? ''}
                onChange={(e) => onChange({ ...stageMap, [stage]: e.target.value })}
              >
                <option value="" disabled>
                  {t('editor.chooseStage')}
                </option>
                {draft.stages.map((s) => (
                  <option key={s.key} value={s.key}>
                    {localLabel(s, locale)}
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
