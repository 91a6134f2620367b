/**
 * `npx tsx bench/assistant/index-write.ts [--base REF] [--docs N] [--rounds N] [--queries N] [--commit-files A,B]`:
 * what writing the docs index costs, and does a change to src/store/docs-* leave the index exactly as it was —
 * full-text index included? `--commit-files` replays side A in transactions of A documents and side B of B (default
 * BATCH_FILES both): what the size of a commit costs, with the same store code when nothing under src/store changed.
 *
 * Ingests the assistant bench corpus once without any guard scan into a recorder (the documents, passages and
 * quarantine rows the writer receives), then replays exactly those writes, in the ingest's batches of
 * BATCH_FILES documents per `store.transaction()`, into a fresh SQLite file with A = REF's src/store/docs-* and
 * B = the working copies, alternating A B B A …, and times the writer's CPU (median per side). Then compares the
 * two indexes: the rows (sources, chunks with text SHA-1, quarantine), every FTS5 posting with its column and
 * offset (fts5vocab 'instance', rowids mapped to passage ids), every passage's column sizes (the docsize table BM25
 * reads), and the top 10 of `search()` — rowids, BM25 scores bit for bit, order — for N queries of 1–3 indexed
 * terms (OR). Exit code 1 on any difference.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BATCH_FILES, ingestPaths } from '../../src/assistant/ingest.js';
import type { ChunkInput, DocSourceRecord, DocsStore, QuarantineInput } from '../../src/store/docs-store.js';
import { loadSide, REPO } from '../guards/ab-sides.js';
import { buildCorpus } from './corpus.js';
import { opt } from '../args.js';

const base = opt('--base') ?? 'HEAD';
const docs = Number(opt('--docs') ?? 0) || 10_500;
const rounds = Number(opt('--rounds') ?? 0) || 3;
const queries = Number(opt('--queries') ?? 0) || 2_000;
const [commitA, commitB] = (opt('--commit-files') ?? `${BATCH_FILES},${BATCH_FILES}`)
  .split(',')
  .map((x) => Number(x) || BATCH_FILES) as [number, number];

interface Stmt {
  all(...args: unknown[]): Record<string, unknown>[];
  iterate(...args: unknown[]): IterableIterator<unknown[]>;
  raw(on?: boolean): Stmt;
  run(...args: unknown[]): unknown;
}
interface Db {
  prepare(sql: string): Stmt;
  close(): void;
}
interface Lib {
  openDocsDb(path: string): Db;
  createDocsStore(db: Db): DocsStore;
}
const EXPORTS = [
  "export { openDocsDb } from './src/store/docs-db.js';",
  "export { createDocsStore } from './src/store/docs-store.js';",
];
const OVERLAY = ['src/store/docs-db.ts', 'src/store/docs-store.ts'];

type Write = [DocSourceRecord, readonly ChunkInput[], readonly QuarantineInput[], boolean];

/** The writes an ingest of `corpus` hands the store (no guard scan: the writer's work is what is measured). */
function capture(corpus: string): { writes: Write[]; mb: number } {
  const writes: Write[] = [];
  const recorder = {
    listSources: () => [],
    putDocument: (s, c, q, replace = true) => void writes.push([s, c, q, replace]),
    transaction: <T>(fn: () => T): T => fn(),
  } as Partial<DocsStore> as DocsStore;
  const report = ingestPaths([corpus], {
    store: recorder,
    scan: () => [],
    policy: { pii: 'redact', secrets: 'reject' },
    root: corpus,
    maxFileBytes: 5e6,
    now: () => 0,
  });
  return { writes, mb: report.totals.bytes / 1e6 };
}

const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function replay(
  lib: Lib,
  writes: readonly Write[],
  file: string,
  perCommit: number,
): { db: Db; store: DocsStore; cpu: number } {
  const db = lib.openDocsDb(file);
  const store = lib.createDocsStore(db);
  const c0 = cpuSeconds();
  for (let i = 0; i < writes.length; i += perCommit) {
    store.transaction(() => {
      for (const [s, c, q, replace] of writes.slice(i, i + perCommit)) store.putDocument(s, c, q, replace);
    });
  }
  return { db, store, cpu: cpuSeconds() - c0 };
}

const hasher = () => createHash('sha256');

