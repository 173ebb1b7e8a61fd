// The small form a transition asks for before it can be made (lost reason, diagnosis…).
import type { Fields, Move, WorkflowDefinition } from '@stageflow/engine';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../cards/Dialog.tsx';
import { cleanValues, fieldProblems } from '../cards/field-form.ts';
import { FieldInput } from '../cards/FieldInput.tsx';
import { Trans } from 'react-i18next';
import { useT } from '../i18n/useT.ts';

export function MoveFieldsDialog({
  definition,
  move,
  cardTitle,
  onSubmit,
  onCancel,
}: {
  definition: WorkflowDefinition;
  move: Move;
  cardTitle: string;
  onSubmit: (fields: Fields) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useT();
  const [values, setValues] = useState<Fields>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fields = move.missing
    .map((key) => definition.fields.find((f) => f.key === key))
    .filter((f) => f !== undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = cleanValues(values);
    const problems = fieldProblems(definition, clean, {
      partial: true,
      mustFill: move.missing,
      locale,
    });
    setErrors(problems);
    if (Object.keys(problems).length === 0) onSubmit(clean);
  }

  return (
    <Dialog
      title={move.label}
      description={
        <Trans
          ns="board"
          i18nKey="moveDialog.fillIn"
          values={{ card: cardTitle, stage: move.toLabel }}
          components={{ strong: <strong /> }}
        />
      }
      onClose={onCancel}
    >
      <form onSubmit={submit} noValidate className="dialog-form">
        {fields.map((field, index) => (
          <FieldInput
            key={field.key}
            field={field}
            value={values[field.key]}
            onChange={(value) => setValues((v) => ({ ...v, [field.key]: value }))}
            error={errors[field.key]}
            required
            autoFocus={index === 0}
          />
        ))}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary">
            {move.label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
