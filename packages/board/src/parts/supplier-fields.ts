// The supplier form's fields (the installed base's RecordForm draws them).
import type { FormField } from '../installed-base/RecordForm.tsx';
import type { SupplierInput } from './parts-api.ts';

export const SUPPLIER_FIELDS: FormField[] = [
  { key: 'name', label: 'parts.supplierField.name', type: 'text', required: true },
  { key: 'email', label: 'parts.supplierField.email', type: 'email' },
  { key: 'phone', label: 'parts.supplierField.phone', type: 'text' },
  { key: 'notes', label: 'parts.supplierField.notes', type: 'longtext' },
];

export function supplierInput(values: Record<string, string | number | null>): SupplierInput {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : null);
  return {
    name: text('name') ?? '',
    email: text('email'),
    phone: text('phone'),
    notes: text('notes'),
  };
}

export const supplierPath = (id: string) => `/suppliers/${encodeURIComponent(id)}`;
