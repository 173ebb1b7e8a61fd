import type { DefPath } from '../../paths.ts';
import { FormRow } from './FormRow.tsx';
import type { Labels } from '@stageflow/engine';
import { useT } from '../../../i18n/useT.ts';
import { withKorean } from './korean-label.ts';

interface Labelled {
  label: string;
  key: string;
  labels?: Labels;
}

interface Props<T extends Labelled> {
  /** The stage or field; its own path, so the inputs write to `…/label` and `…/key`. */
  value: T;
  path: DefPath;
  onChange: (next: T) => void;
}

/** The "Label", "Korean label" and "Key" inputs every stage and field starts with. */
export function LabelKeyInputs<T extends Labelled>({ value, path, onChange }: Props<T>) {
  const { t } = useT();
  return (
    <>
      <FormRow label={t('editor.label')} path={[...path, 'label']}>
        {(c) => (
          <input
            {...c}
            value={value.label}
            onChange={(e) => onChange({ ...value, label: e.target.value })}
          />
        )}
      </FormRow>
      <FormRow label={t('editor.labelKo')} path={[...path, 'labels', 'ko']}>
        {(c) => (
          <input
            {...c}
            lang="ko"
            value={value.labels?.ko ?? ''}
            placeholder={t('editor.optional')}
            onChange={(e) => {
              const labels = withKorean(value.labels, e.target.value);
              const next = { ...value, labels };
              if (!labels) delete next.labels;
              onChange(next);
            }}
          />
        )}
      </FormRow>
      <FormRow label={t('editor.key')} path={[...path, 'key']}>
        {(c) => (
          <input
            {...c}
            className="admin-mono"
            spellCheck={false}
            value={value.key}
            onChange={(e) => onChange({ ...value, key: e.target.value })}
          />
        )}
      </FormRow>
    </>
  );
}
