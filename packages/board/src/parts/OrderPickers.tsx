// The part and supplier of a purchase order made by hand, chosen from the catalogue (not typed):
// the server makes the order with the card, so the part shows as on order at once. Choosing a
// part proposes its reorder quantity and its own supplier.
import { localLabel, type Fields, type WorkflowDefinition } from '@stageflow/engine';
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { listParts, listSuppliers, type PartView, type SupplierView } from './parts-api.ts';

export function OrderPickers({
  definition,
  values,
  errors,
  onChange,
}: {
  definition: WorkflowDefinition;
  values: Fields;
  errors: Record<string, string>;
  onChange: (patch: Fields) => void;
}) {
  const { t, locale } = useT();
  const partId = useId();
  const supplierId = useId();
  const [parts, setParts] = useState<PartView[] | null>(null);
  const [suppliers, setSuppliers] = useState<SupplierView[]>([]);
  useEffect(() => {
    listParts().then(setParts, () => setParts([]));
    listSuppliers().then(setSuppliers, () => undefined);
  }, []);
  const label = (key: string, fallback: string) => {
    const field = definition.fields.find((f) => f.key === key);
    return field ? localLabel(field, locale) : fallback;
  };
  const chosen = parts?.find((p) => p.sku === values.part);
  const choosePart = (sku: string) => {
    const part = parts?.find((p) => p.sku === sku);
    onChange({
      part: sku || null,
      supplier: null,
      ...(part && (values.quantity === undefined || values.quantity === null)
        ? { quantity: part.reorderQuantity }
        : {}),
    });
  };
  const error = (key: string, id: string) =>
    errors[key] && (
      <span id={`${id}-error`} className="field-error">
        {errors[key]}
      </span>
    );
  return (
    <>
      <div className="field">
        <label htmlFor={partId}>
          {label('part', t('parts.orderPart'))}
          <span className="required-mark" aria-hidden="true">
            {' '}
            *
          </span>
        </label>
        <select
          id={partId}
          name="part"
          aria-required="true"
          aria-invalid={errors.part ? true : undefined}
          aria-describedby={errors.part ? `${partId}-error` : undefined}
          value={typeof values.part === 'string' ? values.part : ''}
          onChange={(e) => choosePart(e.target.value)}
        >
          <option value="">{t('parts.choosePart')}</option>
          {parts?.map((p) => (
            <option key={p.id} value={p.sku}>
              {t('parts.orderOption', {
                sku: p.sku,
                name: p.name,
                available: p.available,
                onOrder: p.onOrder,
              })}
            </option>
          ))}
        </select>
        {parts?.length === 0 && <span className="field-hint">{t('parts.noOrderParts')}</span>}
        {error('part', partId)}
      </div>
      <div className="field">
        <label htmlFor={supplierId}>{label('supplier', t('parts.orderSupplier'))}</label>
        <select
          id={supplierId}
          name="supplier"
          aria-invalid={errors.supplier ? true : undefined}
          aria-describedby={errors.supplier ? `${supplierId}-error` : undefined}
          value={typeof values.supplier === 'string' ? values.supplier : ''}
          onChange={(e) => onChange({ supplier: e.target.value || null })}
        >
          <option value="">
            {chosen?.supplierName
              ? t('parts.partsSupplier', { name: chosen.supplierName })
              : t('parts.noSupplier')}
          </option>
          {suppliers
            .filter((s) => s.id !== chosen?.supplier)
            .map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
        </select>
        {error('supplier', supplierId)}
      </div>
    </>
  );
}
