import type { StageDef } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { withOptional } from '../form/optional.ts';

interface Props {
  stage: StageDef;
  path: DefPath;
  onChange: (stage: StageDef) => void;
}

/** The stage's SLA: how long a card may stay before it is overdue. Empty amount = no deadline. */
export function StageDeadlineInput({ stage, path, onChange }: Props) {
  const unit = stage.sla?.unit ?? 'days';
  return (
    <FormRow label="Deadline" path={[...path, 'sla']}>
      {(c) => (
        <div className="admin-inline">
          <input
            {...c}
            type="number"
            min={0}
            step="any"
            placeholder="None"
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
            aria-label="Deadline unit"
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
            <option value="hours">hours</option>
            <option value="days">days</option>
          </select>
        </div>
      )}
    </FormRow>
  );
}
