// Start-up in one function: open + migrate the store, install the built-ins, first users, demo
// data, then serve. main.ts calls it with the environment; tests and the benchmark can too.
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import type { ServerConfig } from './config.ts';
import type { Store } from './db/database.ts';
import { openDatabase } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { seedDemo } from './demo/seed.ts';
import type { CreatedAccount } from './users/bootstrap-users.ts';
import { bootstrapUsers } from './users/bootstrap-users.ts';
import { installBuiltins } from './workflows/install-builtins.ts';
import { pruneIdempotencyRecords } from './cards/idempotency.repository.ts';
import { startOutbox } from './outbox/start-outbox.ts';
import { armMissingTimers } from './timers/arm-timers.ts';
import { createTimerScheduler } from './timers/timer-scheduler.ts';
import { backfillSlaOutcomes } from './sla/sla-outcomes.ts';

/** An Idempotency-Key is honoured for a day (as Stripe does), then forgotten. */
const IDEMPOTENCY_TTL_MS = 24 * 3_600_000;

export interface RunningServer {
  url: string;
  port: number;
  store: Store;
  accounts: CreatedAccount[];
  /** Stops accepting, ends open streams after `graceMs`, closes the database. */
  close(graceMs?: number): Promise<void>;
}

export async function startServer(
  config: ServerConfig,
  log: (line: string) => void = console.log,
): Promise<RunningServer> {
  const store = openDatabase({
    url: config.databaseUrl,
    dataDir: config.dataDir,
    synchronous: config.synchronous,
    checkpoints: config.sqliteCheckpoints,
  });
  try {
    await migrateToLatest(store);
    const accounts = await bootstrapUsers(store, config);
    // The demo seed installs the built-ins back-dated before its cards' history; otherwise now.
    if (config.demo) await seedDemoData(store, log);
    await installBuiltins(store);
    await armMissingTimers(store);
    // Finished cards written before migration 1500 (or by a bulk import) get their SLA outcome.
    await backfillSlaOutcomes(store);
    const app = createApp({
      store,
      boardDir: config.boardDir,
      trustProxy: config.trustProxy,
      allowedOrigins: config.allowedOrigins,
      requestRateLimit: config.requestRateLimit,
      emailAvailable: config.smtpUrl !== undefined,
      attachments: {
        dir: join(config.dataDir, 'attachments'),
        maxBytes: config.attachmentMaxBytes,
      },
    });
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    const prune = () =>
      pruneIdempotencyRecords(
        store.db,
        new Date(Date.now() - IDEMPOTENCY_TTL_MS).toISOString(),
      ).catch((err: unknown) => log(`Could not prune idempotency keys: ${String(err)}`));
    void prune();
    const pruning = setInterval(prune, 3_600_000);
    pruning.unref();
    const outbox = startOutbox(store, config, log);
    // Timed transitions: due timers (also those that fell due while the server was down) fire
    // once across every process on the database.
    const scheduler = createTimerScheduler(store, { intervalMs: config.timerIntervalMs, log });
    if (config.timerIntervalMs > 0) scheduler.start();
    const port = (server.address() as AddressInfo).port;
    const url = `http://localhost:${port}`;
    printAccounts(accounts, log);
    log(
      `Stageflow is running at ${url} (${store.adapter.dialect}${config.demo ? ', demo data' : ''})`,
    );
    return {
      url,
      port,
      store,
      accounts,
      async close(graceMs = 5000) {
        clearInterval(pruning);
        await scheduler.stop();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        if ('closeIdleConnections' in server) server.closeIdleConnections();
        const force = setTimeout(() => {
          if ('closeAllConnections' in server) server.closeAllConnections();
        }, graceMs);
        await closed;
        clearTimeout(force);
        await outbox.stop();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

async function seedDemoData(store: Store, log: (line: string) => void): Promise<void> {
  const staff = await store.db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('disabled', '=', 0)
    .where('role', 'in', ['admin', 'manager'])
    .orderBy('created_at')
    .execute();
  const admin = staff.find((u) => u.role === 'admin');
  if (!admin) return;
  const result = await seedDemo(store, {
    actor: { id: admin.id, role: 'admin', name: admin.name },
    assignees: staff.map((u) => u.id),
  });
  if (result.seeded) log(`Demo data: ${result.cards} cards, ${result.moves} moves.`);
  if (result.refused.length > 0)
    log(`Demo moves refused by the engine: ${result.refused.join('; ')}`);
}

function printAccounts(accounts: CreatedAccount[], log: (line: string) => void): void {
  if (accounts.length === 0) return;
  log('Created accounts (passwords are shown this once):');
  for (const a of accounts) {
    log(
      `  ${a.role.padEnd(8)} ${a.email}  ${a.generatedPassword ?? '(password from STAGEFLOW_ADMIN_PASSWORD)'}`,
    );
  }
}
