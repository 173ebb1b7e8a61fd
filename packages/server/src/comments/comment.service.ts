// Comments: add one (with its @mentions told in their inbox) and list a card's comments.
import { randomUUID } from 'node:crypto';
import type { Store } from '../db/database.ts';
import type { CardCommentRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList } from '../i18n/translate.ts';
import { appendChange } from '../events/change-feed.ts';
import { requireCard } from '../cards/card.service.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { notify } from '../notifications/notify.ts';
import { activeUserIds, insertComment, listCommentRows } from './comment.repository.ts';
import type { NewCommentBody } from './comment.schemas.ts';

export interface CommentDto {
  id: string;
  cardId: string;
  authorId: string;
  body: string;
  mentions: string[];
  createdAt: string;
}

export function toCommentDto(row: CardCommentRow): CommentDto {
  return {
    id: row.id,
    cardId: row.card_id,
    authorId: row.author_id,
    body: row.body,
    mentions: JSON.parse(row.mentions) as string[],
    createdAt: row.created_at,
  };
}

const EXCERPT_CHARS = 140;

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS - 1)}…` : flat;
}

export async function listComments(store: Store, cardId: string): Promise<CommentDto[]> {
  await requireCard(store.db, cardId);
  return (await listCommentRows(store.db, cardId)).map(toCommentDto);
}

export async function addComment(
  store: Store,
  actor: Actor,
  cardId: string,
  input: NewCommentBody,
  at: string,
): Promise<CommentDto> {
  const mentions = [...new Set(input.mentions ?? [])];
  return writeTransaction(store, async (trx) => {
    const card = await requireCard(trx, cardId);
    const known = await activeUserIds(trx, mentions);
    const unknown = mentions.filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new HttpProblem(
        422,
        'unknown-mention',
        say('comments.unknownMention', { ids: sayList(unknown, 'conjunction') }),
        { field: 'mentions', unknown },
      );
    }
    const row: CardCommentRow = {
      id: randomUUID(),
      card_id: card.id,
      author_id: actor.id,
      body: input.body,
      mentions: JSON.stringify(mentions),
      created_at: at,
    };
    await insertComment(trx, row);
    const comment = toCommentDto(row);
    await appendChange(trx, {
      at,
      kind: 'comment.created',
      workflowKey: card.workflow_key,
      cardId: card.id,
      payload: { actorId: actor.id, comment },
    });
    for (const recipientId of mentions) {
      await notify(trx, {
        recipientId,
        kind: 'mention',
        actorId: actor.id,
        card,
        at,
        detail: { commentId: row.id, excerpt: excerptOf(row.body) },
      });
    }
    return comment;
  });
}
