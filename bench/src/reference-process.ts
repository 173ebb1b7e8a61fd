// The hand-written reference server (reference-server.ts) as a child process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { LoopCard } from './server-imports.ts';

export interface ReferenceProcess {
  baseUrl: string;
  /** The child's process id (its CPU time is read from /proc). */
  pid: number;
  authHeaders(): Record<string, string>;
  cards: LoopCard[];
  stop(): Promise<void>;
}

export async function startReferenceServer(cardCount: number): Promise<ReferenceProcess> {
  const dataDir = mkdtempSync(join(tmpdir(), 'stageflow-bench-ref-'));
  const script = new URL('./reference-server.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir, String(cardCount)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`reference server exited (${code})`)));
  });
  const { url, token, cards } = JSON.parse(first) as {
    url: string;
    token: string;
    cards: LoopCard[];
  };
  return {
    baseUrl: url,
    pid: child.pid!,
    authHeaders: () => ({ authorization: `Bearer ${token}` }),
    cards,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await gone;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
