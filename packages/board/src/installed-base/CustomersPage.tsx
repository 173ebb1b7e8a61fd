// /customers: the installed base's customers, searched and paged; create, import, export.
import { useT } from '../i18n/useT.ts';
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { CsvTools } from './CsvTools.tsx';
import { createRecord } from './installed-base-api.ts';
import { ListHeader } from './ListHeader.tsx';
import { CUSTOMER_FIELDS, RecordForm } from './RecordForm.tsx';
import { recordPath } from './RefValue.tsx';
import { usePagedList } from './use-paged-list.ts';
import './installed-base.css';

export function CustomersPage() {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const { typed, setTyped, list, more, reload } = usePagedList('customer');
  const [creating, setCreating] = useState(false);

  return (
    <main className="record-page">
      <ListHeader
        title={t('installedBase.customers')}
        searchLabel={t('installedBase.searchCustomers')}
        typed={typed}
        onType={setTyped}
      >
        <CsvTools kind="customer" canWrite={canWrite} onImported={reload} />
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            {t('installedBase.newCustomer')}
          </button>
        )}
      </ListHeader>
      {creating && (
        <section className="record-panel" aria-label={t('installedBase.newCustomer')}>
          <h2>{t('installedBase.newCustomer')}</h2>
          <RecordForm
            fields={CUSTOMER_FIELDS}
            initial={{}}
            submitLabel={t('installedBase.createCustomer')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const created = await createRecord('customer', values);
              navigate(recordPath('customer', created.id));
            }}
          />
        </section>
      )}
      {list.state === 'loading' && <p role="status">{t('installedBase.loadingCustomers')}</p>}
      {list.state === 'error' && (
        <p role="alert">{t('installedBase.listFailed', { reason: list.message })}</p>
      )}
      {list.state === 'ready' && (
        <>
          <p className="record-muted" role="status">
            {t('installedBase.customerCount', { count: list.total })}
          </p>
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">{t('installedBase.field.name')}</th>
                <th scope="col">{t('installedBase.field.email')}</th>
                <th scope="col">{t('installedBase.field.phone')}</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={recordPath('customer', c.id)}>{c.name}</Link>
                  </td>
                  <td>{c.email ?? ''}</td>
                  <td>{c.phone ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list.nextOffset !== null && (
            <button type="button" className="button ghost" onClick={more}>
              {t('installedBase.showMore')}
            </button>
          )}
        </>
      )}
    </main>
  );
}
