// Before the tests: the browser tests drive a real Chromium, so find it, install it (Debian, as
// root), or stop at once with the exact command to run — not minutes later inside an e2e file.
// The e2e harness launches the same path (`chromiumPath`).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** What a person without root runs; `apt-get` here is what the script runs as root. */
export const INSTALL_COMMAND =
  'sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';

type Env = Record<string, string | undefined>;

export function chromiumPath(env: Env = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export interface EnsureDeps {
  env: Env;
  isRoot: boolean;
  /** True when `path` is an executable file. */
  isExecutable: (path: string) => boolean;
  /** Runs a command with inherited output; the exit code, or null when it could not start. */
  run: (command: string, args: string[], env: Env) => number | null;
  log: (line: string) => void;
}

export type EnsureResult =
  { ok: true; path: string; installed: boolean } | { ok: false; message: string };

export function ensureChromium(deps: EnsureDeps): EnsureResult {
  const path = chromiumPath(deps.env);
  if (deps.isExecutable(path)) return { ok: true, path, installed: false };

  const where = deps.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${path} is not an executable`
    : `Chromium is not installed (looked for ${path})`;
  const orPoint = 'or set CHROMIUM_PATH to a Chromium or Chrome executable.';
  if (!deps.isRoot) {
    return {
      ok: false,
      message: `${where}; the browser tests need it. Install it with\n\n  ${INSTALL_COMMAND}\n\n${orPoint}`,
    };
  }

  deps.log(`${where}: installing Debian's chromium (apt-get, as root)…`);
  const aptEnv = { ...deps.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'chromium'],
  ]) {
    const code = deps.run('apt-get', args, aptEnv);
    if (code !== 0) {
      const why = code === null ? 'apt-get is not available here' : `apt-get ${args[0]} failed`;
      return {
        ok: false,
        message: `${where}, and ${why}. Install Chromium with your package manager, ${orPoint}`,
      };
    }
  }
  if (!deps.isExecutable(path)) {
    return {
      ok: false,
      message: `apt-get installed chromium, but ${path} is still not an executable: ${deps.env.CHROMIUM_PATH ? 'unset CHROMIUM_PATH' : 'check the chromium package'}, ${orPoint}`,
    };
  }
  return { ok: true, path, installed: true };
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command: string, args: string[], env: Env): number | null {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.error ? null : result.status;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = ensureChromium({
    env: process.env,
    isRoot: process.getuid?.() === 0,
    isExecutable,
    run,
    log: (line) => console.log(line),
  });
  if (!result.ok) {
    console.error(`\n${result.message}\n`);
    process.exit(1);
  }
  if (result.installed) console.log(`Chromium installed at ${result.path}.`);
}
