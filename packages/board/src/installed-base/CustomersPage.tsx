// /customers: the installed base's customers, searched and paged; create, import, export.
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { CsvTools } from './CsvTools.tsx';
import { createRecord, type Customer } from './installed-base-api.ts';
import { ListHeader } from './ListHeader.tsx';
import { CUSTOMER_FIELDS, RecordForm } from './RecordForm.tsx';
import { recordPath } from './RefValue.tsx';
import { usePagedList } from './use-paged-list.ts';
import './installed-base.css';

export function CustomersPage() {
  const { user } = useSession();
  const canWrite = canEditCards(user);
  const { typed, setTyped, list, more, reload } = usePagedList<Customer>('customer');
  const [creating, setCreating] = useState(false);

  return (
    <main className="record-page">
      <ListHeader title="Customers" searchLabel="Search customers" typed={typed} onType={setTyped}>
        <CsvTools kind="customer" canWrite={canWrite} onImported={reload} />
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            New customer
          </button>
        )}
      </ListHeader>
      {creating && (
        <section className="record-panel" aria-label="New customer">
          <h2>New customer</h2>
          <RecordForm
            fields={CUSTOMER_FIELDS}
            initial={{}}
            submitLabel="Create customer"
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const created = await createRecord<Customer>('customer', values);
              navigate(recordPath('customer', created.id));
            }}
          />
        </section>
      )}
      {list.state === 'loading' && <p role="status">Loading customers…</p>}
      {list.state === 'error' && (
        <p role="alert">The customers could not be loaded: {list.message}</p>
      )}
      {list.state === 'ready' && (
        <>
          <p className="record-muted" role="status">
            {list.total === 1 ? '1 customer' : `${list.total} customers`}
          </p>
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Phone</th>
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
              Show more
            </button>
          )}
        </>
      )}
    </main>
  );
}
