// The language picker. Signed in, the choice is stored on the user (PATCH /api/me) so the next
// visit, another browser and the API's problem details follow it; on the sign-in page it only
// switches this page.
import { LOCALES, type Locale } from '@stageflow/engine';
import { applyLocale } from './i18n.ts';
import { useT } from './useT.ts';

export function LocaleSwitcher({ onChange }: { onChange?: (locale: Locale) => void }) {
  const { t, locale } = useT();
  return (
    <label className="locale-switcher">
      <span className="sr-only">{t('locale.label')}</span>
      <select
        value={locale}
        aria-label={t('locale.label')}
        onChange={(event) => {
          const next = event.target.value as Locale;
          applyLocale(next);
          onChange?.(next);
        }}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`locale.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
