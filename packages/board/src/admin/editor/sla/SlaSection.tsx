import type { SlaTarget } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';
import { SlaTargetRow } from './SlaTargetRow.tsx';
import { useT } from '../../../i18n/useT.ts';

/**
 * The SLA policy's targets: thresholds and escalations. The calendar and the pause and stop lists
 * are edited in the JSON view.
 */
export function SlaSection() {
  const { t } = useT();
  const { def, dispatch, reveal } = useEditor();
  const targets = def.slaPolicy?.targets ?? [];
  const addTarget = () => {
    const keys = new Set(targets.map((x) => x.key));
    let n = targets.length + 1;
    while (keys.has(`target_${n}`)) n++;
    const target: SlaTarget = {
      key: `target_${n}`,
      label: t('editor.sla.newTarget'),
      within: { amount: 1, unit: 'days' },
    };
    dispatch({
      type: 'sla',
      policy: { ...(def.slaPolicy ?? {}), targets: [...targets, target] },
    });
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
      <button type="button" className="admin-btn" onClick={addTarget}>
        {t('editor.sla.addTarget')}
      </button>
    </section>
  );
}
