// The comment operations as the OpenAPI document shows them.
import { Comment, CommentList } from '@stageflow/api';
import { registerOperation } from '../http/openapi-registry.ts';
import { NewCommentBody } from './comment.schemas.ts';

const tags = ['Comments'];

export function registerCommentOperations(): void {
  registerOperation({
    method: 'get',
    path: '/api/cards/:id/comments',
    summary: "A card's comments, oldest first",
    tags,
    auth: 'user',
    responses: {
      200: { description: 'The comments', schema: CommentList },
      404: { description: 'No such card' },
    },
  });
  registerOperation({
    method: 'post',
    path: '/api/cards/:id/comments',
    summary: 'Comment on a card',
    description:
      '`mentions` are user ids (from GET /api/users/directory); each mentioned person gets a `mention` notification unless they turned it off. The comment streams as `comment.created`.',
    tags,
    auth: ['admin', 'manager'],
    body: NewCommentBody,
    responses: {
      201: { description: 'The comment', schema: Comment },
      403: { description: 'Viewers read comments but do not write them' },
      404: { description: 'No such card' },
      422: { description: 'A mentioned user does not exist or is disabled' },
    },
  });
}
