import type { Condition } from '@stageflow/engine';
import { FormRow } from '../form/FormRow.tsx';
import type { ConditionProps } from './condition-props.ts';
import { useT } from '../../../i18n/useT.ts';

/** The sentence a manager reads when this condition blocks a move (optional; the engine has a default). */
export function MessageInput({ value, onChange, path }: ConditionProps) {
  const { t } = useT();
  const message = 'message' in value ? (value.message ?? '') : '';
  return (
    <FormRow
      label={t('editor.messageWhenNotMet')}
      path={[...path, 'message']}
      className="admin-row--wide"
    >
      {(c) => (
        <input
          {...c}
          placeholder={t('editor.messagePlaceholder')}
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
