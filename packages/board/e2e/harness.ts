// End-to-end harness: the built board served by the REAL server (packages/server/src/main.ts via
// tsx) on a temporary SQLite database, driven by Debian's Chromium through playwright-core.
// Other e2e suites (the admin pages) import these helpers.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import { chromiumPath } from '../scripts/ensure-chromium.ts';

export const boardDir = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const repoDir = resolve(boardDir, '../..');
export const serverDir = join(repoDir, 'packages/server');
export const docsDir = join(repoDir, 'docs');

export interface Credentials {
  email: string;
  password: string;
}

export interface RunningServer {
  baseUrl: string;
  port: number;
  dataDir: string;
  admin: Credentials;
  /** Everything the server printed (demo accounts, errors). */
  output: () => string;
  stop: () => Promise<void>;
}

export const ADMIN: Credentials = {
  email: 'admin@stageflow.test',
  password: 'e2e-admin-password-123',
};

function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: process.env,
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} took longer than ${timeoutMs} ms\n${out}`));
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolvePromise(out);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${out}`));
    });
  });
}

/**
 * `vite build` into a fresh temporary directory (not packages/board/dist, so a build someone runs
 * meanwhile cannot pull the files from under a test run). Returns the directory.
 */
export async function buildBoard(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'stageflow-board-'));
  await run(
    join(boardDir, 'node_modules/.bin/vite'),
    ['build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'],
    boardDir,
    180_000,
  );
  process.env[BUILT_BOARD_ENV] = outDir; // servers started later in this process serve it
  return outDir;
}

/** Where the e2e run's build is (set by the global setup); servers started by tests serve it. */
export const BUILT_BOARD_ENV = 'STAGEFLOW_E2E_BOARD_DIR';

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePromise(port));
    });
  });
}

async function waitUntilUp(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server did not answer ${url}/healthz within ${timeoutMs} ms:\n${output()}`);
}

export interface StartOptions {
  demo?: boolean;
  env?: Record<string, string>;
  /** Reuse a port and data directory (a restart of the same server). */
  port?: number;
  dataDir?: string;
  /** Leave the data directory in place on stop (to start again on it). */
  keepData?: boolean;
  /** The built board to serve; default: the e2e run's build. */
  builtBoard?: string;
}

/** Starts the server on a free port with a fresh data directory, the admin from env, demo data on. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const main = join(serverDir, 'src/main.ts');
  if (!existsSync(main)) throw new Error(`The server entry point ${main} does not exist yet.`);
  const port = options.port ?? (await freePort());
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'stageflow-e2e-'));
  const tsx = join(repoDir, 'node_modules/.bin/tsx');
  let output = '';
  const child = spawn(tsx, [main], {
    cwd: serverDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      STAGEFLOW_DATA: dataDir,
      STAGEFLOW_ADMIN_EMAIL: ADMIN.email,
      STAGEFLOW_ADMIN_PASSWORD: ADMIN.password,
      STAGEFLOW_DEMO: options.demo === false ? '0' : '1',
      STAGEFLOW_BOARD_DIR:
        options.builtBoard ?? process.env[BUILT_BOARD_ENV] ?? join(boardDir, 'dist'),
      DATABASE_URL: '',
      ...options.env,
    },
  });
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(baseUrl, child, () => output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, port, dataDir, admin: ADMIN, output: () => output, stop };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
    timeout: 30_000,
  });
}

/** A fresh browser context (its own cookies) at laptop size, signed in. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  credentials: Credentials = ADMIN,
  path = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    baseURL: baseUrl,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  try {
    await page.goto(path);
    await signIn(page, credentials);
  } catch (error) {
    // Say what the page showed instead of the sign-in form.
    const shown = await page
      .locator('body')
      .innerText()
      .catch(() => '(no page)');
    mkdirSync(join(boardDir, 'test-results'), { recursive: true });
    await page
      .screenshot({ path: join(boardDir, 'test-results', `sign-in-${Date.now()}.png`) })
      .catch(() => {});
    throw new Error(`Signing in at ${path} failed; the page showed: ${shown.slice(0, 400)}`, {
      cause: error,
    });
  }
  return { context, page };
}

export async function signIn(page: Page, credentials: Credentials = ADMIN): Promise<void> {
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Password').fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('button', { name: 'Sign out' }).waitFor();
}

/** A board column: the region named by its stage label. */
export function column(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

/** A card on the board, named by its title. */
export function card(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('button', { name: title, exact: true });
}

/** Drags with the mouse the way a person does: press, move in steps, hover, release. */
export async function dragTo(
  page: Page,
  source: Locator,
  target: Locator,
  options: { release?: boolean } = {},
) {
  await source.scrollIntoViewIfNeeded();
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('Drag source or target is not visible.');
  const start = { x: from.x + from.width / 2, y: from.y + Math.min(from.height / 2, 20) };
  const end = { x: to.x + to.width / 2, y: to.y + Math.min(120, to.height / 2) };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 10, start.y + 10, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 12 });
  // The board may have scrolled while the card travelled: aim again at where the target is now.
  const again = (await target.boundingBox()) ?? to;
  await page.mouse.move(again.x + again.width / 2, again.y + Math.min(120, again.height / 2), {
    steps: 3,
  });
  if (options.release !== false) await page.mouse.up();
}

/** An API session for setting up data quickly (cookie auth; Origin set for the CSRF check). */
export async function apiSession(baseUrl: string, credentials: Credentials = ADMIN) {
  const login = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify(credentials),
  });
  if (!login.ok) throw new Error(`Sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.getSetCookie?.() ?? [login.headers.get('set-cookie') ?? ''])
    .map((c) => c.split(';')[0])
    .join('; ');
  async function call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; data: T; etag: string | null }> {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Cookie: cookie,
        Origin: baseUrl,
        Accept: 'application/json',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      data: (text ? JSON.parse(text) : null) as T,
      etag: response.headers.get('etag'),
    };
  }
  return { call };
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** Creates a card through the API and returns its id and ETag. */
export async function createCard(
  api: ApiSession,
  workflow: string,
  title: string,
  fields: Record<string, string | number | boolean | null>,
): Promise<{ id: string; etag: string }> {
  const { status, data, etag } = await api.call<{ id?: string; card?: { id: string } }>(
    'POST',
    '/api/cards',
    {
      workflow,
      title,
      fields,
    },
  );
  if (status !== 201)
    throw new Error(`Creating ${title} failed: ${status} ${JSON.stringify(data)}`);
  return { id: data.id ?? data.card?.id ?? '', etag: etag ?? '' };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(docsDir, { recursive: true });
  const path = join(docsDir, name);
  await page.mouse.move(0, 0); // no hover effects in the picture
  await page.screenshot({ path });
  return path;
}
