// Delete a customer or unit; the server refuses while cards (or units) still point at it, and
// that refusal names them.
import { useT } from '../i18n/useT.ts';
import { useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { navigate } from '../app/router.ts';
import { deleteRecord, type RecordKind } from './installed-base-api.ts';

export function DeleteRecordButton({
  kind,
  id,
  name,
}: {
  kind: RecordKind;
  id: string;
  name: string;
}) {
  const { t } = useT();
  const [error, setError] = useState<string | null>(null);
  const remove = async () => {
    if (!window.confirm(t('installedBase.confirmDelete', { name }))) return;
    try {
      await deleteRecord(kind, id);
      navigate(kind === 'customer' ? '/customers' : '/equipment');
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <>
      <button type="button" className="button ghost small danger" onClick={() => void remove()}>
        {t('installedBase.delete')}
      </button>
      {error && (
        <p className="field-error record-delete-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
