import { CLOCK_UNITS, type ClockDuration, type ClockUnit } from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { FormRow } from './FormRow.tsx';
import { parseNumber } from './optional.ts';
import { useT } from '../../../i18n/useT.ts';

interface Props {
  label: string;
  path: DefPath;
  value: ClockDuration | undefined;
  /** undefined: the amount was emptied (the duration is left out of the definition). */
  onChange: (value: ClockDuration | undefined) => void;
  hint?: string;
  /** The unit a new duration starts in. */
  defaultUnit?: ClockUnit;
}

/** An amount and a clock unit (hours, days, business hours, business days); empty = none. */
export function ClockDurationInput({ label, path, value, onChange, hint, defaultUnit }: Props) {
  const { t } = useT();
  const unit = value?.unit ?? defaultUnit ?? 'hours';
  return (
    <FormRow label={label} path={path} hint={hint}>
      {(c) => (
        <div className="admin-inline">
          <input
            {...c}
            type="number"
            min={0}
            step="any"
            placeholder={t('editor.none')}
            className="admin-input--short"
            value={value?.amount ?? ''}
            onChange={(e) => {
              const amount = parseNumber(e.target.value);
              onChange(amount === undefined ? undefined : { amount, unit });
            }}
          />
          <select
            aria-label={t('editor.clock.unitOf', { what: label })}
            value={unit}
            disabled={!value}
            onChange={(e) => value && onChange({ ...value, unit: e.target.value as ClockUnit })}
          >
            {CLOCK_UNITS.map((u) => (
              <option key={u} value={u}>
                {t(`editor.clock.${u}`)}
              </option>
            ))}
          </select>
        </div>
      )}
    </FormRow>
  );
}
