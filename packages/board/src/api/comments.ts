// Card comments over HTTP, and reading them from the server's JSON (REST and the live feed).
import { api } from './client.ts';

export interface CardComment {
  id: string;
  cardId: string;
  authorId: string;
  body: string;
  mentions: string[];
  createdAt: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function toComment(data: unknown): CardComment {
  const c = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  return {
    id: text(c.id),
    cardId: text(c.cardId),
    authorId: text(c.authorId),
    body: text(c.body),
    mentions: Array.isArray(c.mentions) ? c.mentions.filter((m) => typeof m === 'string') : [],
    createdAt: text(c.createdAt),
  };
}

const commentsPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/comments`;

export async function listComments(cardId: string): Promise<CardComment[]> {
  const { data } = await api.get<{ comments?: unknown[] }>(commentsPath(cardId));
  return (data.comments ?? []).map(toComment);
}

export async function addComment(
  cardId: string,
  body: string,
  mentions: string[],
): Promise<CardComment> {
  return toComment((await api.post(commentsPath(cardId), { body, mentions })).data);
}
