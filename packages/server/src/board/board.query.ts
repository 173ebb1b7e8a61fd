// The one query behind the board: every card of a workflow, only the columns the board shows.
// It walks the (workflow_key, stage, position) index; ordering happens in memory, by plain string
// comparison of the fractional keys (independent of the database's collation).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';

export async function boardCardRows(db: Kysely<Database>, workflowKey: string) {
  const rows = await db
    .selectFrom('cards')
    .select([
      'id',
      'title',
      'stage',
      'position',
      'assignee_id',
      'revision',
      'entered_at',
      'due_at',
      'workflow_version',
      'fields',
    ])
    .where('workflow_key', '=', workflowKey)
    .execute();
  return rows.sort((a, b) =>
    a.position < b.position
      ? -1
      : a.position > b.position
        ? 1
        : a.id < b.id
          ? -1
          : a.id > b.id
            ? 1
            : 0,
  );
}

export type BoardCardRow = Awaited<ReturnType<typeof boardCardRows>>[number];
