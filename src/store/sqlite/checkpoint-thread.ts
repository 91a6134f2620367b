import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Slots of the shared Int32Array between the store's connection and its checkpoint thread. */
const WRITES = 0;
const STOP = 1;
const DONE = 2;
const FAILED = 3;
const LAST_US = 4;
const SLOTS = 5;

/**
 * The thread's whole program (CommonJS, run with `eval`: no file to locate, so it works the same from the sources,
 * from dist/ and from a bundle). It sleeps in `Atomics.wait` until the store reports a write transaction, lets
 * writes accumulate for `intervalMs`, then runs one PASSIVE checkpoint on its own connection: PASSIVE never takes
 * the write lock and never waits, so the store's commits go on meanwhile, and SQLite keeps the checkpoint as
 * crash-safe as its automatic one (a crash mid-way leaves the WAL to finish it).
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.library);
const state = new Int32Array(workerData.shared);
const db = new Database(workerData.path, { fileMustExist: true });
parentPort.postMessage('ready');
let seen = Atomics.load(state, ${WRITES});
try {
  while (Atomics.load(state, ${STOP}) === 0) {
    if (Atomics.load(state, ${WRITES}) === seen) {
      Atomics.wait(state, ${WRITES}, seen);
      continue;
    }
    Atomics.wait(state, ${STOP}, 0, workerData.intervalMs);
    seen = Atomics.load(state, ${WRITES});
    const started = process.hrtime.bigint();
    try {
      db.pragma('wal_checkpoint(PASSIVE)');
      Atomics.add(state, ${DONE}, 1);
    } catch {
      // Busy (another process checkpointing) or failing storage: the frames stay in the WAL, nothing is lost, and
      // the next round tries again; a real storage failure also fails the store's next COMMIT (fail closed).
      Atomics.add(state, ${FAILED}, 1);
    }
    Atomics.store(state, ${LAST_US}, Number((process.hrtime.bigint() - started) / 1000n));
  }
} finally {
  db.close();
}
`;

export interface CheckpointThread {
  /** After each write transaction of the store: cheap (no syscall unless the thread is waiting for it). */
  wrote(): void;
  /** Checkpoints run and failed so far, and how long the last one took. */
  stats(): { checkpoints: number; failures: number; lastUs: number };
  /** Stops the thread and closes its connection. */
  stop(): Promise<void>;
}

/**
 * Starts a thread that checkpoints the WAL of the SQLite file at `path` in the background. `onReady` runs once its
 * connection is open (the store then turns its own automatic checkpoint off); `onLost` when it ends without
 * `stop()` (failed to start, or crashed: the store turns its automatic checkpoint back on). The thread never keeps
 * the process alive. Its heap is capped small: it holds one connection and a loop.
 */
export function startCheckpointThread(
  path: string,
  options: { intervalMs: number; onReady(): void; onLost(error: unknown): void },
): CheckpointThread {
  const shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const state = new Int32Array(shared);
  const worker = new Worker(PROGRAM, {
    eval: true,
    workerData: {
      shared,
      path,
      intervalMs: options.intervalMs,
      library: createRequire(import.meta.url).resolve('better-sqlite3'),
    },
    resourceLimits: { maxOldGenerationSizeMb: 8, maxYoungGenerationSizeMb: 1, stackSizeMb: 1 },
  });
  worker.unref();
  let stopping = false;
  let lost = false;
  const lose = (error: unknown): void => {
    if (stopping || lost) return;
    lost = true;
    options.onLost(error);
  };
  worker.once('message', () => {
    if (!stopping) options.onReady();
  });
  // An 'error' is followed by an 'exit': the store hears of the loss once.
  worker.once('error', lose);
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', (code) => {
      lose(new Error(`checkpoint thread exited with code ${code}`));
      resolve();
    });
  });
  return {
    wrote() {
      Atomics.add(state, WRITES, 1);
      Atomics.notify(state, WRITES);
    },
    stats: () => ({
      checkpoints: Atomics.load(state, DONE),
      failures: Atomics.load(state, FAILED),
      lastUs: Atomics.load(state, LAST_US),
    }),
    async stop() {
      stopping = true;
      // Unreferenced, the thread would not keep the process alive until its 'exit' arrives: close() would never settle.
      worker.ref();
      Atomics.store(state, STOP, 1);
      Atomics.notify(state, STOP);
      Atomics.notify(state, WRITES);
      await exited;
    },
  };
}
