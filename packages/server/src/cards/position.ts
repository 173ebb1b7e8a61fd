// Card order within a column: fractional index keys (base 62, compared as plain strings), so a
// move rewrites one card only. New and moved-in cards go to the end of their column.
import { generateKeyBetween } from 'fractional-indexing';
import type { Kysely } from 'kysely';
import type { CardRow, Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { findCardRow, lastPositionInColumn, neighbourPosition } from './card.repository.ts';

type Db = Kysely<Database>;

/**
 * Where to put a card in its column: right `after` one card, right `before` another, or between
 * the two when both are given. `null` means the edge: `{ after: null }` is the top of the column,
 * `{ before: null }` the bottom.
 */
export interface PositionRequest {
  after?: string | null;
  before?: string | null;
}

/** A key between `low` and `high`; equal neighbours (a rare tie) fall back to right after `low`. */
export function keyBetween(low: string | null, high: string | null): string {
  if (low !== null && high !== null && low >= high) return generateKeyBetween(low, null);
  return generateKeyBetween(low, high);
}

export async function positionAtEnd(db: Db, workflowKey: string, stage: string): Promise<string> {
  return keyBetween(await lastPositionInColumn(db, workflowKey, stage), null);
}

async function anchor(
  db: Db,
  card: CardRow,
  id: string,
  side: 'after' | 'before',
): Promise<CardRow> {
  if (id === card.id) {
    throw new HttpProblem(422, 'invalid-position', say('cards.nextToItself'), {
      field: `position.${side}`,
    });
  }
  const other = await findCardRow(db, id);
  if (!other || other.workflow_key !== card.workflow_key || other.stage !== card.stage) {
    throw new HttpProblem(422, 'invalid-position', say('cards.notSameColumn', { id }), {
      field: `position.${side}`,
    });
  }
  return other;
}

export async function positionFor(
  db: Db,
  card: CardRow,
  request: PositionRequest,
): Promise<string> {
  const { workflow_key: workflow, stage } = card;
  const after = request.after ? await anchor(db, card, request.after, 'after') : null;
  const before = request.before ? await anchor(db, card, request.before, 'before') : null;
  if (after && before) {
    if (after.position >= before.position) {
      throw new HttpProblem(
        422,
        'invalid-position',
        say('cards.wrongOrder', { after: after.id, before: before.id }),
        { field: 'position' },
      );
    }
    return keyBetween(after.position, before.position);
  }
  if (after) {
    return keyBetween(
      after.position,
      await neighbourPosition(db, workflow, stage, after.position, 'next'),
    );
  }
  if (before) {
    return keyBetween(
      await neighbourPosition(db, workflow, stage, before.position, 'previous'),
      before.position,
    );
  }
  if (request.after === null) {
    const first = await neighbourPosition(db, workflow, stage, '', 'next');
    return keyBetween(null, first);
  }
  return positionAtEnd(db, workflow, stage);
}
