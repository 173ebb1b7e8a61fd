// Which kinds of notification the person wants in the app.
import { useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import {
  getPreferences,
  savePreferences,
  type NotificationKind,
  type Preference,
} from '../api/notifications.ts';

const kindLabels: Record<NotificationKind, string> = {
  mention: 'Someone mentions me',
  assigned: 'A card is assigned to me',
  moved: 'A card assigned to me is moved',
};

export function NotificationPreferences() {
  const [prefs, setPrefs] = useState<Preference[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    getPreferences()
      .then(setPrefs)
      .catch((err: unknown) => setError(messageOf(err)));
  }, []);

  const toggle = (kind: NotificationKind, inApp: boolean) => {
    const changed = prefs?.find((p) => p.kind === kind);
    if (!changed) return;
    setError(null);
    savePreferences([{ ...changed, inApp }])
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
              <th scope="col">Tell me when</th>
              <th scope="col">In app</th>
            </tr>
          </thead>
          <tbody>
            {prefs.map((p) => (
              <tr key={p.kind}>
                <th scope="row">{kindLabels[p.kind]}</th>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${kindLabels[p.kind]}: in app`}
                    checked={p.inApp}
                    onChange={(e) => toggle(p.kind, e.target.checked)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
