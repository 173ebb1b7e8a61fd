// Money crosses the API in the currency's units and is stored in cents, so sums never drift.
export const toCents = (amount: number): number => Math.round(amount * 100);
export const fromCents = (cents: number): number => Number(cents) / 100;
