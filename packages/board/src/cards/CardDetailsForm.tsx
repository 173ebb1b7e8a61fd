// A card's title, assignee and fields, edited in place; only what changed is sent.
import {
  automaticFields,
  type Fields,
  type FieldValue,
  type WorkflowDefinition,
} from '@stageflow/engine';
import { useState, type FormEvent } from 'react';
import { getCard, patchCard, type CardPatch } from '../api/endpoints.ts';
import { ApiError, messageOf, problemFieldErrors } from '../api/problem.ts';
import type { CardDetail } from '@stageflow/api';
import { useDirectory } from '../app/directory.tsx';
import { fieldProblems } from './field-form.ts';
import { FieldInput } from './FieldInput.tsx';
import { useT } from '../i18n/useT.ts';

export function CardDetailsForm({
  card,
  definition,
  readOnly,
  onSaved,
  onConflict,
}: {
  card: CardDetail;
  definition: WorkflowDefinition;
  readOnly: boolean;
  onSaved: (card: CardDetail) => void;
  onConflict: (fresh: CardDetail, message: string) => void;
}) {
  const directory = useDirectory();
  const { t, locale } = useT();
  // Fields a move stamps (closed on…) are shown but not edited: the engine refuses them by hand.
  const automatic = automaticFields(definition);
  const [title, setTitle] = useState(card.title);
  const [assignee, setAssignee] = useState(card.assignee ?? '');
  const [values, setValues] = useState<Fields>(card.fields);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const changed: Fields = {};
  for (const field of definition.fields) {
    const before = card.fields[field.key] ?? null;
    const after = normalise(values[field.key]);
    if (after !== before) changed[field.key] = after;
  }
  const patch: CardPatch = {};
  if (title.trim() !== card.title) patch.title = title.trim();
  if ((assignee || null) !== (card.assignee ?? null)) patch.assignee = assignee || null;
  if (Object.keys(changed).length > 0) patch.fields = changed;
  const dirty = Object.keys(patch).length > 0;

  async function save(event: FormEvent) {
    event.preventDefault();
    const problems = fieldProblems(definition, changed, { partial: true, locale });
    if (patch.title !== undefined && !patch.title) problems.title = 'A card needs a title.';
    setErrors(problems);
    setFormError(null);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      onSaved(await patchCard(card.id, card.revision, patch));
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        const fresh = await getCard(card.id).catch(() => card);
        onConflict(fresh, t('details.conflict'));
      } else {
        if (error instanceof ApiError) setErrors(problemFieldErrors(error.problem));
        setFormError(messageOf(error));
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className="drawer-section card-form"
      onSubmit={save}
      noValidate
      aria-label={t('details.label')}
    >
      <h3>{t('details.title')}</h3>
      <div className="field">
        <label htmlFor={`title-${card.id}`}>{t('fields.title')}</label>
        <input
          id={`title-${card.id}`}
          value={title}
          disabled={readOnly}
          aria-invalid={errors.title ? true : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        {errors.title && <span className="field-error">{errors.title}</span>}
      </div>
      <div className="field">
        <label htmlFor={`assignee-${card.id}`}>{t('fields.assignee')}</label>
        <select
          id={`assignee-${card.id}`}
          value={assignee}
          disabled={readOnly}
          onChange={(e) => setAssignee(e.target.value)}
        >
          <option value="">{t('card.unassigned')}</option>
          {assignee && !directory.byId.has(assignee) && (
            <option value={assignee}>{directory.nameOf(assignee)}</option>
          )}
          {directory.people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field-grid">
        {definition.fields.map((field) => (
          <FieldInput
            key={field.key}
            field={field}
            value={values[field.key]}
            onChange={(value) => setValues((v) => ({ ...v, [field.key]: value }))}
            error={errors[field.key]}
            disabled={readOnly || automatic.has(field.key)}
          />
        ))}
      </div>
      {formError && (
        <p className="form-error" role="alert">
          {formError}
        </p>
      )}
      {!readOnly && (
        <div className="form-actions">
          <button
            type="button"
            className="button ghost"
            disabled={!dirty || saving}
            onClick={() => {
              setTitle(card.title);
              setAssignee(card.assignee ?? '');
              setValues(card.fields);
              setErrors({});
            }}
          >
            {t('details.discard')}
          </button>
          <button type="submit" className="button primary" disabled={!dirty || saving}>
            {saving ? t('details.saving') : t('details.save')}
          </button>
        </div>
      )}
    </form>
  );
}

function normalise(value: FieldValue | undefined): FieldValue {
  if (value === undefined) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return value;
}
