// A stock count: units found (+) or written off (−) for one part.
import { useState, type FormEvent } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import { adjustStock, type PartView } from './parts-api.ts';

export function StockCountForm({ parts, onCounted }: { parts: PartView[]; onCounted: () => void }) {
  const { t } = useT();
  const [part, setPart] = useState('');
  const [delta, setDelta] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await adjustStock(part, Number(delta));
      setDelta('');
      setError(null);
      onCounted();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="record-panel stock-count" onSubmit={(e) => void onSubmit(e)}>
      <h2>{t('parts.count')}</h2>
      <p className="record-muted">{t('parts.countHelp')}</p>
      <label>
        {t('parts.part')}
        <select value={part} onChange={(e) => setPart(e.target.value)} required>
          <option value="">{t('parts.choosePart')}</option>
          {parts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.sku} · {p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('parts.delta')}
        <input
          type="number"
          step={1}
          value={delta}
          onChange={(e) => setDelta(e.target.value)}
          required
        />
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button small" disabled={busy || !part || !delta}>
        {t('parts.applyCount')}
      </button>
    </form>
  );
}
