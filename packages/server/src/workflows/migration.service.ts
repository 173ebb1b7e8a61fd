// POST /workflows/:key/migrations: move every open card pinned to `fromVersion` onto `toVersion`,
// all or nothing. Finished work (a done or cancelled stage) stays on the version it finished under,
// with the rules it was judged by; it still follows them if reopened. Cards in a stage the new version lacks go where `stageMap` says; a removed stage that
// holds cards and has no mapping refuses the whole migration. Each card moved gets revision + 1,
// a history row (kind 'migration') and a change row.
import {
  dueAtFor,
  machineFor,
  restore,
  validateFieldValues,
  type Fields,
  type PersistedCard,
  type WorkflowDefinition,
} from '@stageflow/engine';
import type { Store } from '../db/database.ts';
import type { CardRow } from '../db/schema.ts';
import { writeTransaction } from '../db/transaction.ts';
import { HttpProblem } from '../http/problem.ts';
import { say, sayList, serverT } from '../i18n/translate.ts';
import { listCardsOfVersion } from '../cards/card.repository.ts';
import { commitCardChange } from '../cards/card-commit.ts';
import { syncCardTimers } from '../timers/card-timers.ts';
import { positionAtEnd } from '../cards/position.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import type { MigrationReport } from '@stageflow/api';
import { getDefinition } from './definition-cache.ts';
import { findWorkflowRow } from './workflow.repository.ts';
import { checkStageMap, unmappedStages } from './stage-map.ts';
import { DEFAULT_LOCALE, isOpenStage, type Locale } from '@stageflow/engine';

export interface MigrationRequest {
  fromVersion: number;
  toVersion: number;
  stageMap?: Record<string, string>;
}

/** The card's snapshot, fields and timing under the new version. */
function migratedState(card: CardRow, to: WorkflowDefinition, stage: string, at: string) {
  const old = JSON.parse(card.snapshot) as PersistedCard;
  const known = new Set(to.fields.map((f) => f.key));
  const fields: Fields = {};
  for (const [key, value] of Object.entries(old.context.fields))
    if (known.has(key)) fields[key] = value;
  const moved = stage !== card.stage;
  const enteredAt = moved ? at : old.context.enteredAt;
  const stageDef = to.stages.find((s) => s.key === stage);
  const context = { fields, enteredAt, dueAt: dueAtFor(stageDef, enteredAt) };
  const live = restore(to, { ...old, value: stage, context });
  const snapshot = machineFor(to).getPersistedSnapshot(live) as unknown as PersistedCard;
  return {
    snapshot,
    fields,
    removed: Object.keys(old.context.fields).filter((k) => !known.has(k)),
  };
}

function fieldProblems(cards: CardRow[], to: WorkflowDefinition, locale: Locale): string[] {
  const t = serverT(locale);
  const known = new Set(to.fields.map((f) => f.key));
  const problems: string[] = [];
  for (const card of cards) {
    const fields = Object.fromEntries(
      Object.entries(JSON.parse(card.fields) as Fields).filter(([k]) => known.has(k)),
    );
    for (const p of validateFieldValues(to, fields, { partial: true, locale })) {
      problems.push(
        t('workflows.cardProblem', { title: card.title, id: card.id, problem: p.message }),
      );
    }
  }
  return problems;
}

export async function migrateCards(
  store: Store,
  key: string,
  request: MigrationRequest,
  actor: Actor,
  at: string,
): Promise<MigrationReport> {
  const { fromVersion, toVersion } = request;
  const stageMap = request.stageMap ?? {};
  return writeTransaction(
    store,
    async (trx) => {
      if (!(await findWorkflowRow(trx, key))) {
        throw new HttpProblem(404, 'workflow-not-found', say('workflows.notFound', { key }));
      }
      if (fromVersion === toVersion) {
        throw new HttpProblem(422, 'invalid-migration', say('workflows.sameVersion'), {
          field: 'toVersion',
        });
      }
      const from = await getDefinition(store, trx, key, fromVersion);
      const to = await getDefinition(store, trx, key, toVersion);
      checkStageMap(stageMap, from, to);
      const cards = (await listCardsOfVersion(trx, key, fromVersion)).filter((card) =>
        isOpenStage(from, card.stage),
      );
      const unmapped = unmappedStages(cards, stageMap, to);
      if (unmapped.length > 0) {
        const list = unmapped.map((u) => say('workflows.stageWithCards', u));
        throw new HttpProblem(
          422,
          'unmapped-stage',
          say('workflows.unmappedStages', {
            version: toVersion,
            key,
            stages: sayList(list, 'conjunction'),
            count: unmapped.length,
          }),
          { field: 'stageMap', unmappedStages: unmapped },
        );
      }
      const problems = fieldProblems(cards, to, actor.locale ?? DEFAULT_LOCALE);
      if (problems.length > 0) {
        throw new HttpProblem(
          422,
          'incompatible-fields',
          say('workflows.incompatibleFields', {
            version: toVersion,
            problems: problems.slice(0, 5).join('; '),
          }),
          { problems },
        );
      }
      const tally = new Map<string, number>();
      for (const card of cards) {
        const stage = stageMap[card.stage] ?? card.stage;
        const { snapshot, fields, removed } = migratedState(card, to, stage, at);
        const next = await commitCardChange(trx, {
          card,
          set: {
            workflow_version: toVersion,
            stage,
            fields: JSON.stringify(fields),
            snapshot: JSON.stringify(snapshot),
            entered_at: snapshot.context.enteredAt,
            due_at: snapshot.context.dueAt,
            position: stage === card.stage ? card.position : await positionAtEnd(trx, key, stage),
          },
          actorId: actor.id,
          at,
          history: {
            kind: 'migration',
            changes: {
              version: { from: fromVersion, to: toVersion },
              ...(removed.length ? { removedFields: removed } : {}),
            },
          },
          change: {
            kind: 'cards.migrated',
            extra: { fromVersion, toVersion, from: card.stage, to: stage },
          },
        });
        // The new version may time this stage differently: re-arm from the card's stage entry.
        await syncCardTimers(trx, to, next, card.entered_at, { rearm: true });
        const id = `${card.stage}\u0000${stage}`;
        tally.set(id, (tally.get(id) ?? 0) + 1);
      }
      const moves = [...tally].map(([id, count]) => {
        const [fromStage = '', toStage = ''] = id.split('\u0000');
        return { from: fromStage, to: toStage, count };
      });
      return { key, fromVersion, toVersion, migrated: cards.length, moves };
    },
    { locks: [`workflow:${key}`] },
  );
}
