import diagnostics from 'node:diagnostics_channel';
import type Database from 'better-sqlite3';
import { startCheckpointThread, type CheckpointThread } from './checkpoint-thread.js';

/** Checkpoints this module runs, for latency tools: `{ startMs, ms, frames, reason }` (performance.now() clock). */
export const WAL_CHECKPOINT_CHANNEL = diagnostics.channel('bastion:store:wal-checkpoint');

/**
 * WAL pages after which SQLite checkpoints inside a COMMIT (its default is 1,000, about 4 MiB), while no checkpoint
 * thread runs (see below).
 *
 * WHY: the automatic checkpoint runs on the thread that commits, i.e. the gateway's event loop, and it syncs the WAL
 * and the database file: a stall of a few milliseconds that the request being committed (and every request queued
 * behind it) waits for. At 1,000 pages it landed on roughly one request in a few hundred, right in the gateway's p99
 * at concurrency 1. With 8,000 pages (a WAL of at most ~32 MiB on disk) it is eight times rarer, and the idle
 * checkpoint below usually empties the WAL before it is reached. Measured A/B (same bundle, alternated, c=1): p99
 * 2.8 / 2.6 / 1.5 ms → 2.1 / 1.5 / 1.4 ms non-streaming, 2.8 / 2.4 → 2.0 / 2.3 ms streaming. Durability is
 * unchanged: a COMMIT is in the WAL either way, and the checkpoint itself is as crash-safe as SQLite's own.
 */
export const WAL_AUTOCHECKPOINT_PAGES = 8000;
/** Quiet time after this process's last write before it checkpoints the WAL on its own. */
export const IDLE_CHECKPOINT_MS = 500;
/**
 * Write transactions after which a store that keeps writing moves its checkpoints to a thread of their own.
 *
 * WHY: under steady load the idle checkpoint never runs, so every ~8,000 pages (~1,600 requests at c=1) a COMMIT
 * checkpoints on the event loop: two fsyncs and the page copies, 20 ms and more per fsync when other processes keep
 * the disk busy. A thread checkpointing every
 * CHECKPOINT_THREAD_INTERVAL_MS takes that off the request path for ~3 MiB of RSS (strace, same c=1 loop: the event
 * loop's fsyncs fell from 40 (~570 ms in all, 20 ms each on a busy disk) to 17 short ones). What stays on the event
 * loop is one fsync of the WAL header when the next COMMIT starts reusing a fully checkpointed WAL (SQLite's rule for
 * synchronous=NORMAL); a longer interval makes those rarer and leaves the disk's journal alone between rounds, a
 * shorter one keeps the WAL smaller (at most a second of writes). Short-lived stores (the CLI, most tests) never
 * write this often and never start it.
 */
export const CHECKPOINT_THREAD_AFTER_WRITES = 256;
export const CHECKPOINT_THREAD_INTERVAL_MS = 1000;

export interface WalCheckpoints {
  /** Call after each write transaction. */
  wrote(): void;
  /** Whether checkpoints currently run on the thread (for tests and tools). */
  onThread(): boolean;
  stop(): Promise<void>;
}

export interface WalCheckpointOptions {
  idleMs?: number;
  /** The database file: needed for the thread's own connection. Without it checkpoints stay on this thread. */
  path?: string;
  threadAfterWrites?: number;
  threadIntervalMs?: number;
  /** The thread failed to start or ended: checkpoints are back on the committing thread. */
  onThreadLost?(error: unknown): void;
}

/**
 * Keeps the WAL of `db` short without stalling commits. At first (and whenever the checkpoint thread is not
 * running): SQLite's automatic checkpoint at WAL_AUTOCHECKPOINT_PAGES, plus a PASSIVE checkpoint (never waits for
 * readers or writers) once the process has not written for `idleMs`. Once the store has committed
 * `threadAfterWrites` transactions: a checkpoint thread (checkpoint-thread.ts) takes over and the connection's
 * automatic checkpoint is turned off, so no COMMIT on the event loop ever checkpoints; should the thread end, the
 * automatic checkpoint comes back. Timers and the thread never keep the process alive.
 */
export function scheduleWalCheckpoints(
  db: Database.Database,
  options: WalCheckpointOptions = {},
): WalCheckpoints {
  const idleMs = options.idleMs ?? IDLE_CHECKPOINT_MS;
  const threadAfter = options.threadAfterWrites ?? CHECKPOINT_THREAD_AFTER_WRITES;
  db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
  // An in-memory database (tests) has no WAL to checkpoint.
  const walFile =
    options.path !== undefined && db.pragma('journal_mode', { simple: true }) === 'wal'
      ? options.path
      : undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let writes = 0;
  let thread: CheckpointThread | undefined;
  let threadReady = false;
  const checkpoint = (): void => {
    if (stopped || threadReady || !db.open || db.inTransaction) return;
    try {
      const startMs = performance.now();
      const [result] = db.pragma('wal_checkpoint(PASSIVE)') as { log: number }[];
      if (WAL_CHECKPOINT_CHANNEL.hasSubscribers)
        WAL_CHECKPOINT_CHANNEL.publish({
          startMs,
          ms: performance.now() - startMs,
          frames: result?.log ?? 0,
          reason: 'idle',
        });
    } catch {
      // Busy or failing: nothing is lost (the data is in the WAL); the next idle period or SQLite's automatic
      // checkpoint tries again, and a real storage failure surfaces on the next COMMIT.
    }
  };
  const startThread = (file: string): void => {
    try {
      thread = startCheckpointThread(file, {
        intervalMs: options.threadIntervalMs ?? CHECKPOINT_THREAD_INTERVAL_MS,
        onReady() {
          if (stopped || !db.open) return;
          db.pragma('wal_autocheckpoint = 0');
          threadReady = true;
        },
        onLost(error) {
          threadReady = false;
          if (!stopped && db.open) db.pragma(`wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES}`);
          options.onThreadLost?.(error);
        },
      });
    } catch (error) {
      // No thread (e.g. a runtime without workers): checkpoints simply stay on this thread.
      options.onThreadLost?.(error);
    }
  };
  return {
    wrote() {
      if (stopped) return;
      if (thread) {
        thread.wrote();
        if (threadReady) return;
      } else if (walFile !== undefined && ++writes === threadAfter) startThread(walFile);
      if (timer) timer.refresh();
      else timer = setTimeout(checkpoint, idleMs).unref();
    },
    onThread: () => threadReady,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      threadReady = false;
      await thread?.stop();
    },
  };
}
