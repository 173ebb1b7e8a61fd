// /stock: the parts catalogue with what is on hand, reserved, free and on order; parts whose free
// stock is below their reorder point stand out. Managers count stock, add parts, and archive or
// delete them here (archived parts are hidden unless asked for; deleting what a card uses is
// refused, naming the cards).
import { ArchivedToggle } from './ArchivedToggle.tsx';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { messageOf } from '../api/problem.ts';
import { Link } from '../app/Link.tsx';
import { canEditCards, useSession } from '../app/session.tsx';
import { useT } from '../i18n/useT.ts';
import { ListHeader } from '../installed-base/ListHeader.tsx';
import { listParts, type PartView } from './parts-api.ts';
import { NewPartForm } from './NewPartForm.tsx';
import { PartRowActions } from './PartRowActions.tsx';
import { StockCountForm } from './StockCountForm.tsx';
import { stockRowClass } from './stock-row.ts';
import { supplierPath } from './supplier-fields.ts';
import '../installed-base/installed-base.css';
import './parts.css';
import { StockTabs } from './StockTabs.tsx';

function initialSearch(): string {
  return new URLSearchParams(window.location.search).get('q') ?? '';
}

export function StockPage() {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const [typed, setTyped] = useState(initialSearch);
  const [showArchived, setShowArchived] = useState(false);
  const [parts, setParts] = useState<PartView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const reload = useCallback(() => {
    const archived = showArchived ? 'include' : 'exclude';
    listParts({ q: typed.trim() || undefined, archived }).then(
      (items) => {
        setParts(items);
        setError(null);
      },
      (err: unknown) => setError(messageOf(err)),
    );
  }, [typed, showArchived]);
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

  const active = parts?.filter((p) => !p.archivedAt) ?? [];
  const low = active.filter((p) => p.low).length;
  return (
    <main className="record-page stock-page">
      <StockTabs current="stock" />
      <ListHeader
        title={t('parts.stock')}
        searchLabel={t('parts.searchParts')}
        typed={typed}
        onType={setTyped}
      >
        <ArchivedToggle checked={showArchived} onChange={setShowArchived} />
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
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
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
                {canWrite && (
                  <th scope="col">
                    <span className="sr-only">{t('parts.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.id} className={stockRowClass(p)} data-sku={p.sku}>
                  <td>{p.sku}</td>
                  <td>
                    {p.name}
                    {p.archivedAt && <span className="archived-badge">{t('parts.archived')}</span>}
                    {p.low && !p.archivedAt && <span className="low-badge">{t('parts.low')}</span>}
                  </td>
                  <td>
                    {p.supplier && (
                      <Link to={supplierPath(p.supplier)}>{p.supplierName ?? p.supplier}</Link>
                    )}
                  </td>
                  <td>{p.onHand}</td>
                  <td>{p.reserved}</td>
                  <td data-testid="available">{p.available}</td>
                  <td>{p.reorderPoint}</td>
                  <td data-testid="on-order">{p.onOrder}</td>
                  {canWrite && (
                    <td>
                      <PartRowActions part={p} onDone={reload} onError={setActionError} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {canWrite && active.length > 0 && <StockCountForm parts={active} onCounted={reload} />}
        </>
      )}
    </main>
  );
}
