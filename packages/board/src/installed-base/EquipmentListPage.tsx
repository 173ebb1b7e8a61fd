// /equipment: every unit of the installed base, searched by serial, product, model or owner.
import { useT } from '../i18n/useT.ts';
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { navigate } from '../app/router.ts';
import { canEditCards, useSession } from '../app/session.tsx';
import { CsvTools } from './CsvTools.tsx';
import { createRecord } from './installed-base-api.ts';
import { ListHeader } from './ListHeader.tsx';
import { EQUIPMENT_FIELDS, RecordForm } from './RecordForm.tsx';
import { recordPath } from './RefValue.tsx';
import { usePagedList } from './use-paged-list.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';
import './installed-base.css';

export function EquipmentListPage() {
  const { user } = useSession();
  const { t } = useT();
  const canWrite = canEditCards(user);
  const { typed, setTyped, list, more, reload } = usePagedList('equipment');
  const [creating, setCreating] = useState(false);

  return (
    <main className="record-page">
      <ListHeader
        title={t('installedBase.equipment')}
        searchLabel={t('installedBase.searchEquipment')}
        typed={typed}
        onType={setTyped}
      >
        <CsvTools kind="equipment" canWrite={canWrite} onImported={reload} />
        {canWrite && (
          <button type="button" className="button primary small" onClick={() => setCreating(true)}>
            {t('installedBase.newUnit')}
          </button>
        )}
      </ListHeader>
      {creating && (
        <section className="record-panel" aria-label={t('installedBase.newUnit')}>
          <h2>{t('installedBase.newUnit')}</h2>
          <RecordForm
            fields={EQUIPMENT_FIELDS}
            initial={{}}
            submitLabel={t('installedBase.createUnit')}
            onCancel={() => setCreating(false)}
            onSubmit={async (values) => {
              const created = await createRecord('equipment', values);
              navigate(recordPath('equipment', created.id));
            }}
          />
        </section>
      )}
      {list.state === 'loading' && <p role="status">{t('installedBase.loadingEquipment')}</p>}
      {list.state === 'error' && (
        <p role="alert">{t('installedBase.listFailed', { reason: list.message })}</p>
      )}
      {list.state === 'ready' && (
        <>
          <p className="record-muted" role="status">
            {t('installedBase.unitCount', { count: list.total })}
          </p>
          <table className="record-table">
            <thead>
              <tr>
                <th scope="col">{t('installedBase.field.serialNumber')}</th>
                <th scope="col">{t('installedBase.field.product')}</th>
                <th scope="col">{t('installedBase.field.customer')}</th>
                <th scope="col">{t('installedBase.field.warranty')}</th>
                <th scope="col">{t('installedBase.field.serviceContract')}</th>
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
              {t('installedBase.showMore')}
            </button>
          )}
        </>
      )}
    </main>
  );
}
