// Which forms a card prints, and a form's document in a locale. Reads only.
import type { Locale } from '@stageflow/engine';
import { workflowName } from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList } from '../i18n/translate.ts';
import { requireCard } from '../cards/card.service.ts';
import { listHistoryRows } from '../cards/history.repository.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import { buildFormDocument, type FormDocument } from './form-document.ts';
import { FORM_KINDS, formsFor, isFormKind } from './form-kinds.ts';
import { formT } from './form-text.ts';

export async function listCardForms(store: Store, cardId: string, locale: Locale) {
  const card = await requireCard(store.db, cardId);
  const t = formT(locale);
  return {
    forms: formsFor(card.workflow_key).map((form) => ({ form, title: t(`title.${form}`) })),
  };
}

async function userNames(store: Store, ids: Set<string>): Promise<Map<string, string>> {
  if (ids.size === 0) return new Map();
  const rows = await store.db
    .selectFrom('users')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function cardFormDocument(
  store: Store,
  cardId: string,
  form: string,
  locale: Locale,
  now: string,
): Promise<FormDocument> {
  if (!isFormKind(form)) {
    throw new HttpProblem(
      404,
      'form-not-found',
      say('forms.unknown', { form, forms: sayList([...FORM_KINDS], 'conjunction') }),
    );
  }
  const card = await requireCard(store.db, cardId);
  const definition = await getDefinition(store, store.db, card.workflow_key, card.workflow_version);
  const available = formsFor(card.workflow_key);
  if (!available.includes(form)) {
    throw new HttpProblem(
      404,
      'form-not-found',
      say('forms.notForWorkflow', {
        workflow: workflowName(definition, locale),
        form,
        forms: available.length > 0 ? sayList([...available], 'conjunction') : say('forms.none'),
      }),
      { forms: available },
    );
  }
  const history = await listHistoryRows(store.db, card.id);
  const ids = new Set<string>(history.map((row) => row.actor_id));
  if (card.assignee_id) ids.add(card.assignee_id);
  for (const field of definition.fields) {
    const value = (JSON.parse(card.fields) as Record<string, unknown>)[field.key];
    if (field.type === 'user' && typeof value === 'string') ids.add(value);
  }
  return buildFormDocument({
    form,
    locale,
    card,
    definition,
    history,
    userNames: await userNames(store, ids),
    now,
  });
}
