import type { Role, TransitionDef } from '@stageflow/engine';
import { pathId } from '../../paths.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { RoleCheckboxes } from '../form/RoleCheckboxes.tsx';
import { withOptional } from '../form/optional.ts';
import { useProblemsAt } from '../problems/problems-context.ts';
import { ProblemText } from '../problems/ProblemText.tsx';
import { AssignmentsEditor } from './AssignmentsEditor.tsx';
import { EffectsEditor } from '../links/EffectsEditor.tsx';
import { ClockDurationInput } from '../form/ClockDurationInput.tsx';
import { FromPicker } from './FromPicker.tsx';
import { GuardEditor } from './GuardEditor.tsx';
import { RequiresPicker } from './RequiresPicker.tsx';
import { StageSelect } from './StageSelect.tsx';
import { routeText } from './transition-summary.ts';
import { useT } from '../../../i18n/useT.ts';
import { withKorean } from '../form/korean-label.ts';

const OWN_INPUTS = [
  'label',
  'event',
  'from',
  'to',
  'description',
  'roles',
  'requires',
  'guard',
  'assign',
  'after',
  'notify',
  'effects',
];

export function TransitionPanel({
  transition: t,
  index,
  id,
}: {
  transition: TransitionDef;
  index: number;
  id: string;
}) {
  const { t: say } = useT();
  const { def, dispatch, isOpen, setOpen } = useEditor();
  const path = ['transitions', index] as const;
  const problems = useProblemsAt(path);
  const open = isOpen(id);
  const update = (next: TransitionDef) =>
    dispatch({ type: 'transition.update', index, transition: next });
  const name = t.label || t.event || `transition ${index + 1}`;
  const bodyId = `${id}-body`;
  return (
    <li
      className={`admin-transition ${problems.length ? 'admin-transition--invalid' : ''}`}
      aria-label={say('editor.transitionNamed', { name })}
    >
      <div className="admin-transition__head" id={pathId(path)} tabIndex={-1}>
        <button
          type="button"
          className="admin-transition__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(id, !open)}
        >
          <span className="admin-chevron" aria-hidden>
            {open ? '▾' : '▸'}
          </span>
          <span className="admin-transition__name">{name}</span>
          <span className="admin-transition__route">{routeText(t, def)}</span>
          {problems.length > 0 && (
            <span className="admin-badge admin-badge--danger">
              {problems.length} problem{problems.length > 1 ? 's' : ''}
            </span>
          )}
        </button>
        <button
          type="button"
          className="admin-icon-btn admin-icon-btn--danger"
          aria-label={say('editor.removeTransition', { name })}
          onClick={() => dispatch({ type: 'transition.remove', index })}
        >
          ✕
        </button>
      </div>
      {open && (
        <div className="admin-transition__body" id={bodyId}>
          <div className="admin-grid admin-grid--2">
            <FormRow
              label={say('editor.label')}
              path={[...path, 'label']}
              hint={say('editor.transitionLabelHint')}
            >
              {(c) => (
                <input
                  {...c}
                  value={t.label}
                  onChange={(e) => update({ ...t, label: e.target.value })}
                />
              )}
            </FormRow>
            <FormRow label={say('editor.labelKo')} path={[...path, 'labels', 'ko']}>
              {(c) => (
                <input
                  {...c}
                  lang="ko"
                  value={t.labels?.ko ?? ''}
                  placeholder={say('editor.optional')}
                  onChange={(e) => {
                    const labels = withKorean(t.labels, e.target.value);
                    const next = { ...t, labels };
                    if (!labels) delete next.labels;
                    update(next);
                  }}
                />
              )}
            </FormRow>
            <FormRow
              label={say('editor.eventKey')}
              path={[...path, 'event']}
              hint={say('editor.usedByApi')}
            >
              {(c) => (
                <input
                  {...c}
                  className="admin-mono"
                  spellCheck={false}
                  value={t.event}
                  onChange={(e) => update({ ...t, event: e.target.value })}
                />
              )}
            </FormRow>
          </div>
          <div className="admin-grid admin-grid--route">
            <FromPicker
              value={t.from}
              path={[...path, 'from']}
              onChange={(from) => update({ ...t, from })}
            />
            <FormRow label={say('editor.to')} path={[...path, 'to']}>
              {(c) => (
                <StageSelect control={c} value={t.to} onChange={(to) => update({ ...t, to })} />
              )}
            </FormRow>
          </div>
          <RoleCheckboxes
            legend={say('editor.whoMay')}
            path={[...path, 'roles']}
            value={t.roles ?? []}
            hint={say('editor.whoMayHint')}
            onChange={(roles) => update(withOptional(t, 'roles', roles.length ? roles : undefined))}
          />
          <ClockDurationInput
            label={say('editor.timer.after')}
            path={[...path, 'after']}
            value={t.after}
            hint={say('editor.timer.afterHint')}
            onChange={(after) => update(withOptional(t, 'after', after))}
          />
          <RoleCheckboxes
            legend={say('editor.timer.notify')}
            path={[...path, 'notify']}
            value={(t.notify ?? []) as Role[]}
            hint={say('editor.timer.notifyHint')}
            onChange={(roles) =>
              update(withOptional(t, 'notify', roles.length ? roles : undefined))
            }
          />
          <RequiresPicker
            value={t.requires ?? []}
            path={[...path, 'requires']}
            onChange={(keys) => update(withOptional(t, 'requires', keys.length ? keys : undefined))}
          />
          <GuardEditor
            value={t.guard}
            path={[...path, 'guard']}
            onChange={(guard) => update(withOptional(t, 'guard', guard))}
          />
          <AssignmentsEditor
            value={t.assign ?? []}
            path={[...path, 'assign']}
            onChange={(assign) =>
              update(withOptional(t, 'assign', assign.length ? assign : undefined))
            }
          />
          <EffectsEditor
            value={t.effects ?? []}
            path={[...path, 'effects']}
            onChange={(effects) =>
              update(withOptional(t, 'effects', effects.length ? effects : undefined))
            }
          />
          <ProblemText path={path} claimed={OWN_INPUTS} />
        </div>
      )}
    </li>
  );
}
