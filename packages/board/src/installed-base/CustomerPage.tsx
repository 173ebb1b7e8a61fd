// /customers/:id — one customer: contacts, their units, and one timeline across every deal,
// repair, return and claim about them or their units.
import { useT } from '../i18n/useT.ts';
import { useEffect, useState } from 'react';
import { Link } from '../app/Link.tsx';
import { canEditCards, useSession } from '../app/session.tsx';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';
import type { Equipment } from '@stageflow/api';
import { listRecords, patchRecord } from './installed-base-api.ts';
import { CUSTOMER_FIELDS, RecordForm } from './RecordForm.tsx';
import { RecordTimeline } from './RecordTimeline.tsx';
import { recordPath } from './RefValue.tsx';
import { useRecord } from './use-record.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';
import './installed-base.css';

export function CustomerPage({ id }: { id: string }) {
  const { user } = useSession();
  const { t } = useT();
  const { load, replace } = useRecord('customer', id);
  const [editing, setEditing] = useState(false);
  const [units, setUnits] = useState<Equipment[] | null>(null);
  useEffect(() => {
    listRecords('equipment', { customer: id, limit: 200 }).then(
      (page) => setUnits(page.items),
      () => setUnits([]),
    );
  }, [id]);
  if (load.state === 'loading')
    return <p className="page-message">{t('installedBase.loadingCustomer')}</p>;
  if (load.state === 'error')
    return (
      <p className="page-message" role="alert">
        {load.message}
      </p>
    );
  const customer = load.record;
  return (
    <main className="record-page record-detail">
      <p className="record-eyebrow">
        <Link to="/customers">{t('installedBase.customers')}</Link>
      </p>
      <header className="record-detail__head">
        <h1>{customer.name}</h1>
        {canEditCards(user) && !editing && (
          <div className="record-page__tools">
            <button
              type="button"
              className="button secondary small"
              onClick={() => setEditing(true)}
            >
              {t('installedBase.edit')}
            </button>
            <DeleteRecordButton kind="customer" id={customer.id} name={customer.name} />
          </div>
        )}
      </header>
      <div className="record-detail__layout">
        <div className="record-detail__side">
          <section className="record-panel" aria-label={t('installedBase.details.customer')}>
            {editing ? (
              <RecordForm
                fields={CUSTOMER_FIELDS}
                initial={{ ...customer }}
                submitLabel={t('installedBase.saveCustomer')}
                onCancel={() => setEditing(false)}
                onSubmit={async (values) => {
                  replace(await patchRecord('customer', customer.id, values));
                  setEditing(false);
                }}
              />
            ) : (
              <dl className="record-facts">
                <dt>{t('installedBase.field.email')}</dt>
                <dd>
                  {customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : '—'}
                </dd>
                <dt>{t('installedBase.field.phone')}</dt>
                <dd>{customer.phone ?? '—'}</dd>
                <dt>{t('installedBase.field.address')}</dt>
                <dd className="record-notes">{customer.address ?? '—'}</dd>
                {customer.notes && (
                  <>
                    <dt>{t('installedBase.field.notes')}</dt>
                    <dd className="record-notes">{customer.notes}</dd>
                  </>
                )}
              </dl>
            )}
          </section>
          <section className="record-panel" aria-labelledby="customer-units">
            <h2 id="customer-units">{t('installedBase.equipment')}</h2>
            {units === null && <p role="status">{t('installedBase.loadingUnits')}</p>}
            {units?.length === 0 && <p className="record-muted">{t('installedBase.noUnits')}</p>}
            {units && units.length > 0 && (
              <ul className="record-units">
                {units.map((u) => (
                  <li key={u.id}>
                    <Link to={recordPath('equipment', u.id)}>{u.serialNumber}</Link>{' '}
                    <span>{u.product}</span> <WarrantyBadge until={u.warrantyExpires} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
        <section className="record-panel" aria-labelledby="customer-timeline">
          <h2 id="customer-timeline">{t('installedBase.timeline')}</h2>
          <RecordTimeline kind="customer" id={customer.id} />
        </section>
      </div>
    </main>
  );
}
