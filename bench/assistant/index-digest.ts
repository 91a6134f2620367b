/**
 * `npx tsx bench/assistant/index-digest.ts [--base REF] [--docs N] [--workers N] [--rounds N] [--no-scan]
 * [--overlay PATH,PATH]`: does a change leave the docs index
 * exactly as it was? Ingests the assistant bench corpus (bench/assistant/corpus.ts, guards on, the bench's policy)
 * once with A = REF's tree and once with B = REF + the working copies of the guard/ingest files
 * (bench/guards/ab-sides.ts), dumps each index — sources (path, SHA-256, status, chunk count, findings tally),
 * chunks (source, ordinal, pid, heading, span, flags, SHA-1 of the text), quarantine (source, heading, span,
 * reason, scanner, score, excerpt) — and compares the dumps row by row. Prints both SHA-256s and each side's
 * ingest CPU time (and the main thread's share); exit code 1 on any difference. `--overlay` names the working copies
 * B takes (default: bench/guards/ab-sides.ts defaultOverlay, the guard engine's files and the ingest's; e.g.
 * `--overlay src/assistant,src/store/docs-store.ts` leaves another helper's uncommitted guard work out of both).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultOverlay, loadSide, REPO } from '../guards/ab-sides.js';
import { buildCorpus } from './corpus.js';
import { argv, opt } from '../args.js';
import { mainThreadCpu } from './thread-cpu.js';

const base = opt('--base') ?? 'HEAD';
const docs = Number(opt('--docs') ?? 0) || 10_500;
const workers = Number(opt('--workers') ?? 0) || 1;
/** Ingests per side, alternating A B B A …: CPU time per side is the median, the index must match every time. */
const rounds = Number(opt('--rounds') ?? 0) || 1;
/** No guard scan (the bench's no-scan module): what the rest of the pipeline, SQLite writes included, costs. */
const noScan = argv.includes('--no-scan');
const NO_SCAN = {
  url: pathToFileURL(join(import.meta.dirname, 'no-scan.js')).href,
  name: 'noScan',
  options: null,
};

interface Db {
  prepare(sql: string): { all(): Record<string, unknown>[] };
  close(): void;
}
interface Lib {
  parseConfig(yaml: string, file: string): { config: { guards: unknown } };
  ingestScanFromConfig(guards: unknown): (text: string) => unknown[];
  guardScannerModule(guards: unknown): unknown;
  ingestPaths(paths: string[], o: Record<string, unknown>): { totals: { bytes: number; chunks: number } };
  ingestPathsParallel(
    paths: string[],
    o: Record<string, unknown>,
  ): Promise<{ totals: { bytes: number; chunks: number } }>;
  openDocsDb(path: string): Db;
  createDocsStore(db: Db): unknown;
}
const EXPORTS = [
  "export { parseConfig } from './src/core/config/index.js';",
  "export { ingestScanFromConfig, guardScannerModule } from './src/assistant/guard-ingest-scan.js';",
  "export { ingestPaths } from './src/assistant/ingest.js';",
  "export { ingestPathsParallel } from './src/assistant/ingest-parallel.js';",
  "export { openDocsDb } from './src/store/docs-db.js';",
  "export { createDocsStore } from './src/store/docs-store.js';",
];

const sha1 = (s: string): string => createHash('sha1').update(s).digest('hex');

/** The index as sorted lines, independent of row ids and ingestion times. */
function dump(db: Db): string[] {
  const rows = (sql: string): Record<string, unknown>[] => db.prepare(sql).all();
  const out: string[] = [];
  for (const r of rows(
    'SELECT path, sha256, size, format, title, headings, chunks, status, findings FROM docs_sources',
  ))
    out.push(`source ${JSON.stringify(r)}`);
  for (const r of rows('SELECT source, ordinal, pid, heading, start, "end", flags, text FROM docs_chunks')) {
    const { text, ...rest } = r;
    out.push(`chunk ${JSON.stringify({ ...rest, text: sha1(String(text)) })}`);
  }
  for (const r of rows(
    'SELECT source, heading, start, "end", reason, scanner, score, excerpt FROM docs_quarantine',
  ))
    out.push(`quarantine ${JSON.stringify(r)}`);
  return out.sort();
}

interface Ingested {
  lines: string[];
  cpu: number;
  main: number;
  wall: number;
  mb: number;
}

