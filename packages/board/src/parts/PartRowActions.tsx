// A stock row's archive / restore / delete. The server refuses to delete a part a card uses and
// names the cards; that sentence is shown above the table.
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import { deletePart, setPartArchived, type PartView } from './parts-api.ts';

export function PartRowActions({
  part,
  onDone,
  onError,
}: {
  part: PartView;
  onDone: () => void;
  onError: (message: string | null) => void;
}) {
  const { t } = useT();
  const run = async (action: () => Promise<unknown>) => {
    onError(null);
    try {
      await action();
      onDone();
    } catch (err) {
      onError(messageOf(err));
    }
  };
  const remove = () => {
    if (!window.confirm(t('parts.confirmDeletePart', { sku: part.sku }))) return;
    void run(() => deletePart(part.id));
  };
  return (
    <span className="part-actions">
      <button
        type="button"
        className="button ghost small"
        aria-label={t(part.archivedAt ? 'parts.restorePart' : 'parts.archivePart', {
          sku: part.sku,
        })}
        onClick={() => void run(() => setPartArchived(part.id, !part.archivedAt))}
      >
        {part.archivedAt ? t('parts.restore') : t('parts.archive')}
      </button>
      <button
        type="button"
        className="button ghost small danger"
        aria-label={t('parts.deletePart', { sku: part.sku })}
        onClick={remove}
      >
        {t('parts.delete')}
      </button>
    </span>
  );
}
