// Start-up configuration from the environment and the command line.
import { resolve } from 'node:path';

export interface ServerConfig {
  port: number;
  /** Interface to listen on; undefined = Node's default (all interfaces). */
  host?: string;
  dataDir: string;
  databaseUrl?: string;
  adminEmail: string;
  adminPassword?: string;
  demo: boolean;
  boardDir?: string;
  trustProxy: boolean;
  allowedOrigins: string[];
  synchronous: 'NORMAL' | 'FULL';
  /** SQLite: checkpoints in a worker thread (default) or inside the committing request. */
  sqliteCheckpoints: 'background' | 'commit';
  /** STAGEFLOW_RATE_LIMIT: "off", or "<burst>/<per second>" per caller (default 1000/50). */
  requestRateLimit: { burst: number; perSecond: number } | false | undefined;
  /** Largest attachment accepted, in bytes (STAGEFLOW_ATTACHMENT_MAX_MB, default 10). */
  attachmentMaxBytes: number;
  /** STAGEFLOW_SMTP_URL: smtp(s)://user:pass@host:port; unset = no email notifications. */
  smtpUrl?: string;
  /** STAGEFLOW_MAIL_FROM, the sender of notification emails. */
  mailFrom: string;
  /** STAGEFLOW_PUBLIC_URL: where people open Stageflow, for links in emails. */
  publicUrl?: string;
  /** How often the timer scheduler looks for due timed transitions (ms); 0 turns it off. */
  timerIntervalMs: number;
}

function rateLimit(value: string | undefined): ServerConfig['requestRateLimit'] {
  if (value === undefined || value.trim() === '') return undefined;
  if (flag(value) === false) return false;
  const match = /^\s*(\d+)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(value);
  if (!match || Number(match[1]) < 1 || Number(match[2]) <= 0) {
    throw new Error(
      `STAGEFLOW_RATE_LIMIT must be "off" or "<burst>/<per second>" like "1000/50", got "${value}".`,
    );
  }
  return { burst: Number(match[1]), perSecond: Number(match[2]) };
}

type Env = Record<string, string | undefined>;

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return !['0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

export function readConfig(
  env: Env = process.env,
  argv: string[] = process.argv.slice(2),
): ServerConfig {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, got "${env.PORT}".`);
  }
  const demo = argv.includes('--no-demo')
    ? false
    : argv.includes('--demo')
      ? true
      : (flag(env.STAGEFLOW_DEMO) ?? true);
  return {
    port,
    host: env.HOST || undefined,
    // pnpm runs the script inside packages/server; INIT_CWD is where the person typed the command.
    dataDir: resolve(env.INIT_CWD || '.', env.STAGEFLOW_DATA || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    adminEmail: (env.STAGEFLOW_ADMIN_EMAIL || 'admin@stageflow.local').trim().toLowerCase(),
    adminPassword: env.STAGEFLOW_ADMIN_PASSWORD || undefined,
    demo,
    boardDir: env.STAGEFLOW_BOARD_DIR
      ? resolve(env.INIT_CWD || '.', env.STAGEFLOW_BOARD_DIR)
      : undefined,
    trustProxy: flag(env.STAGEFLOW_TRUST_PROXY) ?? false,
    allowedOrigins: (env.STAGEFLOW_ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    synchronous: env.STAGEFLOW_SQLITE_SYNCHRONOUS?.toUpperCase() === 'FULL' ? 'FULL' : 'NORMAL',
    sqliteCheckpoints: sqliteCheckpoints(env.STAGEFLOW_SQLITE_CHECKPOINTS),
    requestRateLimit: rateLimit(env.STAGEFLOW_RATE_LIMIT),
    attachmentMaxBytes: megabytes(env.STAGEFLOW_ATTACHMENT_MAX_MB, 10),
    smtpUrl: env.STAGEFLOW_SMTP_URL || undefined,
    mailFrom: env.STAGEFLOW_MAIL_FROM || 'Stageflow <stageflow@localhost>',
    publicUrl: env.STAGEFLOW_PUBLIC_URL || undefined,
    timerIntervalMs: timerInterval(env.STAGEFLOW_TIMER_INTERVAL_MS),
  };
}

function sqliteCheckpoints(value: string | undefined): 'background' | 'commit' {
  if (value === undefined || value === '' || value === 'background') return 'background';
  if (value === 'commit') return 'commit';
  throw new Error(`STAGEFLOW_SQLITE_CHECKPOINTS must be "background" or "commit", got "${value}".`);
}

function timerInterval(value: string | undefined): number {
  if (value === undefined || value === '') return 1000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`STAGEFLOW_TIMER_INTERVAL_MS must be a whole number of ms, got "${value}".`);
  }
  return ms;
}

function megabytes(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback * 1024 * 1024;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) {
    throw new Error(`STAGEFLOW_ATTACHMENT_MAX_MB must be a positive number, got "${value}".`);
  }
  return Math.round(mb * 1024 * 1024);
}
