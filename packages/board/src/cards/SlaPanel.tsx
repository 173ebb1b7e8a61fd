// The drawer's SLA section: every target of the workflow's policy, computed in the browser by the
// engine from the card's stage log (the server sends it with the card) and the current time.
import { slaState, type WorkflowDefinition } from '@stageflow/engine';
import type { CardDetail } from '../api/types.ts';
import { formatClock, stageLogOf } from '../board/sla.ts';
import { formatDateTime } from '../board/time.ts';

const STATUS = { ok: 'On time', warning: 'Due soon', breached: 'Breached' } as const;
const CLOCK = {
  running: 'clock running',
  paused: 'clock paused in this stage',
  stopped: 'clock stopped',
  idle: 'not counting in this stage',
} as const;

export function SlaPanel(props: {
  card: CardDetail;
  definition: WorkflowDefinition;
  now: number;
  headingId: string;
}) {
  const { card, definition, now, headingId } = props;
  const state = slaState(definition, stageLogOf(card), new Date(now).toISOString());
  if (!state) return null;
  return (
    <section className="drawer-section sla-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>Service level</h3>
      <ul className="sla-targets">
        {state.targets.map((t) => (
          <li key={t.key} className={`sla-target sla-${t.status}`} data-sla-target={t.key}>
            <div className="sla-target-head">
              <span className="sla-target-label">{t.label}</span>
              <span className={`sla-badge sla-${t.status}`}>{STATUS[t.status]}</span>
            </div>
            <div
              className="sla-meter"
              role="meter"
              aria-label={`${t.label}: ${formatClock(t.elapsedMs)} of ${formatClock(t.limitMs)} used`}
              aria-valuemin={0}
              aria-valuemax={t.limitMs}
              aria-valuenow={Math.min(t.elapsedMs, t.limitMs)}
            >
              <span style={{ width: `${Math.min(100, (100 * t.elapsedMs) / t.limitMs)}%` }} />
            </div>
            <p className="sla-target-text muted">
              {formatClock(t.elapsedMs)} of {formatClock(t.limitMs)} used, {CLOCK[t.clock]}
              {t.breachAt &&
                (t.status === 'breached'
                  ? ` — breached ${formatDateTime(t.breachAt)}`
                  : t.clock === 'running'
                    ? ` — breaches ${formatDateTime(t.breachAt)}`
                    : '')}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
