import type { Condition } from '@stageflow/engine';
import { FormRow } from '../form/FormRow.tsx';
import type { ConditionProps } from './condition-props.ts';

/** The sentence a manager reads when this condition blocks a move (optional; the engine has a default). */
export function MessageInput({ value, onChange, path }: ConditionProps) {
  const message = 'message' in value ? (value.message ?? '') : '';
  return (
    <FormRow label="Message when not met" path={[...path, 'message']} className="admin-row--wide">
      {(c) => (
        <input
          {...c}
          placeholder="Optional — e.g. “The warranty has expired.”"
          value={message}
          onChange={(e) => {
            const next = { ...value } as Condition & { message?: string };
            if (e.target.value === '') delete next.message;
            else next.message = e.target.value;
            onChange(next);
          }}
        />
      )}
    </FormRow>
  );
}
