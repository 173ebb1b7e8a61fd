import type { Holiday } from '@stageflow/engine';
import { useState } from 'react';
import { pathId, type DefPath } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { KOREAN_HOLIDAY_YEARS, withKoreanHolidays } from './korean-holidays.ts';
import { useT } from '../../../i18n/useT.ts';

/** The workflow's own closed days: dated, named, added one by one or a Korean year at a time. */
export function HolidayList({
  path,
  value,
  onChange,
}: {
  path: DefPath;
  value: readonly Holiday[];
  onChange: (next: Holiday[]) => void;
}) {
  const { t } = useT();
  const { today, reveal } = useEditor();
  const thisYear = Number(today.slice(0, 4));
  const [year, setYear] = useState(
    KOREAN_HOLIDAY_YEARS.includes(thisYear) ? thisYear : (KOREAN_HOLIDAY_YEARS.at(-1) ?? thisYear),
  );
  const update = (j: number, next: Holiday) => onChange(value.map((h, i) => (i === j ? next : h)));
  const add = () => {
    onChange([...value, { date: today, name: t('editor.sla.newHoliday') }]);
    reveal([...path, value.length, 'date']);
  };
  return (
    <fieldset className="admin-fieldset" id={pathId(path)} tabIndex={-1}>
      <legend>{t('editor.sla.holidays')}</legend>
      {value.length === 0 && <p className="admin-muted">{t('editor.sla.noHolidays')}</p>}
      <ol className="admin-holidays" aria-label={t('editor.sla.holidays')}>
        {value.map((holiday, j) => {
          const name = holiday.name || holiday.date;
          return (
            <li key={j} aria-label={t('editor.sla.holidayNamed', { name })}>
              <FormRow label={t('editor.sla.holidayDate')} path={[...path, j, 'date']}>
                {(c) => (
                  <input
                    {...c}
                    type="date"
                    value={holiday.date}
                    onChange={(e) => update(j, { ...holiday, date: e.target.value })}
                  />
                )}
              </FormRow>
              <FormRow label={t('editor.sla.holidayName')} path={[...path, j, 'name']}>
                {(c) => (
                  <input
                    {...c}
                    value={holiday.name}
                    onChange={(e) => update(j, { ...holiday, name: e.target.value })}
                  />
                )}
              </FormRow>
              <button
                type="button"
                className="admin-icon-btn admin-icon-btn--danger"
                aria-label={t('editor.sla.removeHoliday', { name })}
                onClick={() => onChange(value.filter((_, i) => i !== j))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      <ProblemText path={path} claimed={value.map((_, j) => String(j))} />
      <div className="admin-inline admin-inline--wrap">
        <button type="button" className="admin-btn" onClick={add}>
          {t('editor.sla.addHoliday')}
        </button>
        <select
          className="admin-input--short"
          aria-label={t('editor.sla.koreanYear')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
        >
          {KOREAN_HOLIDAY_YEARS.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="admin-btn"
          onClick={() => onChange(withKoreanHolidays(value, year))}
        >
          {t('editor.sla.addKoreanHolidays', { year })}
        </button>
      </div>
    </fieldset>
  );
}
