// The small form a transition asks for before it can be made (lost reason, diagnosis…).
import type { Fields, Move, WorkflowDefinition } from '@stageflow/engine';
import { useState, type FormEvent } from 'react';
import { Dialog } from '../cards/Dialog.tsx';
import { cleanValues, fieldProblems } from '../cards/field-form.ts';
import { FieldInput } from '../cards/FieldInput.tsx';

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
  const [values, setValues] = useState<Fields>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const fields = move.missing
    .map((key) => definition.fields.find((f) => f.key === key))
    .filter((f) => f !== undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const clean = cleanValues(values);
    const problems = fieldProblems(definition, clean, { partial: true, mustFill: move.missing });
    setErrors(problems);
    if (Object.keys(problems).length === 0) onSubmit(clean);
  }

  return (
    <Dialog
      title={move.label}
      description={
        <>
          To move <strong>{cardTitle}</strong> to {move.toLabel}, fill in:
        </>
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
            Cancel
          </button>
          <button type="submit" className="button primary">
            {move.label}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
