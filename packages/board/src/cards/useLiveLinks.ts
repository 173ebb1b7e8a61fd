// Keeps the links store live: a card that changes on the feed makes the cards linked to it read
// their links again (a repair handed back lets its claim be resolved, on every open board).
import { useLiveChanges } from '../api/LiveProvider.tsx';
import { linkedCardChanged } from './links-store.ts';

export function useLiveLinks(): void {
  useLiveChanges((change) => {
    if (change.cardId) linkedCardChanged(change.cardId);
  });
}
