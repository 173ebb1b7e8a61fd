import type { Condition } from '@stageflow/engine';
import { ProblemText } from '../problems/ProblemText.tsx';
import type { ConditionProps } from './condition-props.ts';
import { defaultCondition } from './condition-model.ts';
import { ConditionEditor } from './ConditionEditor.tsx';

type Group = Extract<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

/** "All of" / "any of" hold a list of conditions; "not" holds exactly one. */
export function ConditionGroupEditor({ value, onChange, path, env }: ConditionProps<Group>) {
  if ('not' in value) {
    return (
      <div className="admin-cond__members">
        <ConditionEditor
          value={value.not}
          onChange={(not) => onChange({ not })}
          path={[...path, 'not']}
          env={env}
        />
      </div>
    );
  }
  const op = 'all' in value ? 'all' : 'any';
  const members = 'all' in value ? value.all : value.any;
  const set = (next: Condition[]) => onChange(op === 'all' ? { all: next } : { any: next });
  return (
    <div className="admin-cond__members">
      {members.map((member, i) => (
        <ConditionEditor
          key={i}
          value={member}
          path={[...path, op, i]}
          env={env}
          onChange={(next) => set(members.map((m, j) => (j === i ? next : m)))}
          onRemove={() => set(members.filter((_, j) => j !== i))}
        />
      ))}
      <ProblemText path={[...path, op]} />
      <button
        type="button"
        className="admin-btn admin-btn--small"
        onClick={() => set([...members, defaultCondition('field', env.fields, env.today)])}
      >
        + Add condition
      </button>
    </div>
  );
}
