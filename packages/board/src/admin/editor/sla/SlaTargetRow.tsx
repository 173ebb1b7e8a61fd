import type { Role, SlaTarget } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { ClockDurationInput } from '../form/ClockDurationInput.tsx';
import { KeyChecklist } from '../form/KeyChecklist.tsx';
import { LabelKeyInputs } from '../form/LabelKeyInputs.tsx';
import { withOptional } from '../form/optional.ts';
import { RoleCheckboxes } from '../form/RoleCheckboxes.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { useSlaPolicy } from './use-sla-policy.ts';
import { useT } from '../../../i18n/useT.ts';

const OWN_INPUTS = ['key', 'label', 'labels', 'stages', 'within', 'warnAfter', 'escalate'];

/** One SLA target: what is measured, its breach and warning thresholds, and who is told. */
export function SlaTargetRow({ target, index }: { target: SlaTarget; index: number }) {
  const { t } = useT();
  const { def, ids } = useEditor();
  const { setPolicy } = useSlaPolicy();
  const path = ['slaPolicy', 'targets', index] as const;
  const policy = def.slaPolicy!;
  const update = (next: SlaTarget) =>
    setPolicy({ ...policy, targets: policy.targets.map((x, i) => (i === index ? next : x)) });
  const remove = () =>
    setPolicy({ ...policy, targets: policy.targets.filter((_, i) => i !== index) });
  const escalateTo = (threshold: 'warning' | 'breach', roles: Role[]) => {
    const escalate = withOptional(
      target.escalate ?? {},
      threshold,
      roles.length ? roles : undefined,
    );
    update(withOptional(target, 'escalate', Object.keys(escalate).length ? escalate : undefined));
  };
  const name = target.label || target.key || t('editor.sla.targetN', { n: index + 1 });
  return (
    <li
      className="admin-transition"
      aria-label={t('editor.sla.targetNamed', { name })}
      id={pathId(path)}
      tabIndex={-1}
    >
      <div className="admin-transition__head">
        <span className="admin-transition__name">{name}</span>
        <button
          type="button"
          className="admin-icon-btn admin-icon-btn--danger"
          aria-label={t('editor.sla.removeTarget', { name })}
          onClick={remove}
        >
          ✕
        </button>
      </div>
      <div className="admin-transition__body">
        <div className="admin-grid admin-grid--3">
          <LabelKeyInputs value={target} path={path} onChange={update} />
        </div>
        <div className="admin-grid admin-grid--2">
          <ClockDurationInput
            label={t('editor.sla.within')}
            path={[...path, 'within']}
            value={target.within}
            // `within` is required: emptying it keeps the last duration's unit at amount 0,
            // which validate() reports where the person is looking.
            onChange={(within) =>
              update({ ...target, within: within ?? { ...target.within, amount: 0 } })
            }
          />
          <ClockDurationInput
            label={t('editor.sla.warnAfter')}
            path={[...path, 'warnAfter']}
            value={target.warnAfter}
            defaultUnit={target.within.unit}
            hint={t('editor.sla.warnAfterHint')}
            onChange={(warnAfter) => update(withOptional(target, 'warnAfter', warnAfter))}
          />
        </div>
        <KeyChecklist
          legend={t('editor.sla.runsIn')}
          hint={t('editor.sla.runsInHint')}
          noun="stage"
          path={[...path, 'stages']}
          value={target.stages ?? []}
          items={def.stages.map((s, i) => ({ key: s.key, label: s.label, id: ids.stages[i] }))}
          onChange={(keys) =>
            update(withOptional(target, 'stages', keys.length ? keys : undefined))
          }
        />
        <RoleCheckboxes
          legend={t('editor.sla.escalateWarning')}
          path={[...path, 'escalate', 'warning']}
          value={(target.escalate?.warning ?? []) as Role[]}
          onChange={(roles) => escalateTo('warning', roles)}
        />
        <RoleCheckboxes
          legend={t('editor.sla.escalateBreach')}
          path={[...path, 'escalate', 'breach']}
          value={(target.escalate?.breach ?? []) as Role[]}
          onChange={(roles) => escalateTo('breach', roles)}
        />
        <ProblemText path={path} claimed={OWN_INPUTS} />
      </div>
    </li>
  );
}
