// The real server (src/main.ts) as a child process on loopback: started on a free port, stopped
// politely or killed with SIGKILL. Used by the crash and two-process tests and by the benchmark.
import { spawn, type ChildProcess } from 'node:child_process';
import { SERVER_DIR, serverEntryArgs } from './server-bundle.ts';

export const ADMIN_EMAIL = 'fault-admin@stageflow.test';
export const ADMIN_PASSWORD = 'fault tests only, not a secret';

export interface ServerProcess {
  url: string;
  pid: number;
  /** Everything the process printed (stdout and stderr). */
  output(): string;
  /** SIGKILL: no shutdown code runs. Resolves once the process is gone. */
  kill9(): Promise<void>;
  /** SIGTERM and wait for the exit. */
  stop(): Promise<void>;
}

export interface ServerProcessOptions {
  dataDir?: string;
  databaseUrl?: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. ['--cpu-prof'] to profile the server. */
  nodeArgs?: string[];
  startTimeoutMs?: number;
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    STAGEFLOW_ADMIN_EMAIL: ADMIN_EMAIL,
    STAGEFLOW_ADMIN_PASSWORD: ADMIN_PASSWORD,
    STAGEFLOW_DEMO: '0',
    STAGEFLOW_BOARD_DIR: '/nonexistent-board',
    ...options.env,
  };
  delete env.DATABASE_URL;
  if (options.dataDir) env.STAGEFLOW_DATA = options.dataDir;
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), ...(await serverEntryArgs()), '--no-demo'],
    {
      cwd: SERVER_DIR,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timeoutMs = options.startTimeoutMs ?? 30_000;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const look = () => {
      const port = /running at http:\/\/[^:]+:(\d+)/.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve(`http://127.0.0.1:${port}`);
      }
    };
    child.stdout!.on('data', look);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return {
    url,
    pid: child.pid!,
    output: () => output,
    async kill9() {
      child.kill('SIGKILL');
      await exited(child);
    },
    async stop() {
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}
