// Card comments over HTTP.
import { Comment, CommentList } from '@stageflow/api';
import { api } from './client.ts';

const commentsPath = (cardId: string) => `/api/cards/${encodeURIComponent(cardId)}/comments`;

export async function listComments(cardId: string): Promise<Comment[]> {
  return (await api.get(commentsPath(cardId), CommentList)).data.comments;
}

export async function addComment(
  cardId: string,
  body: string,
  mentions: string[],
): Promise<Comment> {
  return (await api.post(commentsPath(cardId), Comment, { body, mentions })).data;
}