/** Rows, postings and column sizes as SHA-256s, rowids replaced by passage ids (independent of insert order). */
function digestIndex(db: Db): Record<string, string> {
  const pidOf = new Map<number, string>();
  for (const [id, pid] of db.prepare('SELECT id, pid FROM docs_chunks').raw().iterate())
    pidOf.set(id as number, pid as string);
  const rows = hasher();
  const lines: string[] = [];
  for (const r of db
    .prepare('SELECT path, sha256, size, format, title, headings, chunks, status, findings FROM docs_sources')
    .all())
    lines.push(`source ${JSON.stringify(r)}`);
  for (const r of db
    .prepare('SELECT source, ordinal, pid, heading, start, "end", flags, text FROM docs_chunks')
    .all()) {
    const { text, ...rest } = r;
    lines.push(`chunk ${JSON.stringify(rest)} ${createHash('sha1').update(String(text)).digest('hex')}`);
  }
  for (const r of db
    .prepare('SELECT source, heading, start, "end", reason, scanner, score, excerpt FROM docs_quarantine')
    .all())
    lines.push(`quarantine ${JSON.stringify(r)}`);
  rows.update(lines.sort().join('\n'));
  // Postings, term by term (the vocab table walks the index in term order), each term's list sorted by passage id.
  const postings = hasher();
  let term: string | null = null;
  let list: string[] = [];
  const flush = (): void => {
    if (term !== null) postings.update(`${term}\0${list.sort().join(',')}\n`);
  };
  for (const [t, doc, col, offset] of db
    .prepare('SELECT term, doc, col, offset FROM docs_vocab_instance')
    .raw()
    .iterate()) {
    if (t !== term) {
      flush();
      term = t as string;
      list = [];
    }
    list.push(`${pidOf.get(doc as number)}:${col as string}:${offset as number}`);
  }
  flush();
  const sizes = hasher();
  const sizeLines: string[] = [];
  for (const [id, sz] of db.prepare('SELECT id, sz FROM docs_fts_docsize').raw().iterate())
    sizeLines.push(`${pidOf.get(id as number)} ${Buffer.from(sz as Uint8Array).toString('hex')}`);
  sizes.update(sizeLines.sort().join('\n'));
  const hex = (h: ReturnType<typeof hasher>): string => h.digest('hex').slice(0, 16);
  return { rows: hex(rows), postings: hex(postings), sizes: hex(sizes) };
}

/** Deterministic queries of 1–3 terms drawn from the index's own vocabulary (seeded LCG). */
function makeQueries(db: Db, n: number): string[] {
  const terms = db
    .prepare("SELECT term FROM docs_vocab WHERE doc >= 2 AND term GLOB '[a-z]*' ORDER BY term")
    .raw()
    .iterate();
  const vocab = [...terms].map((r) => r[0] as string);
  let seed = 42;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    // Every other query one term, the others an OR of 2–3 (an AND of random terms rarely matches anything).
    const k = i % 2 === 0 ? 1 : 2 + Math.floor(next() * 2);
    const picked = Array.from({ length: k }, () => `"${vocab[Math.floor(next() * vocab.length)]}"`);
    out.push(picked.join(' OR '));
  }
  return out;
}

function digestSearch(store: DocsStore, qs: readonly string[]): string {
  const h = hasher();
  const f = new Float64Array(1);
  let hits = 0;
  for (const q of qs) {
    for (const hit of store.search(q, 10)) {
      hits++;
      f[0] = hit.score;
      h.update(`${q}\0${hit.pid}\0${Buffer.from(f.buffer).toString('hex')}\n`);
    }
  }
  return `${h.digest('hex').slice(0, 16)} (${hits} hits)`;
}

const work = mkdtempSync(join(tmpdir(), 'bastion-index-write-'));
try {
  const npm = buildCorpus(join(work, 'probe'), REPO, 0).length;
  const corpus = join(work, 'corpus');
  const n = buildCorpus(corpus, REPO, Math.max(0, docs - npm)).length;
  const { writes, mb } = capture(corpus);
  const passages = writes.reduce((sum, w) => sum + w[1].length, 0);
  const A = await loadSide<Lib>(base, 'index-write/a', EXPORTS);
  const B = await loadSide<Lib>(base, 'index-write/b', EXPORTS, OVERLAY);
  const cpu: Record<'a' | 'b', number[]> = { a: [], b: [] };
  const digests: Record<'a' | 'b', string[]> = { a: [], b: [] };
  let qs: string[] | null = null;
  for (let r = 0; r < rounds; r++) {
    for (const side of r % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const)) {
      const file = join(work, `${side}${r}.db`);
      const {
        db,
        store,
        cpu: c,
      } = side === 'a' ? replay(A, writes, file, commitA) : replay(B, writes, file, commitB);
      cpu[side].push(c);
      // The full comparison once per side (it reads ~7M postings); the CPU time of every round.
      if (digests[side].length === 0) {
        db.prepare("CREATE VIRTUAL TABLE docs_vocab_instance USING fts5vocab(docs_fts, 'instance')").run();
        qs ??= makeQueries(db, queries);
        const d = digestIndex(db);
        digests[side].push(
          `rows ${d.rows} postings ${d.postings} sizes ${d.sizes} search ${digestSearch(store, qs)}`,
        );
      }
      db.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const line = (side: 'a' | 'b'): string => {
    const m = median(cpu[side]);
    return `${m.toFixed(2)} CPU-s median (${(mb / m).toFixed(1)} MB/CPU-s; each: ${cpu[side].map((x) => x.toFixed(2)).join(' ')})\n    ${digests[side][0]}`;
  };
  const same = digests.a[0] === digests.b[0];
  process.stdout.write(
    `${n} documents, ${mb.toFixed(1)} MB, ${passages} passages, ${writes.length} putDocument calls in batches of ${commitA} (A) and ${commitB} (B); ${qs?.length ?? 0} queries\n` +
      `A (${base}): ${line('a')}\nB (working copy): ${line('b')}\n` +
      `B/A writer CPU ${(median(cpu.b) / median(cpu.a)).toFixed(3)}; B lower in ${cpu.a.filter((a, i) => (cpu.b[i] ?? Infinity) < a).length} of ${rounds} rounds\n` +
      `${same ? 'IDENTICAL: rows, postings, column sizes and search results' : 'DIFFERENT'}\n`,
  );
  if (!same) process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
