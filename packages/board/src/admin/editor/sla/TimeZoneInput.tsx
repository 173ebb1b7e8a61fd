import type { DefPath } from '../../paths.ts';
import { FormRow } from '../form/FormRow.tsx';
import { useT } from '../../../i18n/useT.ts';

/** Every IANA zone this browser knows (hundreds); read once. */
let zones: readonly string[] | null = null;
function knownZones(): readonly string[] {
  zones ??= Intl.supportedValuesOf('timeZone');
  return zones;
}

/**
 * A time zone typed with suggestions from the browser's IANA list. Whatever is typed goes into the
 * draft as it is; validate() names a zone that does not exist, under this input.
 */
export function TimeZoneInput({
  path,
  value,
  onChange,
}: {
  path: DefPath;
  value: string;
  onChange: (zone: string) => void;
}) {
  const { t } = useT();
  const listId = 'admin-time-zones';
  return (
    <FormRow label={t('editor.sla.timeZone')} path={path} hint={t('editor.sla.timeZoneHint')}>
      {(c) => (
        <>
          <input
            {...c}
            className="admin-mono"
            spellCheck={false}
            autoComplete="off"
            list={listId}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          <datalist id={listId}>
            {knownZones().map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </FormRow>
  );
}
