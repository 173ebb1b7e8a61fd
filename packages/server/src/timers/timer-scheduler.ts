// The scheduler loop in each server process: claim due timers, fire each through the transition
// path, then claim due SLA escalations and tell their roles. Any number of instances may share one
// database; each timer and escalation fires once. Time comes from an injected clock so tests can
// move it without sleeping.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store } from '../db/database.ts';
import { claimDueTimers } from './timer.repository.ts';
import { fireTimer, type FireOutcome } from './fire-timer.ts';
import { claimDueEscalations } from '../sla/escalation.repository.ts';
import { fireEscalation, type EscalationOutcome } from '../sla/fire-escalation.ts';

export interface TimerSchedulerOptions {
  /** This instance's name in `claimed_by` (default: host, pid and a random suffix). */
  owner?: string;
  /** The current time as ISO (default: the wall clock). */
  now?: () => string;
  /** Pause between ticks (default 1 s). */
  intervalMs?: number;
  /** A claim older than this is taken over: its holder is assumed dead (default 60 s). */
  leaseMs?: number;
  /** Timers claimed per tick (default 25). */
  batch?: number;
  log?: (line: string) => void;
}

export type TickReport = Record<FireOutcome, number> & {
  claimed: number;
  /** SLA escalations claimed this tick, and what became of each. */
  escalations: Record<EscalationOutcome, number> & { claimed: number };
};

export interface TimerScheduler {
  readonly owner: string;
  /** Claims and fires what is due now; resolves when done. */
  tick(): Promise<TickReport>;
  start(): void;
  /** Stops the loop and waits for a tick in progress. */
  stop(): Promise<void>;
}

export function createTimerScheduler(
  store: Store,
  options: TimerSchedulerOptions = {},
): TimerScheduler {
  const owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const now = options.now ?? (() => new Date().toISOString());
  const intervalMs = options.intervalMs ?? 1000;
  const leaseMs = options.leaseMs ?? 60_000;
  const batch = options.batch ?? 25;
  const log = options.log ?? (() => undefined);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = true;

  async function tick(): Promise<TickReport> {
    const at = now();
    const leaseCutoff = new Date(Date.parse(at) - leaseMs).toISOString();
    const claimed = await claimDueTimers(store, { owner, now: at, leaseCutoff, limit: batch });
    const report: TickReport = {
      claimed: claimed.length,
      fired: 0,
      stale: 0,
      refused: 0,
      'already-settled': 0,
      retry: 0,
      escalations: {
        claimed: 0,
        escalated: 0,
        replanned: 0,
        stale: 0,
        'already-settled': 0,
        retry: 0,
      },
    };
    for (const row of claimed) report[await fireTimer(store, row, owner, at)]++;
    // After the timers: a timed move may itself have re-planned (or dropped) an escalation.
    const due = await claimDueEscalations(store, { owner, now: at, leaseCutoff, limit: batch });
    report.escalations.claimed = due.length;
    for (const row of due) report.escalations[await fireEscalation(store, row, owner, at)]++;
    return report;
  }

  function loop() {
    if (stopped) return;
    running = tick()
      .catch((err: unknown) => log(`Timer scheduler: ${String(err)}`))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, intervalMs);
      });
  }

  return {
    owner,
    tick,
    start() {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
