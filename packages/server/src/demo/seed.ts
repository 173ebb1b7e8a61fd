// Demo data: a few dozen realistic cards across the four built-in lifecycles, each created and
// stepped through the engine (so history, deadlines and assignments are real), spread over the
// past weeks. Runs only on a database without cards.
import type { Store } from '../db/database.ts';
import { HttpProblem } from '../http/problem.ts';
import { createCard } from '../cards/card.service.ts';
import { editCard } from '../cards/card-edit.service.ts';
import { transitionCard } from '../cards/transition.service.ts';
import type { Actor } from '../cards/engine-ctx.ts';
import { installBuiltins } from '../workflows/install-builtins.ts';
import { demoDeals } from './demo-deals.ts';
import { demoRepairs } from './demo-repairs.ts';
import { demoReturns } from './demo-returns.ts';
import { demoWarranty } from './demo-warranty.ts';
import { dayFn, type DemoCard, type DemoStep } from './demo-script.ts';
import { seedInstalledBase } from './demo-installed-base.ts';
import { attachDemoPartLines, seedParts } from './demo-parts.ts';

export interface SeedDemoOptions {
  /** Who creates and moves the cards: an admin (some demo moves are admin-only). */
  actor: Actor;
  /** Existing user ids to spread the cards over as assignees (none: unassigned). */
  assignees?: string[];
  /** The demo's "now" (ISO); history lies in the weeks before it. Default: the current time. */
  now?: string;
}

export interface SeedDemoResult {
  /** False when the database already had cards (nothing was added). */
  seeded: boolean;
  cards: number;
  moves: number;
  /** Moves the engine refused (the demo script and the built-ins disagree): should stay 0. */
  refused: string[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function demoCards(now: string): DemoCard[] {
  const day = dayFn(now);
  return [...demoDeals(day), ...demoRepairs(day), ...demoReturns(day), ...demoWarranty(day)];
}

export async function seedDemo(store: Store, options: SeedDemoOptions): Promise<SeedDemoResult> {
  const now = options.now ?? new Date().toISOString();
  const empty = !(await store.db.selectFrom('cards').select('id').limit(1).executeTakeFirst());
  if (!empty) return { seeded: false, cards: 0, moves: 0, refused: [] };
  await installBuiltins(store, new Date(new Date(now).getTime() - 90 * DAY).toISOString());

  const result: SeedDemoResult = { seeded: true, cards: 0, moves: 0, refused: [] };
  const nowMs = new Date(now).getTime();
  const assignees = options.assignees ?? [];
  await seedParts(store, new Date(nowMs - 30 * DAY).toISOString());
  const cards = await seedInstalledBase(
    store,
    demoCards(now),
    new Date(nowMs - 120 * DAY).toISOString(),
  );
  for (const [index, card] of cards.entries()) {
    // Working hours: cards arrive at 08:00 + a few hours, spread by index.
    let at = nowMs - card.createdDaysAgo * DAY - ((index * 37) % 300) * 60_000;
    const stamp = () => new Date(Math.min(at, nowMs - 60_000)).toISOString();
    const assignee = assignees.length > 0 ? assignees[index % assignees.length] : undefined;
    const created = await createCard(
      store,
      options.actor,
      {
        workflow: card.workflow,
        title: card.title,
        fields: card.fields,
        assignee: assignee ?? null,
      },
      { at: stamp() },
    );
    const id = (created.body as { id: string }).id;
    result.cards++;
    const walk = async (cardId: string, steps: DemoStep[], label: string): Promise<boolean> => {
      let revision = await revisionOf(store, cardId);
      for (const step of steps) {
        at += step.after * DAY;
        try {
          if (step.child) {
            const child = await lastChildOf(store, cardId);
            if (!child || !(await walk(child, step.child, label))) return false;
            // The child's last move may have moved this card (a signal).
            revision = await revisionOf(store, cardId);
          } else if (step.edit) {
            const edited = await editCard(
              store,
              options.actor,
              cardId,
              revision,
              { fields: step.fields ?? {} },
              stamp(),
            );
            revision = edited.card.revision;
          } else {
            const moved = await transitionCard(
              store,
              options.actor,
              cardId,
              revision,
              { event: step.event, ...(step.fields ? { fields: step.fields } : {}) },
              { at: stamp() },
            );
            revision = (moved.body as { revision: number }).revision;
            result.moves++;
          }
        } catch (err) {
          if (!(err instanceof HttpProblem)) throw err;
          result.refused.push(`${label} ${step.event}: ${err.detail}`);
          return false;
        }
      }
      return true;
    };
    await walk(id, card.steps, `${card.workflow} "${card.title}"`);
  }
  await attachDemoPartLines(store, options.actor, new Date(nowMs - 2 * HOUR).toISOString());
  return result;
}

async function revisionOf(store: Store, id: string): Promise<number> {
  const row = await store.db
    .selectFrom('cards')
    .select('revision')
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return row.revision;
}

/** The card the parent's latest spawning move opened. */
async function lastChildOf(store: Store, parentId: string): Promise<string | undefined> {
  const row = await store.db
    .selectFrom('card_links')
    .select('child_id')
    .where('parent_id', '=', parentId)
    .orderBy('created_at', 'desc')
    .orderBy('child_id', 'desc')
    .executeTakeFirst();
  return row?.child_id;
}
