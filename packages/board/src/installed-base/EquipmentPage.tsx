// /equipment/:id — one unit: what it is, whose, its warranty and service contract, and one
// timeline of every deal, repair, return and claim about it.
import { useState } from 'react';
import { Link } from '../app/Link.tsx';
import { canEditCards, useSession } from '../app/session.tsx';
import { DeleteRecordButton } from './DeleteRecordButton.tsx';
import { patchRecord, type Equipment } from './installed-base-api.ts';
import { RecordForm, EQUIPMENT_FIELDS } from './RecordForm.tsx';
import { RecordTimeline } from './RecordTimeline.tsx';
import { recordPath } from './RefValue.tsx';
import { rememberRecords, toRecord } from './records-store.ts';
import { useRecord } from './use-record.ts';
import { WarrantyBadge } from './WarrantyBadge.tsx';
import './installed-base.css';

export function EquipmentPage({ id }: { id: string }) {
  const { user } = useSession();
  const { load, replace } = useRecord<Equipment>('equipment', id);
  const [editing, setEditing] = useState(false);
  if (load.state === 'loading') return <p className="page-message">Loading the unit…</p>;
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
        <Link to="/equipment">Equipment</Link>
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
              Edit
            </button>
            <DeleteRecordButton kind="equipment" id={unit.id} name={`unit ${unit.serialNumber}`} />
          </div>
        )}
      </header>
      <div className="record-detail__layout">
        <section className="record-panel" aria-label="Unit details">
          {editing ? (
            <RecordForm
              fields={EQUIPMENT_FIELDS}
              initial={{ ...unit }}
              submitLabel="Save unit"
              onCancel={() => setEditing(false)}
              onSubmit={async (values) => {
                const saved = await patchRecord<Equipment>('equipment', unit.id, values);
                rememberRecords([toRecord('equipment', { ...saved })]);
                replace(saved);
                setEditing(false);
              }}
            />
          ) : (
            <dl className="record-facts">
              <dt>Customer</dt>
              <dd>
                {unit.customer ? (
                  <Link to={recordPath('customer', unit.customer)}>{unit.customerName}</Link>
                ) : (
                  <span className="record-muted">No owner recorded</span>
                )}
              </dd>
              <dt>Purchase date</dt>
              <dd>{unit.purchaseDate ?? '—'}</dd>
              <dt>Warranty period</dt>
              <dd>{unit.warrantyMonths === null ? '—' : `${unit.warrantyMonths} months`}</dd>
              <dt>Warranty</dt>
              <dd>
                <WarrantyBadge until={unit.warrantyExpires} />
              </dd>
              <dt>Service contract</dt>
              <dd>
                <WarrantyBadge until={unit.contractExpires} />
              </dd>
              {unit.notes && (
                <>
                  <dt>Notes</dt>
                  <dd className="record-notes">{unit.notes}</dd>
                </>
              )}
            </dl>
          )}
        </section>
        <section className="record-panel" aria-labelledby="unit-timeline">
          <h2 id="unit-timeline">Timeline</h2>
          <RecordTimeline kind="equipment" id={unit.id} />
        </section>
      </div>
    </main>
  );
}
