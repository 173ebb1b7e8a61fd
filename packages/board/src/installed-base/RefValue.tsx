// A reference field's value as a person reads it — the unit's serial and product, the customer's
// name — linking to the record's page.
import type { FieldDef } from '@stageflow/engine';
import { useEffect } from 'react';
import { Link } from '../app/Link.tsx';
import { ensureRecord, recordLabel, recordOf, useRecordsVersion } from './records-store.ts';

export function recordPath(kind: 'customer' | 'equipment', id: string): string {
  return `/${kind === 'customer' ? 'customers' : 'equipment'}/${encodeURIComponent(id)}`;
}

export function RefValue({
  field,
  id,
  link = true,
}: {
  field: FieldDef & { type: 'customer' | 'equipment' };
  id: string;
  link?: boolean;
}) {
  useRecordsVersion();
  useEffect(() => ensureRecord(field.type, id), [field.type, id]);
  const label = recordLabel(recordOf(id), '…');
  if (!link) return <>{label}</>;
  return (
    <Link
      to={recordPath(field.type, id)}
      className="ref-link"
      onClick={(e) => e.stopPropagation()}
      onPointerDown={(e) => e.stopPropagation()}
    >
      {label}
    </Link>
  );
}
