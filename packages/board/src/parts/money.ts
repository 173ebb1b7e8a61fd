// Parts money in the card's quote currency (the catalogue keeps no currency of its own).
import { formatMoney, type Locale, type WorkflowDefinition } from '@stageflow/engine';

export function quoteCurrency(definition: WorkflowDefinition | undefined): string {
  return definition?.fields.find((f) => f.key === 'quoteAmount')?.currency ?? 'EUR';
}

export function formatAmount(
  amount: number,
  definition: WorkflowDefinition | undefined,
  locale: Locale,
): string {
  return formatMoney(amount, quoteCurrency(definition), locale);
}
