// /equipment/:id — one unit: what it is, whose, its warranty and service contract, and one
// timeline of every deal, repair, return and claim about it.
import { useT } from '../i18n/useT.ts';
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { canEditCards, useSession } from '../app/session.tsx';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';
import { patchRecord } from './installed-base-api.ts';
import { RecordForm, EQUIPMENT_FIELDS } from './RecordForm.tsx';
import { RecordTimeline } from './RecordTimeline.tsx';
import { recordPath } from './RefValue.tsx';
import { rememberRecords, toRecord } from './records-store.ts';
import { useRecord } from './use-record.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';
import './installed-base.css';

export function EquipmentPage({ id }: { id: string }) {
  const { user } = useSession();
  const { t } = useT();
  const { load, replace } = useRecord('equipment', id);
  const [editing, setEditing] = useState(false);
  if (load.state === 'loading')
    return <p className="page-message">{t('installedBase.loadingUnit')}</p>;
  if (load.state === 'error')
    return (
      <p className="page-message" role="alert">
        {load.message}
      </p>
    );
  const unit = load.record;
  return (
    <main className="record-page record-detail">
      <p className="record-eyebrow">
        <Link to="/equipment">{t('installedBase.equipment')}</Link>
      </p>
      <header className="record-detail__head">
        <h1>
          {unit.serialNumber}
          <span className="record-detail__sub">
            {unit.product}
            {unit.model ? ` ${unit.model}` : ''}
          </span>
        </h1>
        {canEditCards(user) && !editing && (
          <div className="record-page__tools">
            <button
              type="button"
              className="button secondary small"
              onClick={() => setEditing(true)}
            >
              {t('installedBase.edit')}
            </button>
            <DeleteRecordButton
              kind="equipment"
              id={unit.id}
              name={t('installedBase.unitName', { serial: unit.serialNumber })}
            />
          </div>
        )}
      </header>
      <div className="record-detail__layout">
        <section className="record-panel" aria-label={t('installedBase.details.unit')}>
          {editing ? (
            <RecordForm
              fields={EQUIPMENT_FIELDS}
              initial={{ ...unit }}
              submitLabel={t('installedBase.saveUnit')}
              onCancel={() => setEditing(false)}
              onSubmit={async (values) => {
                const saved = await patchRecord('equipment', unit.id, values);
                rememberRecords([toRecord('equipment', { ...saved })]);
                replace(saved);
                setEditing(false);
              }}
            />
          ) : (
            <dl className="record-facts">
              <dt>{t('installedBase.field.customer')}</dt>
              <dd>
                {unit.customer ? (
                  <Link to={recordPath('customer', unit.customer)}>{unit.customerName}</Link>
                ) : (
                  <span className="record-muted">{t('installedBase.noOwner')}</span>
                )}
              </dd>
              <dt>{t('installedBase.field.purchaseDate')}</dt>
              <dd>{unit.purchaseDate ?? '—'}</dd>
              <dt>{t('installedBase.field.warrantyPeriod')}</dt>
              <dd>
                {unit.warrantyMonths === null
                  ? '—'
                  : t('installedBase.months', { count: unit.warrantyMonths })}
              </dd>
              <dt>{t('installedBase.field.warranty')}</dt>
              <dd>
                <WarrantyBadge until={unit.warrantyExpires} />
              </dd>
              <dt>{t('installedBase.field.serviceContract')}</dt>
              <dd>
                <WarrantyBadge until={unit.contractExpires} />
              </dd>
              {unit.notes && (
                <>
                  <dt>{t('installedBase.field.notes')}</dt>
                  <dd className="record-notes">{unit.notes}</dd>
                </>
              )}
            </dl>
          )}
        </section>
        <section className="record-panel" aria-labelledby="unit-timeline">
          <h2 id="unit-timeline">{t('installedBase.timeline')}</h2>
          <RecordTimeline kind="equipment" id={unit.id} />
        </section>
      </div>
    </main>
  );
}
