// /equipment: every unit of the installed base, searched by serial, product, model or owner.
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { CsvTools } from './CsvTools.tsx';
import { createRecord, type Equipment } from './installed-base-api.ts';
import { ListHeader } from './ListHeader.tsx';
import { EQUIPMENT_FIELDS, RecordForm } from './RecordForm.tsx';
import { recordPath } from './RefValue.tsx';
import { usePagedList } from './use-paged-list.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';
import './installed-base.css';

export function EquipmentListPage() {
  const { user } = useSession();
  const canWrite = canEditCards(user);
  const { typed, setTyped, list, more, reload } = usePagedList<Equipment>('equipment');
  const [creating, setCreating] = useState(false);

  return (
    <main className="record-page">
      <ListHeader title="Equipment" searchLabel="Search equipment" typed={typed} onType={setTyped}>
        <CsvTools kind="equipment" canWrite={canWrite} onImported={reload} />
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            New unit
          </button>
        )}
      </ListHeader>
      {creating && (
        <section className="record-panel" aria-label="New unit">
          <h2>New unit</h2>
          <RecordForm
            fields={EQUIPMENT_FIELDS}
            initial={{}}
            submitLabel="Create unit"
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const created = await createRecord<Equipment>('equipment', values);
              navigate(recordPath('equipment', created.id));
            }}
          />
        </section>
      )}
      {list.state === 'loading' && <p role="status">Loading equipment…</p>}
      {list.state === 'error' && (
        <p role="alert">The equipment could not be loaded: {list.message}</p>
      )}
      {list.state === 'ready' && (
        <>
          <p className="record-muted" role="status">
            {list.total === 1 ? '1 unit' : `${list.total} units`}
          </p>
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">Serial number</th>
                <th scope="col">Product</th>
                <th scope="col">Customer</th>
                <th scope="col">Warranty</th>
                <th scope="col">Service contract</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((u) => (
                <tr key={u.id}>
                  <td>
                    <Link to={recordPath('equipment', u.id)}>{u.serialNumber}</Link>
                  </td>
                  <td>
                    {u.product}
                    {u.model ? ` ${u.model}` : ''}
                  </td>
                  <td>
                    {u.customer ? (
                      <Link to={recordPath('customer', u.customer)}>{u.customerName}</Link>
                    ) : (
                      ''
                    )}
                  </td>
                  <td>
                    <WarrantyBadge until={u.warrantyExpires} />
                  </td>
                  <td>
                    <WarrantyBadge until={u.contractExpires} />
                  </td>
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
