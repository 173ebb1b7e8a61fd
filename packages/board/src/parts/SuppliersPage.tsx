// /suppliers: who the parts come from — searched, with how many parts each supplies; archived
// ones on request. Managers add suppliers here.
import { ArchivedToggle } from './ArchivedToggle.tsx';
import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/problem.ts';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { useT } from '../i18n/useT.ts';
import { ListHeader } from '../installed-base/ListHeader.tsx';
import { RecordForm } from '../installed-base/RecordForm.tsx';
import { createSupplier, listParts, listSuppliers, type SupplierView } from './parts-api.ts';
import { SUPPLIER_FIELDS, supplierInput, supplierPath } from './supplier-fields.ts';
import '../installed-base/installed-base.css';
import './parts.css';
import { StockTabs } from './StockTabs.tsx';

export function SuppliersPage() {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const [typed, setTyped] = useState('');
  const [showArchived, setShowArchived] = useState(false);
  const [suppliers, setSuppliers] = useState<SupplierView[] | null>(null);
  const [partCounts, setPartCounts] = useState<Map<string, number>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const reload = useCallback(() => {
    Promise.all([
      listSuppliers(showArchived ? 'include' : 'exclude'),
      listParts({ archived: 'include' }),
    ]).then(
      ([items, parts]) => {
        const counts = new Map<string, number>();
        for (const p of parts) {
          if (p.supplier) counts.set(p.supplier, (counts.get(p.supplier) ?? 0) + 1);
        }
        setSuppliers(items);
        setPartCounts(counts);
        setError(null);
      },
      (err: unknown) => setError(messageOf(err)),
    );
  }, [showArchived]);
  useEffect(reload, [reload]);

  const term = typed.trim().toLowerCase();
  const shown = suppliers?.filter((s) =>
    [s.name, s.email ?? '', s.phone ?? ''].some((v) => v.toLowerCase().includes(term)),
  );
  return (
    <main className="record-page suppliers-page">
      <StockTabs current="suppliers" />
      <ListHeader
        title={t('parts.suppliers')}
        searchLabel={t('parts.searchSuppliers')}
        typed={typed}
        onType={setTyped}
      >
        <ArchivedToggle checked={showArchived} onChange={setShowArchived} />
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            {t('parts.newSupplier')}
          </button>
        )}
      </ListHeader>
      {creating && (
        <section className="record-panel" aria-label={t('parts.newSupplier')}>
          <h2>{t('parts.newSupplier')}</h2>
          <RecordForm
            fields={SUPPLIER_FIELDS}
            initial={{}}
            submitLabel={t('parts.createSupplier')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const created = await createSupplier(supplierInput(values));
              navigate(supplierPath(created.id));
            }}
          />
        </section>
      )}
      {error && <p role="alert">{t('parts.suppliersFailed', { reason: error })}</p>}
      {!shown && !error && <p role="status">{t('parts.loadingSuppliers')}</p>}
      {shown && (
        <>
          <p className="record-muted" role="status">
            {t('parts.supplierCount', { count: shown.length })}
          </p>
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">{t('parts.supplierField.name')}</th>
                <th scope="col">{t('parts.supplierField.email')}</th>
                <th scope="col">{t('parts.supplierField.phone')}</th>
                <th scope="col">{t('parts.partsCount')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} className={s.archivedAt ? 'is-archived' : undefined}>
                  <td>
                    <Link to={supplierPath(s.id)}>{s.name}</Link>
                    {s.archivedAt && <span className="archived-badge">{t('parts.archived')}</span>}
                  </td>
                  <td>{s.email ?? ''}</td>
                  <td>{s.phone ?? ''}</td>
                  <td>{partCounts.get(s.id) ?? 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </main>
  );
}
