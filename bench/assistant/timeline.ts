/**
 * `npx tsx bench/assistant/timeline.ts [--docs N] [--workers N] [--no-scan] [--main-scan] [--every MS]`: how busy each thread is
 * during a parallel ingest of the bench corpus (bench/assistant/corpus.ts, guard scan on), through the build
 * `bastion docs ingest` runs (bench/assistant/ingest-runtime.ts). Samples every thread's CPU time from
 * /proc/self/task/TID/stat (Linux) every MS milliseconds (default 100) and prints, per interval, the share of one
 * core each group used: the main thread (read, parse, chunk, policy, SQLite; scans only with scanOnMain), the ingest
 * worker threads, and the rest (V8 compiler and GC helpers, libuv). Idle cores on a 2-core machine are wall time
 * lost: the timeline shows where (start-up, the tail, waits in between).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/core/config/index.js';
import { argv, opt } from '../args.js';
import { buildCorpus } from './corpus.js';
import { loadIngestRuntime } from './ingest-runtime.js';

const REPO = join(import.meta.dirname, '../..');
const docs = Number(opt('--docs') ?? 0) || 10_500;
const workers = Number(opt('--workers') ?? 0) || availableParallelism();
const every = Number(opt('--every') ?? 0) || 100;
const noScan = argv.includes('--no-scan');
/** The main thread scans too when it would wait (ParallelIngestOptions.scanOnMain; off by default, as in
 * `bastion docs ingest`). */
const mainScan = argv.includes('--main-scan');

interface Task {
  tid: string;
  name: string;
  ticks: number;
}

/** Every thread of this process: its name (comm) and CPU time in clock ticks (10 ms). */
function tasks(): Task[] {
  const out: Task[] = [];
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ tid, name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The thread ended between the listing and the read: its last interval is lost, which the totals say.
    }
  }
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'bastion-timeline-'));
try {
  const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
  rmSync(join(root, 'probe'), { recursive: true, force: true });
  const corpus = join(root, 'corpus');
  buildCorpus(corpus, REPO, Math.max(0, docs - npm));
  const rt = await loadIngestRuntime(REPO);
  const guards = parseConfig('{}', '<inline>').config.guards;
  const db = rt.openDocsDb(join(root, 'docs.db'));
  const before = new Set(tasks().map((t) => t.tid));
  const main = String(process.pid);
  const samples: { at: number; tasks: Task[] }[] = [];
  const t0 = performance.now();
  // Sampled from a timer on the main thread: a sample is late when the main thread is busy in a long synchronous
  // step, which the interval's length (not the nominal MS) accounts for.
  const timer = setInterval(() => samples.push({ at: performance.now() - t0, tasks: tasks() }), every);
  samples.push({ at: 0, tasks: tasks() });
  const report = await rt.ingestPathsParallel([corpus], {
    store: rt.createDocsStore(db),
    scan: noScan ? () => [] : rt.ingestScanFromConfig(guards),
    scanner: noScan ? rt.noScan : rt.guardScannerModule(guards),
    policy: { pii: 'redact', secrets: 'reject' },
    root: corpus,
    maxFileBytes: 5e6,
    now: () => 0,
    workers,
    scanOnMain: mainScan,
  });
  clearInterval(timer);
  samples.push({ at: performance.now() - t0, tasks: tasks() });
  db.close();

  // A thread is an ingest worker when it appeared during the ingest and is named like the main thread ("node").
  const mainName = tasks().find((t) => t.tid === main)?.name ?? 'node';
  const group = (t: Task): 'main' | 'workers' | 'other' =>
    t.tid === main ? 'main' : !before.has(t.tid) && t.name === mainName ? 'workers' : 'other';
  const rows: string[] = [];
  const totals = { main: 0, workers: 0, other: 0 };
  for (let i = 1; i < samples.length; i++) {
    const prev = new Map((samples[i - 1] as (typeof samples)[number]).tasks.map((t) => [t.tid, t.ticks]));
    const cur = samples[i] as (typeof samples)[number];
    const seconds = (cur.at - (samples[i - 1] as (typeof samples)[number]).at) / 1000;
    const used = { main: 0, workers: 0, other: 0 };
    for (const t of cur.tasks) used[group(t)] += (t.ticks - (prev.get(t.tid) ?? 0)) / 100;
    for (const k of ['main', 'workers', 'other'] as const) totals[k] += used[k];
    const pct = (x: number) => `${Math.round((x / seconds) * 100)}`.padStart(4);
    rows.push(
      `${(cur.at / 1000).toFixed(2).padStart(6)} s ${pct(used.main)} ${pct(used.workers)} ${pct(used.other)}   ${'#'.repeat(Math.round((used.main / seconds) * 10))}${'+'.repeat(Math.round((used.workers / seconds) * 10))}${'.'.repeat(Math.round((used.other / seconds) * 10))}`,
    );
  }
  // The "other" threads by name (V8 platform workers for GC and compiling, libuv, a loader thread under tsx), over
  // the ingest: the first and last samples, so a thread that ended in between is missing here.
  const first = new Map((samples[0] as (typeof samples)[number]).tasks.map((t) => [t.tid, t.ticks]));
  const byName = new Map<string, number>();
  for (const t of (samples[samples.length - 1] as (typeof samples)[number]).tasks)
    if (group(t) === 'other')
      byName.set(t.name, (byName.get(t.name) ?? 0) + (t.ticks - (first.get(t.tid) ?? 0)) / 100);
  const others = [...byName]
    .sort((a, b) => b[1] - a[1])
    .map(([name, s]) => `${name} ${s.toFixed(2)}`)
    .join(', ');
  const wall = report.elapsedMs / 1000;
  process.stdout.write(
    `${(report.totals.bytes / 1e6).toFixed(1)} MB, ${workers} threads, ${noScan ? 'no guard scan' : 'guard scan on'}${mainScan ? ' (the main thread scans too)' : ''}, runtime ${rt.run}; ` +
      `wall ${wall.toFixed(2)} s (${(report.totals.bytes / 1e6 / wall).toFixed(2)} MB/s)\n` +
      `CPU-s: main ${totals.main.toFixed(2)}, workers ${totals.workers.toFixed(2)}, other ${totals.other.toFixed(2)}; ` +
      `other threads: ${others}\n` +
      `cores busy on average ${((totals.main + totals.workers + totals.other) / wall).toFixed(2)} of ${availableParallelism()}\n` +
      `   end  % of a core: main workers other   (# main, + workers, . other; 10 marks = one core)\n` +
      rows.join('\n') +
      `\nload average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
