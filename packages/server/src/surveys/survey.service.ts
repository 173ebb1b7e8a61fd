// Customer satisfaction: a survey opens when a card enters a done stage (inside the move's write
// transaction), the customer answers through a signed link without signing in, and the answers
// are shown on the card and summed up per workflow.
import { randomUUID } from 'node:crypto';
import { stageLabel, workflowName, type Locale, type WorkflowDefinition } from '@stageflow/engine';
import type { Kysely } from 'kysely';
import type { Store } from '../db/database.ts';
import type { CardRow, Database, SurveyRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say } from '../i18n/translate.ts';
import { requireCard } from '../cards/card.service.ts';
import { getDefinition } from '../workflows/definition-cache.ts';
import {
  findSurvey,
  insertSurvey,
  latestSurveyOfCard,
  recordAnswer,
  scoreCounts,
} from './survey.repository.ts';
import { serverSecret } from './server-secret.ts';
import { checkSurveyToken, surveyToken } from './survey-token.ts';

export const SURVEY_LIFETIME_DAYS = 30;
export const SCORES = [1, 2, 3, 4, 5] as const;

function secretOf(store: Store, db: Kysely<Database>, at: string) {
  return serverSecret(store, db, 'survey', at);
}

/** Called by a move in its transaction: a card entering a done stage gets a survey. */
export async function openSurveyIfClosed(
  store: Store,
  trx: Kysely<Database>,
  card: CardRow,
  definition: WorkflowDefinition,
  at: string,
): Promise<void> {
  const stage = definition.stages.find((s) => s.key === card.stage);
  if (stage?.category !== 'done') return;
  const expires = new Date(Date.parse(at) + SURVEY_LIFETIME_DAYS * 86_400_000);
  await insertSurvey(trx, {
    id: randomUUID(),
    card_id: card.id,
    workflow_key: card.workflow_key,
    created_at: at,
    expires_at: expires.toISOString(),
    score: null,
    comment: null,
    answered_at: null,
  });
  // Made now, in the writer, so reading a link later never has to write the secret.
  await secretOf(store, trx, at);
}

export function surveyPath(token: string): string {
  return `/survey/${token}`;
}

function answerView(row: SurveyRow) {
  return row.answered_at
    ? { score: row.score, comment: row.comment, answeredAt: row.answered_at }
    : null;
}

/** The card's latest survey; the link (a credential for the customer) only for who sends it. */
export async function cardSurvey(store: Store, cardId: string, withLink: boolean, now: string) {
  await requireCard(store.db, cardId);
  const row = await latestSurveyOfCard(store.db, cardId);
  if (!row) return { survey: null };
  const token = withLink
    ? surveyToken(await secretOf(store, store.db, now), {
        id: row.id,
        expiresAt: new Date(row.expires_at),
      })
    : null;
  return {
    survey: {
      id: row.id,
      createdAt: row.created_at,
      expiresAt: row.expires_at,
      expired: !row.answered_at && row.expires_at <= now,
      link: token ? surveyPath(token) : null,
      answer: answerView(row),
    },
  };
}

async function openSurvey(store: Store, token: string, now: string): Promise<SurveyRow> {
  const checked = checkSurveyToken(await secretOf(store, store.db, now), token);
  if (!checked.ok && checked.reason === 'malformed') {
    throw new HttpProblem(400, 'survey-link-malformed', say('surveys.malformed'));
  }
  const row = checked.ok ? await findSurvey(store.db, checked.claims.id) : undefined;
  if (!checked.ok || !row) throw new HttpProblem(404, 'survey-not-found', say('surveys.notFound'));
  if (row.expires_at <= now && !row.answered_at) {
    throw new HttpProblem(410, 'survey-expired', say('surveys.expired'));
  }
  return row;
}

/** What the customer's page shows: which job the survey is about, and whether it is answered. */
export async function publicSurvey(store: Store, token: string, locale: Locale, now: string) {
  const row = await openSurvey(store, token, now);
  const card = await requireCard(store.db, row.card_id);
  const definition = await getDefinition(store, store.db, card.workflow_key, card.workflow_version);
  return {
    title: card.title,
    workflow: workflowName(definition, locale),
    stage: stageLabel(definition, card.stage, locale),
    closedAt: row.created_at,
    expiresAt: row.expires_at,
    answer: answerView(row),
  };
}

export async function answerSurvey(
  store: Store,
  token: string,
  answer: { score: number; comment?: string | undefined },
  now: string,
) {
  const row = await openSurvey(store, token, now);
  const comment = answer.comment?.trim() || null;
  const recorded = await writeTransaction(store, (trx) =>
    recordAnswer(trx, row.id, { score: answer.score, comment, at: now }),
  );
  if (!recorded) throw new HttpProblem(409, 'survey-answered', say('surveys.alreadyAnswered'));
  return { score: answer.score, comment, answeredAt: now };
}

/** Per workflow: how many surveys went out, how many came back, the mean score, the spread. */
export async function workflowSatisfaction(store: Store, workflowKey: string) {
  const { byScore, sent } = await scoreCounts(store.db, workflowKey);
  const distribution = Object.fromEntries(SCORES.map((s) => [String(s), 0])) as Record<
    string,
    number
  >;
  let total = 0;
  let count = 0;
  for (const { score, count: n } of byScore) {
    distribution[String(score)] = n;
    total += score * n;
    count += n;
  }
  return {
    workflow: workflowKey,
    sent,
    count,
    average: count === 0 ? null : Math.round((total / count) * 100) / 100,
    distribution,
  };
}
