// Typed calls for every endpoint the board uses.
import type { Fields, LinkedCard, Locale, WorkflowDefinition } from '@stageflow/engine';
import { api } from './client.ts';
import { rememberFrom } from '../installed-base/records-store.ts';
import {
  toBoard,
  toBoardCard,
  toCardDetail,
  toDefinition,
  toHistoryEntry,
  toPerson,
  toUser,
  toWorkflowDetail,
  toWorkflowSummary,
  unwrapList,
} from './normalize.ts';
import type {
  Board,
  BoardCard,
  CardDetail,
  HistoryEntry,
  Person,
  User,
  WorkflowDetail,
  WorkflowSummary,
} from './types.ts';

export async function getMe(): Promise<User> {
  return toUser((await api.get('/api/me')).data);
}

/** Stores the signed-in user's language (null: follow the browser). */
export async function saveMyLocale(locale: Locale | null): Promise<User> {
  return toUser((await api.patch('/api/me', { locale })).data);
}

export async function signIn(email: string, password: string): Promise<User> {
  await api.post('/api/session', { email, password });
  return getMe();
}

export async function signOut(): Promise<void> {
  await api.delete('/api/session');
}

export async function listWorkflows(): Promise<WorkflowSummary[]> {
  return unwrapList((await api.get('/api/workflows')).data, 'workflows').map(toWorkflowSummary);
}

export async function getWorkflow(key: string): Promise<WorkflowDetail> {
  return toWorkflowDetail((await api.get(`/api/workflows/${encodeURIComponent(key)}`)).data);
}

const definitionCache = new Map<string, Promise<WorkflowDefinition>>();

/** Published versions never change, so each is fetched once per page load. */
export function getDefinition(key: string, version: number): Promise<WorkflowDefinition> {
  const cacheKey = `${key}@${version}`;
  let pending = definitionCache.get(cacheKey);
  if (!pending) {
    pending = api
      .get(`/api/workflows/${encodeURIComponent(key)}/versions/${version}`)
      .then((r) => toDefinition(r.data));
    pending.catch(() => definitionCache.delete(cacheKey));
    definitionCache.set(cacheKey, pending);
  }
  return pending;
}

/** Server-side filters of a board: `q`, `assignee` (an id, `me`, `none`), `overdue`. */
export interface BoardQuery {
  q?: string;
  assignee?: string | null;
  overdue?: boolean;
}

function boardSearch(query: BoardQuery, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (query.q?.trim()) params.set('q', query.q.trim());
  if (query.assignee) params.set('assignee', query.assignee);
  if (query.overdue) params.set('overdue', 'true');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Columns with counts and totals, and the first window of each column's cards. */
export async function getBoard(
  key: string,
  query: BoardQuery = {},
  signal?: AbortSignal,
): Promise<Board> {
  const path = `/api/board/${encodeURIComponent(key)}${boardSearch(query)}`;
  const { data } = await api.get(path, { signal });
  rememberFrom(data, 'records');
  return toBoard(data, key);
}

/** The next window of one column, after the cursor the board or the last window gave. */
export async function getColumnWindow(
  key: string,
  stage: string,
  after: string,
  query: BoardQuery = {},
  signal?: AbortSignal,
): Promise<{ cards: BoardCard[]; next: string | null }> {
  const path = `/api/board/${encodeURIComponent(key)}/columns/${encodeURIComponent(stage)}/cards${boardSearch(query, { after })}`;
  const data = (await api.get(path, { signal })).data as { cards?: unknown[]; next?: unknown };
  return {
    cards: (data.cards ?? []).map((c) => toBoardCard(c, key)),
    next: typeof data.next === 'string' ? data.next : null,
  };
}

/** A card from the server, remembering the customers and units it points at. */
function cardFrom(data: unknown, etag: string | null): CardDetail {
  rememberFrom(data, 'refs');
  return toCardDetail(data, etag);
}

export async function getCard(id: string): Promise<CardDetail> {
  const { data, etag } = await api.get(`/api/cards/${encodeURIComponent(id)}`);
  return cardFrom(data, etag);
}

export async function createCard(input: {
  workflow: string;
  title: string;
  fields: Fields;
}): Promise<CardDetail> {
  const { data, etag } = await api.post('/api/cards', input);
  return cardFrom(data, etag);
}

export interface CardPatch {
  title?: string;
  fields?: Fields;
  assignee?: string | null;
  /** Where in its column: right after one card and/or right before another (null = the edge). */
  position?: { after?: string | null; before?: string | null };
}

export async function patchCard(
  id: string,
  revision: number,
  patch: CardPatch,
): Promise<CardDetail> {
  const { data, etag } = await api.patch(`/api/cards/${encodeURIComponent(id)}`, patch, {
    ifMatch: revision,
  });
  return cardFrom(data, etag);
}

export async function transitionCard(
  id: string,
  revision: number,
  event: string,
  fields: Fields | undefined,
  idempotencyKey: string,
): Promise<CardDetail> {
  const body = fields && Object.keys(fields).length > 0 ? { event, fields } : { event };
  const { data, etag } = await api.post(`/api/cards/${encodeURIComponent(id)}/transitions`, body, {
    ifMatch: revision,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
  return cardFrom(data, etag);
}

/** The cards linked to a card: the parent that spawned it, the children it spawned. */
export async function getLinks(id: string): Promise<LinkedCard[]> {
  const { data } = await api.get(`/api/cards/${encodeURIComponent(id)}/links`);
  return unwrapList(data, 'links') as LinkedCard[];
}

export async function getHistory(id: string): Promise<HistoryEntry[]> {
  const { data } = await api.get(`/api/cards/${encodeURIComponent(id)}/history`);
  return unwrapList(data, 'history').map(toHistoryEntry);
}

/** Every active user's id, name and role; any signed-in person may read it. */
export async function getDirectory(): Promise<Person[]> {
  return unwrapList((await api.get('/api/users/directory')).data, 'users').map(toPerson);
}
