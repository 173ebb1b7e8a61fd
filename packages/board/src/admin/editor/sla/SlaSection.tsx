import type { SlaTarget } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { CalendarEditor } from './CalendarEditor.tsx';
import { ClockStages } from './ClockStages.tsx';
import { SlaTargetRow } from './SlaTargetRow.tsx';
import { useSlaPolicy } from './use-sla-policy.ts';
import { useT } from '../../../i18n/useT.ts';

/**
 * The SLA policy: its targets (thresholds and who is told), the business calendar that business
 * time counts in, and the stages where the clocks pause or stop.
 */
export function SlaSection() {
  const { t } = useT();
  const { reveal } = useEditor();
  const { policy, setPolicy } = useSlaPolicy();
  const targets = policy?.targets ?? [];
  const addTarget = () => {
    const keys = new Set(targets.map((x) => x.key));
    let n = targets.length + 1;
    while (keys.has(`target_${n}`)) n++;
    const target: SlaTarget = {
      key: `target_${n}`,
      label: t('editor.sla.newTarget'),
      within: { amount: 1, unit: 'days' },
    };
    setPolicy({ ...(policy ?? {}), targets: [...targets, target] });
    reveal(['slaPolicy', 'targets', targets.length, 'label']);
  };
  return (
    <section className="admin-section" aria-labelledby="admin-sla-title">
      <div className="admin-section__head">
        <h2 id="admin-sla-title">{t('editor.sla.title')}</h2>
        <p className="admin-muted">{t('editor.sla.intro')}</p>
      </div>
      {targets.length === 0 && <p className="admin-empty">{t('editor.sla.none')}</p>}
      <ol className="admin-list" aria-label={t('editor.sla.title')}>
        {targets.map((target, i) => (
          <SlaTargetRow key={i} target={target} index={i} />
        ))}
      </ol>
      <ProblemText path={['slaPolicy', 'targets']} claimed={targets.map((_, i) => String(i))} />
      <button type="button" className="admin-btn" onClick={addTarget}>
        {t('editor.sla.addTarget')}
      </button>
      {policy ? (
        <>
          <CalendarEditor policy={policy} onChange={setPolicy} />
          <ClockStages policy={policy} onChange={setPolicy} />
        </>
      ) : (
        <p className="admin-muted">{t('editor.sla.policyNeedsTarget')}</p>
      )}
    </section>
  );
}
