import type { DefPath } from '../../paths.ts';
import { FormRow } from './FormRow.tsx';

interface Props<T extends { label: string; key: string }> {
  /** The stage or field; its own path, so the inputs write to `…/label` and `…/key`. */
  value: T;
  path: DefPath;
  onChange: (next: T) => void;
}

/** The "Label" and "Key" inputs every stage and field starts with. */
export function LabelKeyInputs<T extends { label: string; key: string }>({
  value,
  path,
  onChange,
}: Props<T>) {
  return (
    <>
      <FormRow label="Label" path={[...path, 'label']}>
        {(c) => (
          <input
            {...c}
            value={value.label}
            onChange={(e) => onChange({ ...value, label: e.target.value })}
          />
        )}
      </FormRow>
      <FormRow label="Key" path={[...path, 'key']}>
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
