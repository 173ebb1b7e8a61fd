// A repair's parts lines in the card drawer: each with its stock status, what the customer pays
// and what is claimed back under warranty; add a line from the catalogue or remove one.
import './parts.css';
import type { WorkflowDefinition } from '@stageflow/engine';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { messageOf } from '../api/problem.ts';
import { useT } from '../i18n/useT.ts';
import { hasPartsLines } from './parts-rules.ts';
import {
  addPartLine,
  getCardParts,
  listParts,
  removePartLine,
  type CardParts,
  type PartView,
} from './parts-api.ts';
import { formatAmount } from './money.ts';
import { PartsBadge } from './PartsBadge.tsx';
import { useReadinessVersion } from './readiness-store.ts';

export function CardPartsSection({
  cardId,
  revision,
  definition,
  canWrite,
  stage,
}: {
  cardId: string;
  revision: number;
  /** The card's stage: waiting for parts there, the section says whether they are all in. */
  stage?: string;
  definition: WorkflowDefinition;
  canWrite: boolean;
}) {
  const { t, locale } = useT();
  const headingId = useId();
  const [parts, setParts] = useState<CardParts | null>(null);
  const [catalogue, setCatalogue] = useState<PartView[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [choice, setChoice] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [warranty, setWarranty] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = hasPartsLines(definition);
  // A goods receipt reserves a waiting repair's lines without touching the card: the board's
  // readiness reloads on the purchase order's change, and the lines with it.
  const readiness = useReadinessVersion();

  useEffect(() => {
    if (!shown) return;
    let live = true;
    getCardParts(cardId).then(
      (p) => live && setParts(p),
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
    };
  }, [cardId, revision, shown, readiness]);
  useEffect(() => {
    if (!shown || !canWrite) return;
    listParts().then(setCatalogue, () => undefined);
  }, [shown, canWrite]);
  if (!shown) return null;

  const money = (amount: number) => formatAmount(amount, definition, locale);
  const run = async (action: () => Promise<CardParts>) => {
    setBusy(true);
    try {
      setParts(await action());
      setError(null);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const onAdd = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    void run(() => addPartLine(cardId, { part: choice, quantity: Number(quantity), warranty }));
  };

  return (
    <section className="drawer-section parts-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('parts.lines')}</h3>
      {stage && <PartsBadge card={{ id: cardId, stage }} definition={definition} />}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {parts && parts.lines.length === 0 && <p className="muted">{t('parts.noLines')}</p>}
      {parts && parts.lines.length > 0 && (
        <table className="parts-lines">
          <thead>
            <tr>
              <th scope="col">{t('parts.part')}</th>
              <th scope="col">{t('parts.quantity')}</th>
              <th scope="col">{t('parts.total')}</th>
              <th scope="col">{t('parts.status')}</th>
              {canWrite && (
                <th scope="col" className="sr-only">
                  {t('parts.remove')}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {parts.lines.map((line) => (
              <tr key={line.id} data-status={line.status}>
                <td>
                  <span className="parts-sku">{line.sku}</span> {line.name}
                  {line.warranty && <span className="parts-warranty"> {t('parts.warranty')}</span>}
                </td>
                <td>{line.quantity}</td>
                <td>{money(line.total)}</td>
                <td>
                  <span className={`parts-status status-${line.status}`}>
                    {t(`parts.statusLabel.${line.status}`)}
                  </span>
                </td>
                {canWrite && (
                  <td>
                    {line.status !== 'consumed' && line.status !== 'released' && (
                      <button
                        type="button"
                        className="button ghost small"
                        disabled={busy}
                        aria-label={t('parts.removeLine', { name: line.name })}
                        onClick={() => void run(() => removePartLine(cardId, line.id))}
                      >
                        ×
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {parts && (
        <p className="parts-totals">
          {t('parts.partsTotal', { amount: money(parts.partsTotal) })}
          {parts.warrantyClaim > 0 &&
            ` · ${t('parts.warrantyClaim', { amount: money(parts.warrantyClaim) })}`}
        </p>
      )}
      {canWrite && (
        <form className="parts-add" onSubmit={onAdd}>
          <label>
            {t('parts.part')}
            <select value={choice} onChange={(e) => setChoice(e.target.value)} required>
              <option value="">{t('parts.choosePart')}</option>
              {catalogue.map((p) => (
                <option key={p.id} value={p.id}>
                  {t('parts.option', { sku: p.sku, name: p.name, available: p.available })}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('parts.quantity')}
            <input
              type="number"
              min={1}
              step={1}
              value={quantity}
              onChange={(e) => setQuantity(e.target.value)}
              required
            />
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={warranty}
              onChange={(e) => setWarranty(e.target.checked)}
            />
            {t('parts.underWarranty')}
          </label>
          <button type="submit" className="button small" disabled={busy || !choice}>
            {t('parts.addLine')}
          </button>
        </form>
      )}
    </section>
  );
}
