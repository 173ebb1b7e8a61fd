// /suppliers/:id — one supplier: contact details, the parts that come from it, and edit, archive
// or delete. The server refuses to delete a supplier that parts or purchase orders name, and
// says which; archiving keeps that history.
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { useT } from '../i18n/useT.ts';
import { RecordForm } from '../installed-base/RecordForm.tsx';
import {
  deleteSupplier,
  getSupplier,
  listParts,
  patchSupplier,
  type PartView,
  type SupplierView,
} from './parts-api.ts';
import { stockRowClass } from './stock-row.ts';
import { SUPPLIER_FIELDS, supplierInput } from './supplier-fields.ts';
import '../installed-base/installed-base.css';
import './parts.css';
import { StockTabs } from './StockTabs.tsx';

export function SupplierPage({ id }: { id: string }) {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const [supplier, setSupplier] = useState<SupplierView | null>(null);
  const [parts, setParts] = useState<PartView[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);

  const load = useCallback(() => {
    getSupplier(id).then(setSupplier, (err: unknown) => setLoadError(messageOf(err)));
    listParts({ supplier: id, archived: 'include' }).then(setParts, () => setParts([]));
  }, [id]);
  useEffect(load, [load]);

  if (loadError) {
    return (
      <p className="page-message" role="alert">
        {loadError}
      </p>
    );
  }
  if (!supplier) return <p className="page-message">{t('parts.loadingSupplier')}</p>;

  const act = async (action: () => Promise<void>) => {
    setActionError(null);
    try {
      await action();
    } catch (err) {
      setActionError(messageOf(err));
    }
  };
  const setArchived = (archived: boolean) =>
    act(async () => setSupplier(await patchSupplier(supplier.id, { archived })));
  const remove = () =>
    act(async () => {
      if (!window.confirm(t('parts.confirmDeleteSupplier', { name: supplier.name }))) return;
      await deleteSupplier(supplier.id);
      navigate('/suppliers');
    });

  return (
    <main className="record-page record-detail">
      <StockTabs current="suppliers" />
      <p className="record-eyebrow">
        <Link to="/suppliers">{t('parts.suppliers')}</Link>
      </p>
      <header className="record-detail__head">
        <h1>
          {supplier.name}
          {supplier.archivedAt && <span className="archived-badge">{t('parts.archived')}</span>}
        </h1>
        {canWrite && !editing && (
          <div className="record-page__tools">
            <button
              type="button"
              className="button secondary small"
              onClick={() => setEditing(true)}
            >
              {t('parts.edit')}
            </button>
            <button
              type="button"
              className="button secondary small"
              onClick={() => void setArchived(!supplier.archivedAt)}
            >
              {supplier.archivedAt ? t('parts.restore') : t('parts.archive')}
            </button>
            <button
              type="button"
              className="button ghost small danger"
              onClick={() => void remove()}
            >
              {t('parts.delete')}
            </button>
          </div>
        )}
      </header>
      {actionError && (
        <p className="form-error" role="alert">
          {actionError}
        </p>
      )}
      {supplier.archivedAt && <p className="record-muted">{t('parts.archivedSupplierNote')}</p>}
      <div className="record-detail__layout">
        <div className="record-detail__side">
          <section className="record-panel" aria-label={t('parts.supplierDetails')}>
            {editing ? (
              <RecordForm
                fields={SUPPLIER_FIELDS}
                initial={{ ...supplier }}
                submitLabel={t('parts.saveSupplier')}
                onCancel={() => setEditing(false)}
                onSubmit={async (values) => {
                  setSupplier(await patchSupplier(supplier.id, supplierInput(values)));
                  setEditing(false);
                }}
              />
            ) : (
              <dl className="record-facts">
                <dt>{t('parts.supplierField.email')}</dt>
                <dd>
                  {supplier.email ? <a href={`mailto:${supplier.email}`}>{supplier.email}</a> : '—'}
                </dd>
                <dt>{t('parts.supplierField.phone')}</dt>
                <dd>{supplier.phone ?? '—'}</dd>
                <dt>{t('parts.supplierField.notes')}</dt>
                <dd className="record-notes">{supplier.notes ?? '—'}</dd>
              </dl>
            )}
          </section>
        </div>
        <section className="record-panel" aria-labelledby="supplier-parts">
          <h2 id="supplier-parts">{t('parts.partsFromSupplier')}</h2>
          {parts === null && <p role="status">{t('parts.loading')}</p>}
          {parts?.length === 0 && <p className="record-muted">{t('parts.noPartsFromSupplier')}</p>}
          {parts && parts.length > 0 && (
            <table className="record-table stock-table">
              <thead>
                <tr>
                  <th scope="col">{t('parts.sku')}</th>
                  <th scope="col">{t('parts.name')}</th>
                  <th scope="col">{t('parts.available')}</th>
                  <th scope="col">{t('parts.onOrder')}</th>
                </tr>
              </thead>
              <tbody>
                {parts.map((p) => (
                  <tr key={p.id} className={stockRowClass(p)} data-sku={p.sku}>
                    <td>
                      <Link to={`/stock?q=${encodeURIComponent(p.sku)}`}>{p.sku}</Link>
                    </td>
                    <td>
                      {p.name}
                      {p.archivedAt && (
                        <span className="archived-badge">{t('parts.archived')}</span>
                      )}
                      {p.low && !p.archivedAt && (
                        <span className="low-badge">{t('parts.low')}</span>
                      )}
                    </td>
                    <td>{p.available}</td>
                    <td>{p.onOrder}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </main>
  );
}
