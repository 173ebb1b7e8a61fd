import { useState } from 'react';
import type { Role } from '@stageflow/engine';
import { ROLES } from '@stageflow/engine';
import type { AdminUser } from '@stageflow/api';
import { updateUser } from './users-api.ts';
import { messageOf } from '../../api/problem.ts';
import { useT } from '../../i18n/useT.ts';

interface Props {
  user: AdminUser;
  isMe: boolean;
  onChange: (user: AdminUser) => void;
}

/** One person: role picker and disable/enable, saved at once; a refusal is shown on the row. */
export function UserRow({ user, isMe, onChange }: Props) {
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const save = async (patch: Partial<Pick<AdminUser, 'role' | 'disabled'>>) => {
    setBusy(true);
    setError(null);
    try {
      onChange(await updateUser(user.id, patch));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const name = user.name || user.email;
  return (
    <tr className={user.disabled ? 'admin-table__row--disabled' : ''}>
      <td>
        {name}
        {isMe && <span className="admin-badge">{t('users.you')}</span>}
        {error && (
          <p className="admin-problem-text" role="alert">
            {error}
          </p>
        )}
      </td>
      <td>{user.email}</td>
      <td>
        <select
          aria-label={t('users.roleOf', { name })}
          value={user.role}
          disabled={busy || isMe}
          onChange={(e) => void save({ role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <span
          className={`admin-badge ${user.disabled ? 'admin-badge--danger' : 'admin-badge--ok'}`}
        >
          {user.disabled ? t('users.disabled') : t('users.active')}
        </span>
      </td>
      <td>
        {!isMe && (
          <button
            type="button"
            className="admin-btn admin-btn--small"
            disabled={busy}
            aria-label={t(user.disabled ? 'users.enableName' : 'users.disableName', { name })}
            onClick={() => void save({ disabled: !user.disabled })}
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
        )}
      </td>
    </tr>
  );
}
