import type { StageDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { withOptional } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  stage: StageDef;
  path: DefPath;
  onChange: (stage: StageDef) => void;
}

/** The stage's SLA: how long a card may stay before it is overdue. Empty amount = no deadline. */
export function StageDeadlineInput({ stage, path, onChange }: Props) {
  const { t } = useT();
  const unit = stage.sla?.unit ?? 'days';
  return (
    <FormRow label={t('editor.deadline')} path={[...path, 'sla']}>
      {(c) => (
        <div className="admin-inline">
          <input
            {...c}
            type="number"
            min={0}
            step="any"
            placeholder={t('editor.none')}
            className="admin-input--short"
            value={stage.sla?.amount ?? ''}
            onChange={(e) => {
              const amount = e.target.value === '' ? undefined : Number(e.target.value);
              onChange(
                withOptional(stage, 'sla', amount === undefined ? undefined : { amount, unit }),
              );
            }}
          />
          <select
            aria-label={t('editor.deadlineUnit')}
            value={unit}
            disabled={!stage.sla}
            onChange={(e) =>
              stage.sla &&
              onChange({
                ...stage,
                sla: { ...stage.sla, unit: e.target.value as 'hours' | 'days' },
              })
            }
          >
            <option value="hours">{t('editor.hours')}</option>
            <option value="days">{t('editor.days')}</option>
          </select>
        </div>
      )}
    </FormRow>
  );
}
