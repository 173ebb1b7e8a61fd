// Card links: a parent card and the children its transitions spawned. Plain functions, `db` first.
import type { Insertable, Kysely } from 'kysely';
import type { CardLinksTable, Database } from '../db/schema.ts';

type Db = Kysely<Database>;

export async function insertCardLink(db: Db, row: Insertable<CardLinksTable>): Promise<void> {
  await db.insertInto('card_links').values(row).execute();
}

export interface LinkedRow {
  relation: 'parent' | 'child';
  id: string;
  title: string;
  workflow_key: string;
  workflow_version: number;
  stage: string;
}

/** The card's parents, then its children, each oldest link first. */
export async function linkedRowsOf(db: Db, cardId: string): Promise<LinkedRow[]> {
  const columns = [
    'cards.id',
    'cards.title',
    'cards.workflow_key',
    'cards.workflow_version',
    'cards.stage',
  ] as const;
  const parents = await db
    .selectFrom('card_links')
    .innerJoin('cards', 'cards.id', 'card_links.parent_id')
    .select(columns)
    .where('card_links.child_id', '=', cardId)
    .orderBy('card_links.created_at')
    .orderBy('cards.id')
    .execute();
  const children = await db
    .selectFrom('card_links')
    .innerJoin('cards', 'cards.id', 'card_links.child_id')
    .select(columns)
    .where('card_links.parent_id', '=', cardId)
    .orderBy('card_links.created_at')
    .orderBy('cards.id')
    .execute();
  return [
    ...parents.map((r) => ({ ...r, relation: 'parent' as const })),
    ...children.map((r) => ({ ...r, relation: 'child' as const })),
  ];
}

/** The ids of the card's parents in one workflow (the cards a signal goes to). */
export async function parentIdsIn(db: Db, childId: string, workflowKey: string): Promise<string[]> {
  const rows = await db
    .selectFrom('card_links')
    .innerJoin('cards', 'cards.id', 'card_links.parent_id')
    .select('cards.id')
    .where('card_links.child_id', '=', childId)
    .where('cards.workflow_key', '=', workflowKey)
    .orderBy('card_links.created_at')
    .execute();
  return rows.map((r) => r.id);
}
