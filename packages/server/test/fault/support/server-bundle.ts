// The server's entry (src/main.ts) bundled once per test run with esbuild — the compiler tsx
// itself uses — so each of the many restarts of the crash test starts in about a second instead
// of several (tsx compiles every module on each start). Same code; only loading differs.
// STAGEFLOW_FAULT_TSX=1 starts through tsx instead; so does any failure to bundle.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_DIR = fileURLToPath(new URL('../../../', import.meta.url));

interface EsbuildLike {
  build(options: Record<string, unknown>): Promise<unknown>;
}

let bundled: Promise<string | null> | undefined;

async function bundle(): Promise<string | null> {
  const serverRequire = createRequire(join(SERVER_DIR, 'package.json'));
  // esbuild is tsx's own dependency (pnpm puts it next to tsx).
  const esbuild = createRequire(serverRequire.resolve('tsx/package.json'))(
    'esbuild',
  ) as EsbuildLike;
  const outfile = join(mkdtempSync(join(tmpdir(), 'stageflow-server-bundle-')), 'main.mjs');
  await esbuild.build({
    entryPoints: [join(SERVER_DIR, 'src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    sourcemap: true,
    logLevel: 'error',
    external: ['pg-native'],
    // CommonJS dependencies (pg) call require(); give the ESM bundle one.
    banner: {
      js: "import { createRequire as __sfRequire } from 'node:module'; const require = __sfRequire(import.meta.url);",
    },
    plugins: [
      {
        name: 'native-better-sqlite3',
        setup(build: { onResolve: (o: { filter: RegExp }, f: () => unknown) => void }) {
          // The native addon stays where it was built.
          build.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: serverRequire.resolve('better-sqlite3'),
            external: true,
          }));
        },
      },
    ],
  });
  return outfile;
}

/** Node arguments that run the server: the bundle when it builds, tsx otherwise. */
export async function serverEntryArgs(): Promise<string[]> {
  if (process.env.STAGEFLOW_FAULT_TSX !== '1') {
    bundled ??= bundle().catch((err: unknown) => {
      console.warn(`Bundling the server failed, starting it through tsx: ${String(err)}`);
      return null;
    });
    const file = await bundled;
    if (file) return ['--enable-source-maps', file];
  }
  return ['--import', 'tsx', join(SERVER_DIR, 'src/main.ts')];
}
