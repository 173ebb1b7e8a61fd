// Fields that start a card in each built-in lifecycle, relative to today so date guards can pass.
import type { Fields } from '@stageflow/engine';

const DAY = 86_400_000;
export const daysAgo = (days: number) =>
  new Date(Date.now() - days * DAY).toISOString().slice(0, 10);

export const BUILTIN_KEYS = ['deal', 'repair', 'return', 'warranty'] as const;
export type BuiltinKey = (typeof BUILTIN_KEYS)[number];

export function newCardFields(workflow: BuiltinKey): Fields {
  switch (workflow) {
    case 'deal':
      return { customer: 'Nordwind GmbH', amount: 12_000 };
    case 'repair':
      return { customer: 'Café Lindner', equipment: 'Espresso GS3', serialNumber: 'GS3-1' };
    case 'return':
      return {
        customer: 'Jana Novak',
        product: 'Drill XR-18',
        orderNumber: 'SO-1',
        purchaseDate: daysAgo(5),
      };
    case 'warranty':
      return {
        customer: 'Bäckerei Huber',
        product: 'Mixer DM-40',
        serialNumber: 'DM40-1',
        purchaseDate: daysAgo(200),
        warrantyMonths: 24,
      };
  }
}
