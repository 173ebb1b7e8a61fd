// Which kinds of notification the person wants, in the app and (when the server can send mail)
// by email.
import type { NotificationKind, Preference, Preferences } from '@stageflow/api';
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import { getPreferences, savePreferences } from '../api/notifications.ts';

export function NotificationPreferences() {
  const { t } = useT();
  const kindLabel = (kind: NotificationKind) => t(`inbox.prefs.${kind}`);
  const [prefs, setPrefs] = useState<Preferences | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getPreferences()
      .then(setPrefs)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  const change = (kind: NotificationKind, patch: Partial<Preference>) => {
    const current = prefs?.preferences.find((p) => p.kind === kind);
    if (!current) return;
    setError(null);
    savePreferences([{ ...current, ...patch }])
      .then(setPrefs)
      .catch((err: unknown) => setError(messageOf(err)));
  };

  return (
    <div className="inbox-preferences">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {prefs && (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('inbox.prefs.when')}</th>
              <th scope="col">{t('inbox.prefs.inApp')}</th>
              {prefs.emailAvailable && <th scope="col">{t('inbox.prefs.email')}</th>}
            </tr>
          </thead>
          <tbody>
            {prefs.preferences.map((p) => (
              <tr key={p.kind}>
                <th scope="row">{kindLabel(p.kind)}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${kindLabel(p.kind)}: in app`}
                    checked={p.inApp}
                    onChange={(e) => change(p.kind, { inApp: e.target.checked })}
                  />
                </td>
                {prefs.emailAvailable && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${kindLabel(p.kind)}: email`}
                      checked={p.email}
                      onChange={(e) => change(p.kind, { email: e.target.checked })}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
