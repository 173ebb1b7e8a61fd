import {
  FIELD_TYPES,
  localLabel,
  type FieldValue,
  type SpawnValue,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { DefPath } from '../../paths.ts';
import { decodeRef, encodeRef, refOptions } from '../conditions/ref-options.ts';
import { ValueInput } from '../conditions/ValueInput.tsx';
import { defaultValue } from '../conditions/condition-model.ts';
import { useEditor } from '../editor-context.ts';
import { FormRow } from '../form/FormRow.tsx';
import { ProblemText } from '../problems/ProblemText.tsx';
import { useT } from '../../../i18n/useT.ts';

/** The source select's value for "a fixed value" (no field key can start with a space). */
const FIXED = ' value';

interface Props {
  childKey: string;
  source: SpawnValue;
  /** The workflow the card is opened in (undefined: not known, its key is kept as written). */
  target: WorkflowDefinition | undefined;
  /** Fields of the new card already mapped (a field is mapped once). */
  taken: string[];
  path: DefPath;
  onChange: (key: string, source: SpawnValue) => void;
  onRemove: () => void;
}

/** "<field of the new card> takes <this card's field, its customer's or unit's attribute | a value>". */
export function SpawnFieldRow({
  childKey,
  source,
  target,
  taken,
  path,
  onChange,
  onRemove,
}: Props) {
  const { t, locale } = useT();
  const { def, today } = useEditor();
  const into = target?.fields.find((f) => f.key === childKey);
  const choices = (target?.fields ?? []).filter(
    (f) => f.key === childKey || !taken.includes(f.key),
  );
  const sources = refOptions(def.fields, [...FIELD_TYPES], locale);
  const current = 'value' in source ? FIXED : encodeRef(source);
  const childLabel = into ? localLabel(into, locale) : childKey;
  return (
    <li
      className="admin-assign"
      aria-label={t('editor.effects.mappingNamed', { field: childLabel })}
    >
      <FormRow label={t('editor.effects.childField')}>
        {(c) => (
          <select {...c} value={childKey} onChange={(e) => onChange(e.target.value, source)}>
            {!into && (
              <option value={childKey}>
                {target ? t('editor.unknownField', { key: childKey }) : childKey}
              </option>
            )}
            {choices.map((f) => (
              <option key={f.key} value={f.key}>
                {localLabel(f, locale)}
                {f.required ? ' *' : ''}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      <FormRow label={t('editor.effects.source')}>
        {(c) => (
          <select
            {...c}
            value={current}
            onChange={(e) =>
              onChange(
                childKey,
                e.target.value === FIXED
                  ? { value: defaultValue(into, today) }
                  : decodeRef(e.target.value),
              )
            }
          >
            <option value={FIXED}>{t('editor.effects.fixedValue')}</option>
            {current !== FIXED && !sources.some((o) => o.value === current) && (
              <option value={current}>{t('editor.unknownField', { key: current })}</option>
            )}
            <optgroup label={t('editor.effects.thisCard')}>
              {sources.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </FormRow>
      {'value' in source ? (
        <FormRow label={t('editor.value')} path={[...path, 'value']}>
          {(c) => (
            <ValueInput
              control={c}
              field={into}
              value={source.value}
              onChange={(value: FieldValue) => onChange(childKey, { value })}
            />
          )}
        </FormRow>
      ) : (
        <span aria-hidden />
      )}
      <button
        type="button"
        className="admin-icon-btn admin-icon-btn--danger"
        aria-label={t('editor.effects.removeMapping', { field: childLabel })}
        onClick={onRemove}
      >
        ✕
      </button>
      <ProblemText path={path} claimed={['value']} />
    </li>
  );
}
