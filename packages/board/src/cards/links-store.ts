// The cards linked to a card (its parent and the children it spawned), as the server's engine
// reads them: fetched when a card is dragged or opened, kept while the board is open and fetched
// again when the card or one of its linked cards changes on the live feed. The board's engine reads
// them as `Ctx.links`, so a drag's preview refuses (naming the linked card) exactly when the server
// would, and allows the move as soon as the linked card has moved on.
import type { LinkedCard, Locale } from '@stageflow/engine';
import { useSyncExternalStore } from 'react';
import { getLinks } from '../api/endpoints.ts';
import { currentLocale } from '../i18n/i18n.ts';

interface Entry {
  locale: Locale;
  links: LinkedCard[];
}

/** Cards whose links a long session keeps at most (the oldest are fetched again when needed). */
const MAX_CARDS = 500;

const entries = new Map<string, Entry>();
/** The newest load of each card: an older answer arriving late is not kept. */
const loads = new Map<string, { seq: number; promise: Promise<LinkedCard[]> }>();
const listeners = new Set<() => void>();
let seq = 0;

function changed(): void {
  for (const listener of listeners) listener();
}

/** The links of a card as last fetched in the language shown now; undefined: not known (yet). */
export function linksOf(
  cardId: string,
  locale: Locale = currentLocale(),
): LinkedCard[] | undefined {
  const entry = entries.get(cardId);
  return entry?.locale === locale ? entry.links : undefined;
}

/** Keeps links fetched elsewhere (the same answer GET /api/cards/:id/links gave). */
export function rememberLinks(cardId: string, links: LinkedCard[], locale = currentLocale()) {
  entries.delete(cardId); // re-inserted last: the oldest entries are the first to go
  entries.set(cardId, { locale, links });
  while (entries.size > MAX_CARDS) entries.delete(entries.keys().next().value!);
  changed();
}

/** Fetches a card's links now (one request at a time per card; a newer one wins). Rejects on failure. */
export function loadLinks(cardId: string): Promise<LinkedCard[]> {
  const locale = currentLocale();
  const mine = ++seq;
  const promise = getLinks(cardId).then((links) => {
    if (loads.get(cardId)?.seq === mine) {
      loads.delete(cardId);
      rememberLinks(cardId, links, locale);
    }
    return links;
  });
  loads.set(cardId, { seq: mine, promise });
  promise.catch(() => {
    if (loads.get(cardId)?.seq === mine) loads.delete(cardId);
  });
  return promise;
}

/** The card's links, fetched once if not known; a load under way is awaited, not repeated. */
export function ensureLinks(cardId: string): Promise<LinkedCard[]> {
  const known = linksOf(cardId);
  if (known) return Promise.resolve(known);
  return loads.get(cardId)?.promise ?? loadLinks(cardId);
}

/**
 * A card changed on the live feed: every card it is linked to (and the card itself, whose move may
 * have spawned a child) reads its links again; a load of the card under way is replaced (its answer
 * may predate the change).
 */
export function linkedCardChanged(cardId: string): void {
  const stale = new Set<string>();
  for (const [id, entry] of entries) {
    if (id === cardId || entry.links.some((l) => l.id === cardId)) stale.add(id);
  }
  if (loads.has(cardId)) stale.add(cardId);
  for (const id of stale) {
    // A card whose links cannot be read now is not judged on old ones: the server decides.
    loadLinks(id).catch(() => {
      entries.delete(id);
      changed();
    });
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A card's links as known now (undefined: none asked for, or not here yet); re-renders on change. */
export function useLinksOf(cardId: string | undefined): LinkedCard[] | undefined {
  return useSyncExternalStore(subscribe, () => (cardId ? linksOf(cardId) : undefined));
}

/** Forgets every card's links (signing out; tests). */
export function forgetLinks(): void {
  entries.clear();
  loads.clear();
  changed();
}
