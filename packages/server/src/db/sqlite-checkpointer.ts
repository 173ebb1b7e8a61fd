// SQLite in WAL mode copies the log back into the database file at a checkpoint. By default the
// connection that commits does it, inside that COMMIT, once the log holds 1000 pages: the
// request that crosses the line waits for the copy and two fsyncs, and so does the event loop —
// measured here, almost half of a move's commit time (184 µs with it, 99 µs without, in
// process; amortized over the commits in between). SQLite's documentation leaves the
// choice to the application (sqlite.org/wal.html, "Application-Initiated Checkpoints"); this one
// runs them in a worker thread on its own connection:
// - every `intervalMs` the worker runs a PASSIVE checkpoint: it copies what is committed without
//   taking any lock a writer needs, so commits go on while it works;
// - the serving connection keeps an automatic checkpoint at FALLBACK_CHECKPOINT_PAGES, four
//   times the default: under constant writes a passive checkpoint rarely ends with nothing left
//   to copy, and only then can the log start again from its beginning. The serving connection's own
//   checkpoint (little left to copy by then) is what lets it restart, and it is also the
//   safety net should the worker stop.
// Durability is unchanged: a checkpoint only copies what the log already holds.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface Checkpointer {
  /** Stops the worker and closes its connection. */
  stop(): Promise<void>;
}

export interface CheckpointerOptions {
  /** The database file (its `-wal` log is what gets checkpointed). */
  file: string;
  /** How often the worker checkpoints, ms (default 200; 100 and 1000 measured alike). */
  intervalMs?: number;
}

/** The serving connection's own automatic checkpoint, in pages, while a worker checkpoints. */
export const FALLBACK_CHECKPOINT_PAGES = 4000;

// Inline so it runs unchanged from the sources (tsx) and from a bundle; CommonJS, as eval'd
// worker code is. `driver` is better-sqlite3's resolved path (its native addon stays put).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const checkpoint = db.prepare('pragma wal_checkpoint(PASSIVE)');
let failures = 0;
const timer = setInterval(() => {
  try {
    checkpoint.get();
    failures = 0;
  } catch (err) {
    // SQLITE_BUSY (another checkpoint is running) passes; anything else, three times, ends the
    // worker: the serving connection's own checkpoint takes over.
    if (err && err.code === 'SQLITE_BUSY') return;
    if (++failures >= 3) {
      clearInterval(timer);
      db.close();
      parentPort.postMessage({ failed: String(err && err.message) });
    }
  }
}, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.postMessage({ stopped: true });
});
`;

/**
 * better-sqlite3's entry file, for the worker to load. From a bundle (the tests' and the bench's
 * server process) the package does not resolve from here, but it is loaded already, and a
 * CommonJS package loaded by an import is in the require cache.
 */
function driverPath(): string {
  const require = createRequire(import.meta.url);
  try {
    return require.resolve('better-sqlite3');
  } catch {
    const loaded = Object.keys(require.cache).find((p) =>
      /better-sqlite3[\\/]lib[\\/]index\.js$/.test(p),
    );
    if (loaded === undefined) throw new Error('better-sqlite3 is neither resolvable nor loaded');
    return loaded;
  }
}

/** Starts checkpointing `file` from a worker thread. The worker never keeps the process alive. */
export function startCheckpointer(options: CheckpointerOptions): Checkpointer {
  const driver = driverPath();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { driver, file: options.file, intervalMs: options.intervalMs ?? 200 },
  });
  worker.unref();
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  worker.on('message', (message: { failed?: string }) => {
    if (message.failed !== undefined) {
      process.emitWarning(
        `SQLite background checkpoints stopped (${message.failed}); commits checkpoint again`,
      );
      void worker.terminate();
    }
  });
  // An error thrown in the worker (it could not open the file) ends it; the fallback remains.
  worker.on('error', (err) => {
    process.emitWarning(`SQLite background checkpoints failed to start: ${err.message}`);
  });
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        worker.postMessage('stop');
        const stopped = new Promise<void>((resolve) => worker.once('message', () => resolve()));
        await Promise.race([stopped, exited]);
        await worker.terminate();
      })()),
  };
}
