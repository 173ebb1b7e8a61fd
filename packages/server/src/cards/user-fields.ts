// `user` fields hold user ids. The engine checks the type (it knows no users); this checks that a
// newly given id names an active user. A value the card already has passes even if that user was
// disabled since, so a form sending every field back is not refused for an old assignment.
import { fieldLabel, type Fields, type Locale, type WorkflowDefinition } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, serverT } from '../i18n/translate.ts';

export async function requireActiveUserValues(
  db: Kysely<Database>,
  definition: WorkflowDefinition,
  given: Fields | undefined,
  current: Fields = {},
  locale?: Locale | null,
): Promise<void> {
  if (!given) return;
  const wanted = new Map<string, string>();
  for (const field of definition.fields) {
    const value = given[field.key];
    if (field.type !== 'user' || typeof value !== 'string' || value.trim() === '') continue;
    if (value !== current[field.key]) wanted.set(field.key, value);
  }
  if (wanted.size === 0) return;
  const active = new Set(
    (
      await db
        .selectFrom('users')
        .select('id')
        .where('id', 'in', [...new Set(wanted.values())])
        .where('disabled', '=', 0)
        .execute()
    ).map((row) => row.id),
  );
  for (const [key, id] of wanted) {
    if (active.has(id)) continue;
    const label = fieldLabel(definition, key, locale ?? undefined);
    const sentence = say('cards.unknownUser', { label, id });
    throw new HttpProblem(422, 'unknown-user', sentence, {
      field: key,
      errors: [
        { field: key, message: serverT(locale ?? undefined)(sentence.key, sentence.values) },
      ],
    });
  }
}
