// Typed calls for every endpoint the board uses, each answer checked against its @stageflow/api
// schema by the client.
import {
  Board,
  CardDetail,
  CardLinks,
  type LinkedCard,
  CardHistory,
  ColumnWindow,
  Directory,
  PublishedVersion,
  Session,
  User,
  WorkflowList,
  type HistoryEntry,
  type Person,
  type WorkflowSummary,
} from '@stageflow/api';
import type { Fields, Locale, WorkflowDefinition } from '@stageflow/engine';
import { api, NoContent } from './client.ts';
import { rememberFrom } from '../installed-base/records-store.ts';

export async function getMe(): Promise<User> {
  return (await api.get('/api/me', User)).data;
}

/** Stores the signed-in user's language (null: follow the browser). */
export async function saveMyLocale(locale: Locale | null): Promise<User> {
  return (await api.patch('/api/me', User, { locale })).data;
}

export async function signIn(email: string, password: string): Promise<User> {
  return (await api.post('/api/session', Session, { email, password })).data.user;
}

export async function signOut(): Promise<void> {
  await api.delete('/api/session', NoContent);
}

export async function listWorkflows(): Promise<WorkflowSummary[]> {
  return (await api.get('/api/workflows', WorkflowList)).data.workflows;
}

const definitionCache = new Map<string, Promise<WorkflowDefinition>>();

/** Published versions never change, so each is fetched once per page load. */
export function getDefinition(key: string, version: number): Promise<WorkflowDefinition> {
  const cacheKey = `${key}@${version}`;
  let pending = definitionCache.get(cacheKey);
  if (!pending) {
    pending = api
      .get(`/api/workflows/${encodeURIComponent(key)}/versions/${version}`, PublishedVersion)
      .then((r) => r.data.definition);
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
  const { data } = await api.get(path, Board, { signal });
  rememberFrom(data, 'records');
  return data;
}

/** The next window of one column, after the cursor the board or the last window gave. */
export async function getColumnWindow(
  key: string,
  stage: string,
  after: string,
  query: BoardQuery = {},
  signal?: AbortSignal,
): Promise<ColumnWindow> {
  const path = `/api/board/${encodeURIComponent(key)}/columns/${encodeURIComponent(stage)}/cards${boardSearch(query, { after })}`;
  return (await api.get(path, ColumnWindow, { signal })).data;
}

/** A card from the server, remembering the customers and units it points at. */
function cardFrom({ data }: { data: CardDetail }): CardDetail {
  rememberFrom(data, 'refs');
  return data;
}

export async function getCard(id: string): Promise<CardDetail> {
  return cardFrom(await api.get(`/api/cards/${encodeURIComponent(id)}`, CardDetail));
}

export async function createCard(input: {
  workflow: string;
  title: string;
  fields: Fields;
}): Promise<CardDetail> {
  return cardFrom(await api.post('/api/cards', CardDetail, input));
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
  const path = `/api/cards/${encodeURIComponent(id)}`;
  return cardFrom(await api.patch(path, CardDetail, patch, { ifMatch: revision }));
}

export async function transitionCard(
  id: string,
  revision: number,
  event: string,
  fields: Fields | undefined,
  idempotencyKey: string,
): Promise<CardDetail> {
  const body = fields && Object.keys(fields).length > 0 ? { event, fields } : { event };
  const path = `/api/cards/${encodeURIComponent(id)}/transitions`;
  return cardFrom(
    await api.post(path, CardDetail, body, {
      ifMatch: revision,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  );
}

/** The cards linked to a card: the parent that spawned it, the children it spawned. */
export async function getLinks(id: string): Promise<LinkedCard[]> {
  return (await api.get(`/api/cards/${encodeURIComponent(id)}/links`, CardLinks)).data.links;
}

export async function getHistory(id: string): Promise<HistoryEntry[]> {
  const path = `/api/cards/${encodeURIComponent(id)}/history`;
  return (await api.get(path, CardHistory)).data.history;
}

/** Every active user's id, name and role; any signed-in person may read it. */
export async function getDirectory(): Promise<Person[]> {
  return (await api.get('/api/users/directory', Directory)).data;
}
