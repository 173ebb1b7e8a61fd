import type { SlaPolicy } from '@stageflow/engine';
import { useEditor } from '../editor-context.ts';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { withOptional } from '../form/optional.ts';
import { useT } from '../../../i18n/useT.ts';

const CLOCK_LISTS = [
  { list: 'pausedIn', legend: 'editor.sla.pausedIn', hint: 'editor.sla.pausedInHint' },
  { list: 'stoppedIn', legend: 'editor.sla.stoppedIn', hint: 'editor.sla.stoppedInHint' },
] as const;

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
      {CLOCK_LISTS.map(({ list, legend, hint }) => (
        <KeyChecklist
          key={list}
          legend={t(legend)}
          hint={t(hint)}
          noun="stage"
          path={['slaPolicy', list]}
          value={policy[list] ?? []}
          items={items}
          onChange={(keys) => setList(list, keys)}
        />
      ))}
    </section>
  );
}
