import type { SlaPolicy } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { withOptional } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';

/** The stages where every SLA clock pauses, and where the clocks stop. */
export function ClockStages({
  policy,
  onChange,
}: {
  policy: SlaPolicy;
  onChange: (next: SlaPolicy) => void;
}) {
  const { t } = useT();
  const { def, ids } = useEditor();
  const items = def.stages.map((s, i) => ({ key: s.key, label: s.label, id: ids.stages[i] }));
  const setList = (list: 'pausedIn' | 'stoppedIn', keys: string[]) =>
    onChange(withOptional(policy, list, keys.length ? keys : undefined));
  return (
    <section className="admin-subsection" aria-labelledby="admin-sla-clock-title">
      <h3 id="admin-sla-clock-title">{t('editor.sla.clockStages')}</h3>
      <KeyChecklist
        legend={t('editor.sla.pausedIn')}
        hint={t('editor.sla.pausedInHint')}
        noun="stage"
        path={['slaPolicy', 'pausedIn']}
        value={policy.pausedIn ?? []}
        items={items}
        onChange={(keys) => setList('pausedIn', keys)}
      />
      <KeyChecklist
        legend={t('editor.sla.stoppedIn')}
        hint={t('editor.sla.stoppedInHint')}
        noun="stage"
        path={['slaPolicy', 'stoppedIn']}
        value={policy.stoppedIn ?? []}
        items={items}
        onChange={(keys) => setList('stoppedIn', keys)}
      />
    </section>
  );
}
