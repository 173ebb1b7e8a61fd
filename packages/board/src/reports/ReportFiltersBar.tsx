// The reports' filters: workflow, date range (with 7/30/90-day shortcuts ending today) and
// assignee. Changes go to the URL.
import { localLabel } from '@stageflow/engine';
import type { WorkflowSummary } from '@stageflow/api';
import { useDirectory } from '../app/directory.tsx';
import { useT } from '../i18n/useT.ts';
import type { ReportFilters } from './reports-api.ts';

const DAY_MS = 86_400_000;
const PRESETS = [7, 30, 90] as const;

export function ReportFiltersBar({
  workflows,
  filters,
  today,
  onChange,
}: {
  workflows: WorkflowSummary[];
  filters: ReportFilters;
  today: string;
  onChange: (changes: Record<string, string | null>) => void;
}) {
  const { t, locale } = useT();
  const { people } = useDirectory();
  const presetOf = (days: number) =>
    new Date(Date.parse(today) - (days - 1) * DAY_MS).toISOString().slice(0, 10);
  return (
    <form
      className="report-filters"
      aria-label={t('reports.filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label>
        <span>{t('reports.workflow')}</span>
        <select value={filters.workflow} onChange={(e) => onChange({ workflow: e.target.value })}>
          {workflows.map((w) => (
            <option key={w.key} value={w.key}>
              {localLabel({ label: w.name, labels: w.definition.labels }, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('reports.from')}</span>
        <input
          type="date"
          value={filters.from}
          max={filters.to}
          onChange={(e) => e.target.value && onChange({ from: e.target.value })}
        />
      </label>
      <label>
        <span>{t('reports.to')}</span>
        <input
          type="date"
          value={filters.to}
          min={filters.from}
          onChange={(e) => e.target.value && onChange({ to: e.target.value })}
        />
      </label>
      <div className="segmented" role="group" aria-label={t('reports.quickRange')}>
        {PRESETS.map((days) => {
          const current = filters.to === today && filters.from === presetOf(days);
          return (
            <button
              key={days}
              type="button"
              aria-pressed={current}
              onClick={() => onChange({ from: presetOf(days), to: today })}
            >
              {t('reports.lastDays', { n: days })}
            </button>
          );
        })}
      </div>
      <label>
        <span>{t('reports.assignee')}</span>
        <select value={filters.assignee} onChange={(e) => onChange({ assignee: e.target.value })}>
          <option value="">{t('reports.everyone')}</option>
          <option value="none">{t('reports.unassigned')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
    </form>
  );
}