async function ingestWith(lib: Lib, corpus: string): Promise<Ingested> {
  const work = mkdtempSync(join(tmpdir(), 'bastion-index-digest-'));
  try {
    const db = lib.openDocsDb(join(work, 'docs.db'));
    const guards = lib.parseConfig('{}', '<inline>').config.guards;
    const o = {
      store: lib.createDocsStore(db),
      scan: noScan ? () => [] : lib.ingestScanFromConfig(guards),
      policy: { pii: 'redact', secrets: 'reject' },
      root: corpus,
      maxFileBytes: 5e6,
      now: () => 0,
    };
    const c0 = process.cpuUsage();
    const m0 = mainThreadCpu();
    const t0 = performance.now();
    const report =
      workers > 1
        ? await lib.ingestPathsParallel([corpus], {
            ...o,
            scanner: noScan ? NO_SCAN : lib.guardScannerModule(guards),
            workers,
          })
        : lib.ingestPaths([corpus], o);
    const c = process.cpuUsage(c0);
    const wall = (performance.now() - t0) / 1000;
    const main = mainThreadCpu() - m0;
    const lines = dump(db);
    db.close();
    return { lines, cpu: (c.user + c.system) / 1e6, main, wall, mb: report.totals.bytes / 1e6 };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const corpusRoot = mkdtempSync(join(tmpdir(), 'bastion-index-digest-corpus-'));
try {
  const npm = buildCorpus(join(corpusRoot, 'probe'), REPO, 0).length;
  rmSync(join(corpusRoot, 'probe'), { recursive: true, force: true });
  const corpus = join(corpusRoot, 'corpus');
  const n = buildCorpus(corpus, REPO, Math.max(0, docs - npm)).length;
  const overlay = opt('--overlay')?.split(',') ?? defaultOverlay();
  // Worker threads load the ingest modules from their own files: with --workers the trees run as sources (tsx).
  const bundle = workers <= 1;
  const A = await loadSide<Lib>(base, 'index-digest/a', EXPORTS, undefined, { bundle });
  const B = await loadSide<Lib>(base, 'index-digest/b', EXPORTS, overlay, { bundle });
  const runs: Record<'a' | 'b', Ingested[]> = { a: [], b: [] };
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      runs[s].push(await ingestWith(s === 'a' ? A : B, corpus));
    }
  }
  const digest = (lines: string[]): string =>
    createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const describe = (side: 'a' | 'b'): string => {
    const list = runs[side];
    const cpu = median(list.map((x) => x.cpu));
    const main = median(list.map((x) => x.main));
    const wall = median(list.map((x) => x.wall));
    const digests = [...new Set(list.map((x) => digest(x.lines)))].join(', ');
    return `${list[0]!.lines.length} rows, sha256 ${digests}, ingest ${cpu.toFixed(2)} CPU-s median of ${list.length} (${(list[0]!.mb / cpu).toFixed(2)} MB/CPU-s; main thread ${main.toFixed(2)}; wall ${wall.toFixed(2)} s, ${(list[0]!.mb / wall).toFixed(2)} MB/s; each: ${list.map((x) => x.cpu.toFixed(2)).join(' ')})`;
  };
  const a = runs.a[0]!;
  process.stdout.write(
    `${n} documents, ${a.mb.toFixed(1)} MB, ${workers} thread(s), ${noScan ? 'no guard scan' : 'guard scan on'}\n` +
      `A (${base}): ${describe('a')}\n` +
      `B (+ working copies): ${describe('b')}\n`,
  );
  // Every ingest of either side must give the first A index.
  const b = {
    lines: [...runs.a.slice(1), ...runs.b].find((x) => digest(x.lines) !== digest(a.lines))?.lines ?? a.lines,
  };
  const setA = new Set(a.lines);
  const onlyB = b.lines.filter((l) => !setA.has(l));
  const setB = new Set(b.lines);
  const onlyA = a.lines.filter((l) => !setB.has(l));
  if (onlyA.length === 0 && onlyB.length === 0 && a.lines.length === b.lines.length)
    process.stdout.write(`index: identical in all ${2 * rounds} ingests\n`);
  else {
    process.stdout.write(`index: DIFFERENT (${onlyA.length} rows only in A, ${onlyB.length} only in B)\n`);
    for (const l of [...onlyA.slice(0, 3), ...onlyB.slice(0, 3)])
      process.stdout.write(`  ${l.slice(0, 200)}\n`);
    process.exitCode = 1;
  }
} finally {
  rmSync(corpusRoot, { recursive: true, force: true });
}
