// The drawer's SLA section: every target of the workflow's policy, computed in the browser by the
// engine from the card's stage log (the server sends it with the card) and the current time.
import { slaState, type WorkflowDefinition } from '@stageflow/engine';
import type { CardDetail } from '@stageflow/api';
import { formatClock, stageLogOf, targetLabel } from '../board/sla.ts';
import { formatDateTime } from '../board/time.ts';
import { useT } from '../i18n/useT.ts';

export function SlaPanel(props: {
  card: CardDetail;
  definition: WorkflowDefinition;
  now: number;
  headingId: string;
}) {
  const { card, definition, now, headingId } = props;
  const { t, locale } = useT();
  const state = slaState(definition, stageLogOf(card), new Date(now).toISOString());
  if (!state) return null;
  return (
    <section className="drawer-section sla-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('sla.panelTitle')}</h3>
      <ul className="sla-targets">
        {state.targets.map((target) => {
          const label = targetLabel(definition, target, locale);
          const used = formatClock(t, target.elapsedMs);
          const limit = formatClock(t, target.limitMs);
          const at = target.breachAt && formatDateTime(target.breachAt);
          return (
            <li
              key={target.key}
              className={`sla-target sla-${target.status}`}
              data-sla-target={target.key}
            >
              <div className="sla-target-head">
                <span className="sla-target-label">{label}</span>
                <span className={`sla-badge sla-${target.status}`}>
                  {t(`sla.panelStatus.${target.status}`)}
                </span>
              </div>
              <div
                className="sla-meter"
                role="meter"
                aria-label={t('sla.meter', { target: label, used, limit })}
                aria-valuemin={0}
                aria-valuemax={target.limitMs}
                aria-valuenow={Math.min(target.elapsedMs, target.limitMs)}
              >
                <span
                  style={{ width: `${Math.min(100, (100 * target.elapsedMs) / target.limitMs)}%` }}
                />
              </div>
              <p className="sla-target-text muted">
                {t('sla.used', { used, limit, clock: t(`sla.clock.${target.clock}`) })}
              </p>
              {at && (target.status === 'breached' || target.clock === 'running') && (
                <p className="sla-target-text muted">
                  {t(target.status === 'breached' ? 'sla.breachedAt' : 'sla.breachesAt', { at })}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
