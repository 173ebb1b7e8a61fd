// "Show archived" on the stock and supplier lists: archived records leave the lists by default.
import { useT } from '../i18n/useT.ts';

export function ArchivedToggle({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { t } = useT();
  return (
    <label className="archived-toggle">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {t('parts.showArchived')}
    </label>
  );
}
