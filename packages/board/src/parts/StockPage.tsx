// /stock: the parts catalogue with what is on hand, reserved, free and on order; parts whose free
// stock is below their reorder point stand out. Managers count stock and add parts here.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { messageOf } from '../api/problem.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { useT } from '../i18n/useT.ts';
import { ListHeader } from '../installed-base/ListHeader.tsx';
import { listParts, type PartView } from './parts-api.ts';
import { NewPartForm } from './NewPartForm.tsx';
import { StockCountForm } from './StockCountForm.tsx';
import '../installed-base/installed-base.css';
import './parts.css';

export function StockPage() {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const [typed, setTyped] = useState('');
  const [parts, setParts] = useState<PartView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(() => {
    listParts(typed.trim() || undefined).then(
      (items) => {
        setParts(items);
        setError(null);
      },
      (err: unknown) => setError(messageOf(err)),
    );
  }, [typed]);
  useEffect(() => {
    const id = setTimeout(reload, 150);
    return () => clearTimeout(id);
  }, [reload]);
  // Moves of repairs and purchase orders reserve, consume and receive stock.
  useLiveChanges((change) => {
    if (!change.kind.startsWith('card.')) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(reload, 300);
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const low = parts?.filter((p) => p.low).length ?? 0;
  return (
    <main className="record-page stock-page">
      <ListHeader
        title={t('parts.stock')}
        searchLabel={t('parts.searchParts')}
        typed={typed}
        onType={setTyped}
      >
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            {t('parts.newPart')}
          </button>
        )}
      </ListHeader>
      {creating && (
        <NewPartForm
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            reload();
          }}
        />
      )}
      {error && <p role="alert">{t('parts.listFailed', { reason: error })}</p>}
      {!parts && !error && <p role="status">{t('parts.loading')}</p>}
      {parts && (
        <>
          <p className="record-muted" role="status">
            {t('parts.partCount', { count: parts.length })}
            {low > 0 && ` · ${t('parts.lowCount', { count: low })}`}
          </p>
          <table className="record-table stock-table">
            <thead>
              <tr>
                <th scope="col">{t('parts.sku')}</th>
                <th scope="col">{t('parts.name')}</th>
                <th scope="col">{t('parts.supplier')}</th>
                <th scope="col">{t('parts.onHand')}</th>
                <th scope="col">{t('parts.reserved')}</th>
                <th scope="col">{t('parts.available')}</th>
                <th scope="col">{t('parts.reorderPoint')}</th>
                <th scope="col">{t('parts.onOrder')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.id} className={p.low ? 'is-low' : undefined} data-sku={p.sku}>
                  <td>{p.sku}</td>
                  <td>
                    {p.name}
                    {p.low && <span className="low-badge">{t('parts.low')}</span>}
                  </td>
                  <td>{p.supplierName ?? ''}</td>
                  <td>{p.onHand}</td>
                  <td>{p.reserved}</td>
                  <td data-testid="available">{p.available}</td>
                  <td>{p.reorderPoint}</td>
                  <td>{p.onOrder}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {canWrite && parts.length > 0 && <StockCountForm parts={parts} onCounted={reload} />}
        </>
      )}
    </main>
  );
}
