// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_CHROMIUM,
  INSTALL_COMMAND,
  ensureChromium,
  type EnsureDeps,
} from './ensure-chromium.ts';

function deps(overrides: Partial<EnsureDeps> & { installs?: string }) {
  const installed = new Set<string>();
  const calls: string[] = [];
  const lines: string[] = [];
  const value: EnsureDeps = {
    env: {},
    isRoot: false,
    isExecutable: (path) => installed.has(path),
    run: (command, args, env) => {
      calls.push(`${env.DEBIAN_FRONTEND ?? ''} ${command} ${args.join(' ')}`.trim());
      if (args[0] === 'install' && overrides.installs) installed.add(overrides.installs);
      return 0;
    },
    log: (line) => lines.push(line),
    ...overrides,
  };
  return { value, calls, lines, installed };
}

describe('ensureChromium', () => {
  it('passes without running anything when Chromium is where the harness looks', () => {
    const d = deps({ env: { CHROMIUM_PATH: '/opt/chrome' } });
    d.installed.add('/opt/chrome');
    expect(ensureChromium(d.value)).toEqual({ ok: true, path: '/opt/chrome', installed: false });
    expect(d.calls).toEqual([]);
  });

  it('fails at once without root, naming the exact install command', () => {
    const d = deps({ isRoot: false, installs: DEFAULT_CHROMIUM });
    const result = ensureChromium(d.value);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain(INSTALL_COMMAND);
      expect(result.message).toContain(`looked for ${DEFAULT_CHROMIUM}`);
    }
    expect(d.calls).toEqual([]);
  });

  it('says when CHROMIUM_PATH points nowhere', () => {
    const result = ensureChromium(deps({ env: { CHROMIUM_PATH: '/nowhere/chrome' } }).value);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('CHROMIUM_PATH=/nowhere/chrome is not');
  });

  it('as root installs Debian chromium noninteractively, then finds it', () => {
    const d = deps({ isRoot: true, installs: DEFAULT_CHROMIUM });
    expect(ensureChromium(d.value)).toEqual({
      ok: true,
      path: DEFAULT_CHROMIUM,
      installed: true,
    });
    expect(d.calls).toEqual([
      'noninteractive apt-get update -qq',
      'noninteractive apt-get install -y -qq chromium',
    ]);
  });

  it('as root without apt-get fails with what to do instead', () => {
    const result = ensureChromium(deps({ isRoot: true, run: () => null }).value);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toMatch(/apt-get is not available.*CHROMIUM_PATH/);
  });

  it('as root fails when the install leaves CHROMIUM_PATH still pointing nowhere', () => {
    const d = deps({
      isRoot: true,
      env: { CHROMIUM_PATH: '/elsewhere' },
      installs: DEFAULT_CHROMIUM,
    });
    const result = ensureChromium(d.value);
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.message).toContain('unset CHROMIUM_PATH');
  });
});

describe('the ensure-chromium command', () => {
  const script = fileURLToPath(new URL('./ensure-chromium.ts', import.meta.url));
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function runScript(env: Record<string, string>) {
    return spawnSync(process.execPath, ['--import', 'tsx', script], {
      env: { ...process.env, ...env },
      encoding: 'utf8',
    });
  }

  it('exits 0 at once when CHROMIUM_PATH is an executable', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
    dirs.push(dir);
    const fake = join(dir, 'chromium');
    writeFileSync(fake, '#!/bin/sh\n');
    chmodSync(fake, 0o755);
    expect(runScript({ CHROMIUM_PATH: fake }).status).toBe(0);
  });

  // Runs the real command with a PATH whose apt-get is a recorder that "installs" CHROMIUM_PATH,
  // so this machine's own Chromium is never touched.
  it.runIf(process.getuid?.() === 0)(
    'as root runs apt-get update and install with no questions asked',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'ensure-chromium-'));
      dirs.push(dir);
      const log = join(dir, 'apt.log');
      const target = join(dir, 'bin-chromium');
      writeFileSync(
        join(dir, 'apt-get'),
        `#!/bin/sh\necho "$DEBIAN_FRONTEND $*" >> ${log}\n[ "$1" = install ] && printf '#!/bin/sh\\n' > ${target} && chmod +x ${target}\nexit 0\n`,
      );
      chmodSync(join(dir, 'apt-get'), 0o755);
      const result = runScript({ CHROMIUM_PATH: target, PATH: `${dir}:${process.env.PATH}` });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
        'noninteractive update -qq',
        'noninteractive install -y -qq chromium',
      ]);
    },
  );
});
