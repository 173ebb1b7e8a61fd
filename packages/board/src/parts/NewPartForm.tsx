// Adds a part to the catalogue (a part created below its reorder point opens a purchase order).
import { useEffect, useState, type FormEvent } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import { createPart, listSuppliers, type SupplierView } from './parts-api.ts';

const NUMBERS = ['cost', 'price', 'onHand', 'reorderPoint', 'reorderQuantity'] as const;
type NumberKey = (typeof NUMBERS)[number];

export function NewPartForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void;
  onCreated: () => void;
}) {
  const { t } = useT();
  const [suppliers, setSuppliers] = useState<SupplierView[]>([]);
  const [text, setText] = useState({ sku: '', name: '', supplier: '' });
  const [numbers, setNumbers] = useState<Record<NumberKey, string>>({
    cost: '',
    price: '',
    onHand: '0',
    reorderPoint: '0',
    reorderQuantity: '1',
  });
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    listSuppliers().then(setSuppliers, () => undefined);
  }, []);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await createPart({
        sku: text.sku,
        name: text.name,
        supplier: text.supplier || null,
        cost: Number(numbers.cost),
        price: Number(numbers.price),
        onHand: Number(numbers.onHand),
        reorderPoint: Number(numbers.reorderPoint),
        reorderQuantity: Number(numbers.reorderQuantity),
      });
      onCreated();
    } catch (err) {
      setError(messageOf(err));
    }
  };
  return (
    <form
      className="record-panel new-part"
      aria-label={t('parts.newPart')}
      onSubmit={(e) => void onSubmit(e)}
    >
      <h2>{t('parts.newPart')}</h2>
      <label>
        {t('parts.sku')}
        <input
          value={text.sku}
          onChange={(e) => setText({ ...text, sku: e.target.value })}
          required
        />
      </label>
      <label>
        {t('parts.name')}
        <input
          value={text.name}
          onChange={(e) => setText({ ...text, name: e.target.value })}
          required
        />
      </label>
      <label>
        {t('parts.supplier')}
        <select
          value={text.supplier}
          onChange={(e) => setText({ ...text, supplier: e.target.value })}
        >
          <option value="">{t('parts.noSupplier')}</option>
          {suppliers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {NUMBERS.map((key) => (
        <label key={key}>
          {t(`parts.${key}`)}
          <input
            type="number"
            min={0}
            step={key === 'cost' || key === 'price' ? 0.01 : 1}
            value={numbers[key]}
            onChange={(e) => setNumbers({ ...numbers, [key]: e.target.value })}
            required
          />
        </label>
      ))}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button ghost small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button primary small">
          {t('parts.createPart')}
        </button>
      </div>
    </form>
  );
}
