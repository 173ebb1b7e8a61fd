// On a purchase-order card: the part, how many were ordered and how many have arrived.
import type { WorkflowDefinition } from '@stageflow/engine';
import { useEffect, useId, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { getPurchaseOrder, type PurchaseOrderView } from './parts-api.ts';
import { receivesGoods } from './parts-rules.ts';

export function PurchaseOrderPanel({
  cardId,
  revision,
  definition,
}: {
  cardId: string;
  revision: number;
  definition: WorkflowDefinition;
}) {
  const { t } = useT();
  const headingId = useId();
  const [order, setOrder] = useState<PurchaseOrderView | null>(null);
  const shown = receivesGoods(definition);
  useEffect(() => {
    if (!shown) return;
    let live = true;
    getPurchaseOrder(cardId).then(
      (o) => live && setOrder(o),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [cardId, revision, shown]);
  if (!shown || !order) return null;
  return (
    <section className="drawer-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('parts.order')}</h3>
      <p data-testid="order-received">
        {t('parts.orderReceived', {
          sku: order.sku,
          name: order.name,
          received: order.received,
          quantity: order.quantity,
        })}
      </p>
    </section>
  );
}
