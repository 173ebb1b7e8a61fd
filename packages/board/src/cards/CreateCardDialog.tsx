// A new card: a title and the workflow's fields, checked by the engine before sending.
import {
  stageLabel,
  workflowName,
  type FieldDef,
  type Fields,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useState, type FormEvent } from 'react';
import { createCard } from '../api/endpoints.ts';
import { ApiError, messageOf, problemFieldErrors } from '../api/problem.ts';
import type { CardDetail, WorkflowSummary } from '@stageflow/api';
import { Dialog } from './Dialog.tsx';
import { cleanValues, fieldProblems } from './field-form.ts';
import { FieldInput } from './FieldInput.tsx';
import { useT } from '../i18n/useT.ts';
import { OrderPickers } from '../parts/OrderPickers.tsx';
import { ORDER_PICKED, receivesGoods } from '../parts/parts-rules.ts';

export function CreateCardDialog({
  workflow,
  definition,
  onCreated,
  onCancel,
}: {
  workflow: WorkflowSummary;
  definition: WorkflowDefinition;
  onCreated: (card: CardDetail) => void;
  onCancel: () => void;
}) {
  const { t, locale } = useT();
  const [title, setTitle] = useState('');
  const [values, setValues] = useState<Fields>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // Fields the moves stamp (closed on…) are not asked for; fields a later move asks for (lost
  // reason, contract number…) wait under "More fields" unless they show on the card.
  const stamped = new Set(
    definition.transitions.flatMap((t) => (t.assign ?? []).map((a) => a.field)),
  );
  const askedLater = new Set(definition.transitions.flatMap((t) => t.requires ?? []));
  // A purchase order's part and supplier are picked from the catalogue (OrderPickers).
  const ordering = receivesGoods(definition);
  const open = definition.fields.filter(
    (f) => (!stamped.has(f.key) || f.required) && !(ordering && ORDER_PICKED.has(f.key)),
  );
  const fields = open.filter((f) => f.required || f.showOnCard || !askedLater.has(f.key));
  const later = open.filter((f) => !fields.includes(f));
  const input = (field: FieldDef) => (
    <FieldInput
      key={field.key}
      field={field}
      value={values[field.key]}
      onChange={(value) => setValues((v) => ({ ...v, [field.key]: value }))}
      error={errors[field.key]}
    />
  );
  const initial = stageLabel(definition, definition.initial, locale);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const clean = cleanValues(values);
    const problems = fieldProblems(definition, clean, { locale });
    if (!title.trim()) problems.title = t('create.needsTitle');
    setErrors(problems);
    setFormError(null);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      onCreated(await createCard({ workflow: workflow.key, title: title.trim(), fields: clean }));
    } catch (error) {
      if (error instanceof ApiError) setErrors(problemFieldErrors(error.problem));
      setFormError(messageOf(error));
      setSaving(false);
    }
  }

  return (
    <Dialog
      title={t('create.title', { workflow: workflowName(definition, locale) })}
      description={t('create.startsIn', { stage: initial })}
      onClose={onCancel}
      wide
    >
      <form onSubmit={submit} noValidate className="dialog-form">
        <div className="field">
          <label htmlFor="new-card-title">
            {t('fields.title')}
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          </label>
          <input
            id="new-card-title"
            value={title}
            autoFocus
            aria-required="true"
            aria-invalid={errors.title ? true : undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
          {errors.title && <span className="field-error">{errors.title}</span>}
        </div>
        <div className="field-grid">
          {ordering && (
            <OrderPickers
              definition={definition}
              values={values}
              errors={errors}
              onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
            />
          )}
          {fields.map(input)}
        </div>
        {later.length > 0 && (
          <details className="more-fields" open={later.some((f) => errors[f.key])}>
            <summary>{t('create.moreFields', { count: later.length })}</summary>
            <div className="field-grid">{later.map(input)}</div>
          </details>
        )}
        {formError && (
          <p className="form-error" role="alert">
            {formError}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button ghost" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button primary" disabled={saving}>
            {saving ? t('create.creating') : t('create.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
