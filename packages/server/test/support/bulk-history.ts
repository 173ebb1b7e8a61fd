// Fills a fresh SQLite data directory with a big repair workshop for the reports: `total` repair
// cards created over `days` days before `now`, each with a genuine-looking append-only history
// (received → diagnosis → awaiting approval → in repair → quality check → ready for pickup →
// closed, some cancelled on the way) at deterministic pseudo-random instants, twenty technicians,
// quote amounts, and a survey for most closed cards (about half of them answered). Rows are
// written directly in one transaction (the search index's and the report day totals' triggers
// fire as in use); the finished cards' SLA outcomes are then stored as at start-up, as for any
// import that bypasses the write path. The cards' snapshots are minimal: these boards are for
// reading reports, not for moving cards.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { installBuiltins } from '../../src/workflows/install-builtins.ts';
import { keyBetween } from '../../src/cards/position.ts';
import { backfillSlaOutcomes } from '../../src/sla/sla-outcomes.ts';

const HOUR = 3_600_000;
const PATH = [
  'received',
  'diagnosis',
  'awaiting_approval',
  'in_repair',
  'quality_check',
  'ready_for_pickup',
  'closed',
] as const;

export interface BulkHistory {
  total: number;
  /** The report's "now"; cards are created over the `days` before it. */
  now: string;
  days: number;
}

export const TECHNICIANS = Array.from({ length: 20 }, (_, i) => `u-tech-${i + 1}`);

/** A small deterministic generator (mulberry32), so every run seeds the same workshop. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedRepairHistory(dataDir: string, options: BulkHistory): Promise<void> {
  const store = openDatabase({ dataDir });
  try {
    await migrateToLatest(store);
    await installBuiltins(
      store,
      new Date(Date.parse(options.now) - (options.days + 1) * 24 * HOUR).toISOString(),
    );
  } finally {
    await store.close();
  }
  const db = new Database(join(dataDir, 'stageflow.db'));
  const nowMs = Date.parse(options.now);
  const next = random(42);
  try {
    const version = (
      db.prepare("select latest_version as v from workflows where key = 'repair'").get() as {
        v: number;
      }
    ).v;
    const insertUser = db.prepare(
      `insert into users (id, email, name, role, password_hash, disabled, created_at)
       values (?, ?, ?, 'manager', 'x', 0, ?)`,
    );
    const insertCard = db.prepare(
      `insert into cards (id, workflow_key, workflow_version, stage, title, fields, snapshot,
         assignee_id, position, entered_at, due_at, revision, created_by, created_at, updated_at)
       values (@id, 'repair', @version, @stage, @title, @fields, @snapshot, @assignee, @position,
         @entered_at, null, @revision, 'u-seed', @created_at, @entered_at)`,
    );
    const insertHistory = db.prepare(
      `insert into card_history (card_id, revision, at, actor_id, kind, event, from_stage, to_stage, changes)
       values (?, ?, ?, 'u-seed', ?, ?, ?, ?, '{}')`,
    );
    const insertSurvey = db.prepare(
      `insert into surveys (id, card_id, workflow_key, created_at, expires_at, score, comment, answered_at)
       values (?, ?, 'repair', ?, ?, ?, null, ?)`,
    );
    const last = new Map<string, string | null>();
    db.transaction(() => {
      for (const [i, id] of TECHNICIANS.entries()) {
        insertUser.run(id, `${id}@example.test`, `Technician ${i + 1}`, options.now);
      }
      for (let i = 0; i < options.total; i++) {
        const id = randomUUID();
        const createdMs = nowMs - next() * options.days * 24 * HOUR;
        const cancelAt = next() < 0.1 ? 1 + Math.floor(next() * 5) : -1;
        const stages: { stage: string; at: number }[] = [{ stage: 'received', at: createdMs }];
        let t = createdMs;
        for (let s = 1; s < PATH.length; s++) {
          // Waiting for approval or parts takes longest; everything else hours to a day or two.
          t += (PATH[s - 1] === 'awaiting_approval' ? 24 + next() * 120 : 1 + next() * 40) * HOUR;
          if (t > nowMs) break;
          if (s === cancelAt) {
            stages.push({ stage: 'cancelled', at: t });
            break;
          }
          stages.push({ stage: PATH[s]!, at: t });
        }
        const current = stages.at(-1)!;
        const amount = 50 + Math.floor(next() * 2000);
        const position = keyBetween(last.get(current.stage) ?? null, null);
        last.set(current.stage, position);
        const fields = { customer: `Customer ${i}`, quoteAmount: amount };
        insertCard.run({
          id,
          version,
          stage: current.stage,
          title: `Repair ${i}`,
          fields: JSON.stringify(fields),
          snapshot: JSON.stringify({ status: 'active', value: current.stage, context: { fields } }),
          assignee: next() < 0.9 ? TECHNICIANS[Math.floor(next() * TECHNICIANS.length)]! : null,
          position,
          entered_at: new Date(current.at).toISOString(),
          revision: stages.length,
          created_at: new Date(createdMs).toISOString(),
        });
        stages.forEach((s, r) =>
          insertHistory.run(
            id,
            r + 1,
            new Date(s.at).toISOString(),
            r === 0 ? 'created' : 'transition',
            r === 0 ? null : `to_${s.stage}`,
            r === 0 ? null : stages[r - 1]!.stage,
            s.stage,
          ),
        );
        if (current.stage === 'closed' && next() < 0.8) {
          const answered = next() < 0.5 ? current.at + next() * 72 * HOUR : null;
          insertSurvey.run(
            randomUUID(),
            id,
            new Date(current.at).toISOString(),
            new Date(current.at + 30 * 24 * HOUR).toISOString(),
            answered !== null && answered <= nowMs ? 1 + Math.floor(next() * 5) : null,
            answered !== null && answered <= nowMs ? new Date(answered).toISOString() : null,
          );
        }
      }
    })();
  } finally {
    db.close();
  }
  const reopened = openDatabase({ dataDir });
  try {
    await backfillSlaOutcomes(reopened);
  } finally {
    await reopened.close();
  }
  const done = new Database(join(dataDir, 'stageflow.db'));
  try {
    done.pragma('wal_checkpoint(TRUNCATE)');
    done.exec('analyze');
  } finally {
    done.close();
  }
}
