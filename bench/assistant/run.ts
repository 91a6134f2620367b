/**
 * `npm run bench:assistant`: the docs assistant on a corpus of ≥10,000 documents collected from this machine
 * (man pages converted to Markdown + the Markdown files of installed npm packages).
 *
 * Measures: ingest MB/s (full pipeline: parse, chunk, guard scan, FTS5 insert; and without the guard scan),
 * extractive answer latency p50/p99, retrieval recall@5 on generated questions. Peer: MiniSearch (in-memory
 * BM25+ full-text search) on the same documents and questions, same process, same minute.
 *
 * Questions (generated from the corpus, never used to tune the retriever):
 *  - "name": for man pages whose NAME description is unique in the corpus, the description itself phrased as a
 *    question ("How do I list directory contents?"): a known-item query a user might type.
 *  - "sentence": a random 10–30-word sentence from a random non-NAME section of a random document, found in no
 *    other document (boilerplate shared by many pages has many right answers), with a third of its content words
 *    dropped (seeded): a harder, partial-recall query.
 * recall@5: the question's document is among the sources of the 5 passages the answerer retrieves.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import MiniSearch from 'minisearch';
import { createDocsAssistant } from '../../src/assistant/docs-assistant.js';
import { percentile } from '../../src/assistant/eval.js';
import type { IngestReport } from '../../src/assistant/ingest.js';
import { createIdfCache, retrieve } from '../../src/assistant/retrieve.js';
import { parseMarkdown } from '../../src/assistant/parse-markdown.js';
import { contentTerms, splitSentences, words, isStopword } from '../../src/assistant/text.js';
import { parseConfig } from '../../src/core/config/index.js';
import type { SqliteDb } from '../../src/store/docs-db.js';
import type { DocsStore } from '../../src/store/docs-store.js';
import { buildCorpus, type CorpusDoc } from './corpus.js';
import { loadIngestRuntime } from './ingest-runtime.js';
import { mainThreadCpu } from './thread-cpu.js';
import { mulberry32 } from '../../src/core/random.js';

// --quick: a 1,500-document subset and 200 questions (a minute on a busy machine), for iterating; the recorded
// figures come from the full run.
const QUICK = process.argv.includes('--quick');
const TARGET_DOCS = Number(process.env.BENCH_DOCS ?? (QUICK ? 1500 : 10_500));
const QUESTIONS = Number(process.env.BENCH_QUESTIONS ?? (QUICK ? 200 : 1000));
const WORKERS = Number(process.env.BENCH_WORKERS ?? availableParallelism());
const repo = resolve(import.meta.dirname, '../..');

interface Question {
  text: string;
  source: string;
  kind: 'name' | 'sentence';
}

function makeQuestions(
  docs: readonly CorpusDoc[],
  corpus: string,
  count: number,
  /** How many documents contain every word of a sentence (a sentence in many documents has many right answers). */
  sourcesWithAll: (sentence: string) => number,
): Question[] {
  const random = mulberry32(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;
  const descriptions = new Map<string, number>();
  for (const d of docs)
    if (d.description)
      descriptions.set(d.description.toLowerCase(), (descriptions.get(d.description.toLowerCase()) ?? 0) + 1);
  const unique = docs.filter(
    (d) =>
      d.description &&
      descriptions.get(d.description.toLowerCase()) === 1 &&
      contentTerms(d.description).length >= 2,
  );
  const out: Question[] = [];
  const seen = new Set<string>();
  while (out.length < count / 2 && seen.size < unique.length) {
    const d = pick(unique);
    if (seen.has(d.path)) continue;
    seen.add(d.path);
    out.push({ text: `How do I ${d.description?.replace(/\.$/, '')}?`, source: `${d.path}`, kind: 'name' });
  }
  let guard = 0;
  while (out.length < count && guard++ < count * 20) {
    const d = pick(docs);
    const parsed = parseMarkdown(readFileSync(join(corpus, d.path), 'utf8'), d.path);
    const sections = parsed.sections.filter((s) => !s.headings.some((h) => /^NAME$/i.test(h)));
    if (sections.length === 0) continue;
    const sentences = splitSentences(pick(sections).text).filter((s) => {
      const n = words(s.text).length;
      return n >= 10 && n <= 30 && !/[`|{}<>$]/.test(s.text);
    });
    if (sentences.length === 0) continue;
    const sentence = pick(sentences).text;
    if (sourcesWithAll(sentence) > 1) continue;
    const kept = words(sentence).filter((w) => !isStopword(w) && random() > 1 / 3);
    if (kept.length < 4) continue;
    out.push({ text: kept.join(' '), source: d.path, kind: 'sentence' });
  }
  return out;
}

const mb = (bytes: number) => bytes / 1e6;
const fmt = (n: number, digits = 2) => n.toFixed(digits);

async function main(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const work = mkdtempSync(join(tmpdir(), 'bastion-bench-assistant-'));
  const corpus = join(work, 'corpus');
  try {
    let t = performance.now();
    const npmCount = buildCorpus(join(work, 'probe'), repo, 0).length;
    rmSync(join(work, 'probe'), { recursive: true, force: true });
    const docs = buildCorpus(corpus, repo, Math.max(0, TARGET_DOCS - npmCount));
    const man = docs.filter((d) => d.kind === 'man').length;
    console.log(
      `corpus: ${docs.length} documents (${man} man pages as Markdown, ${docs.length - man} npm Markdown files), collected in ${fmt((performance.now() - t) / 1000, 1)} s`,
    );

    const guards = parseConfig('{}', '<inline>').config.guards;
    const policy = { pii: 'redact', secrets: 'reject' } as const;
    const results: string[] = [];
    // BENCH_GUARDS=0 skips the guard scan (quick iterations on retrieval); the recorded figures keep it on.
    const withGuards = process.env.BENCH_GUARDS !== '0';
    // The ingest runs through the build `bastion docs ingest` runs (dist/ when built, else the sources).
    const rt = await loadIngestRuntime(repo);
    console.log(`ingest runtime: ${rt.run} (${rt.reason})`);
    const dbs: SqliteDb[] = [];
    const ingest = async (guarded: boolean, workers: number, into?: DocsStore) => {
      let store = into;
      if (!store) {
        const db = rt.openDocsDb(join(work, `ingest-${dbs.length}.db`));
        dbs.push(db);
        store = rt.createDocsStore(db);
      }
      const o = {
        store,
        scan: guarded ? rt.ingestScanFromConfig(guards) : () => [],
        policy,
        root: corpus,
        maxFileBytes: 5e6,
        now: Date.now,
      };
      const c0 = process.cpuUsage();
      const m0 = mainThreadCpu();
      const report: IngestReport =
        workers > 1
          ? await rt.ingestPathsParallel([corpus], {
              ...o,
              scanner: guarded ? rt.guardScannerModule(guards) : rt.noScan,
              workers,
            })
          : rt.ingestPaths([corpus], o);
      // CPU seconds of every thread of the process: load-independent, unlike wall time on a shared machine.
      const c = process.cpuUsage(c0);
      const cpu = (c.user + c.system) / 1e6;
      return {
        store,
        report,
        cpu,
        mainCpu: mainThreadCpu() - m0,
        mbs: mb(report.totals.bytes) / (report.elapsedMs / 1000),
        perCpu: mb(report.totals.bytes) / cpu,
      };
    };

    // 1. Ingest on one thread and on WORKERS threads, without the guard scan (read, hash, parse, chunk, FTS5
    // insert) and with it. The parallel, guarded index is the one the questions run against.
    const bare1 = await ingest(false, 1);
    const full1 = withGuards ? await ingest(true, 1) : bare1;
    const bareN = await ingest(false, WORKERS);
    const fullN = withGuards ? await ingest(true, WORKERS) : bareN;
    const store = fullN.store;
    const full = fullN.report;
    const again = (await ingest(withGuards, WORKERS, store)).report;
    // Share of one-thread ingest CPU time that is the guard scan (the rest is this module's: read, parse, SQLite).
    const guardShare = withGuards ? 1 - full1.perCpu / bare1.perCpu : 0;
    console.log(
      `ingest: ${fmt(mb(full.totals.bytes), 1)} MB, ${full.totals.chunks} passages; ${full.totals.rejected} files rejected, ${full.totals.quarantined} passages quarantined by the guards`,
    );

    // Peer: MiniSearch over the same files (title + text), in memory.
    t = performance.now();
    const mini = new MiniSearch<{ id: string; title: string; text: string }>({
      fields: ['title', 'text'],
      storeFields: [],
    });
    let miniBytes = 0;
    for (const d of docs) {
      const text = readFileSync(join(corpus, d.path), 'utf8');
      miniBytes += Buffer.byteLength(text);
      mini.add({ id: d.path, title: d.path, text });
    }
    const miniMBs = mb(miniBytes) / ((performance.now() - t) / 1000);

    // 2. Questions, recall@5 and latency.
    const sourcesWithAll = (sentence: string): number => {
      const ws = [...new Set(words(sentence).filter((w) => !isStopword(w)))];
      if (ws.length === 0) return 0;
      const hits = store.search(ws.map((w) => `"${w.replace(/"/g, '""')}"`).join(' AND '), 50);
      return new Set(hits.map((h) => h.source)).size;
    };
    const questions = makeQuestions(docs, corpus, QUESTIONS, sourcesWithAll);
    const assistant = createDocsAssistant({ store, topK: 5 });
    const idf = createIdfCache(store);
    for (const q of questions.slice(0, 50)) assistant.answerExtractive(q.text);
    const latencies: number[] = [];
    const cpuTimes: number[] = [];
    const retrievalOnly: number[] = [];
    const hits = { name: { hit: 0, total: 0 }, sentence: { hit: 0, total: 0 } };
    let answered = 0;
    for (const q of questions) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const a = assistant.answerExtractive(q.text);
      latencies.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpuTimes.push((c.user + c.system) / 1000);
      if (a.answered) answered++;
      const t1 = performance.now();
      const top = retrieve(store, idf, q.text, 5).hits;
      retrievalOnly.push(performance.now() - t1);
      hits[q.kind].total++;
      if (top.some((h) => h.source === q.source)) hits[q.kind].hit++;
    }
    const miniLat: number[] = [];
    const miniHits = { name: { hit: 0, total: 0 }, sentence: { hit: 0, total: 0 } };
    for (const q of questions) {
      const t0 = performance.now();
      const top = mini.search(q.text, { combineWith: 'OR' }).slice(0, 5);
      miniLat.push(performance.now() - t0);
      miniHits[q.kind].total++;
      if (top.some((h) => h.id === q.source)) miniHits[q.kind].hit++;
    }
    latencies.sort((a, b) => a - b);
    cpuTimes.sort((a, b) => a - b);
    retrievalOnly.sort((a, b) => a - b);
    miniLat.sort((a, b) => a - b);
    type Tally = { hit: number; total: number };
    const recall = (h: { name: Tally; sentence: Tally }) =>
      (h.name.hit + h.sentence.hit) / Math.max(1, h.name.total + h.sentence.total);
    const part = (h: Tally) => h.hit / Math.max(1, h.total);

    const wall = (xs: number[]) => `${fmt(percentile(xs, 50))} / ${fmt(percentile(xs, 99))}`;
    const guardCell = withGuards ? 'incl. guard scan' : '(guards skipped: BENCH_GUARDS=0)';
    results.push(
      '| measure | Bastion docs assistant | MiniSearch 7 (peer) | ratio | target |',
      '|---|---:|---:|---:|---:|',
      `| ingest, full pipeline ${guardCell}, ${WORKERS} threads (MB/s wall; MB per CPU-second) | ${fmt(fullN.mbs)}; ${fmt(fullN.perCpu)} | — | — | ≥ 20 |`,
      `| ingest, full pipeline ${guardCell}, 1 thread (MB/s wall; MB per CPU-second) | ${fmt(full1.mbs)}; ${fmt(full1.perCpu)} | — | — | |`,
      `| ingest without guard scan, ${WORKERS} threads (MB/s wall; MB per CPU-second) | ${fmt(bareN.mbs)}; ${fmt(bareN.perCpu)} | ${fmt(miniMBs)} | ${fmt(bareN.mbs / miniMBs)}× | |`,
      `| ingest without guard scan, 1 thread (MB/s wall; MB per CPU-second; peer: in-memory index) | ${fmt(bare1.mbs)}; ${fmt(bare1.perCpu)} | ${fmt(miniMBs)} | ${fmt(bare1.mbs / miniMBs)}× | |`,
      `| guard scan share of 1-thread ingest CPU time | ${fmt(guardShare * 100, 0)}% | — | — | |`,
      `| re-ingest, nothing changed (s) | ${fmt(again.elapsedMs / 1000)} | — | — | |`,
      `| extractive answer latency p50 / p99 (ms, wall) | ${wall(latencies)} | — | — | p99 ≤ 20 |`,
      `| extractive answer CPU time p50 / p99 (ms; load-independent) | ${wall(cpuTimes)} | — | — | |`,
      `| retrieval only (top 5 passages) p50 / p99 (ms) | ${wall(retrievalOnly)} | ${wall(miniLat)} | ${fmt(percentile(retrievalOnly, 50) / Math.max(1e-9, percentile(miniLat, 50)))}× (p50) | |`,
      `| recall@5, all ${questions.length} questions | ${fmt(recall(hits), 3)} | ${fmt(recall(miniHits), 3)} | | ≥ 0.9 |`,
      `| recall@5, ${hits.name.total} NAME-line questions | ${fmt(part(hits.name), 3)} | ${fmt(part(miniHits.name), 3)} | | |`,
      `| recall@5, ${hits.sentence.total} partial-sentence questions | ${fmt(part(hits.sentence), 3)} | ${fmt(part(miniHits.sentence), 3)} | | |`,
      `| questions answered (not "I don't know") | ${fmt(answered / questions.length, 3)} | — | | |`,
    );
    console.log('\n' + results.join('\n'));
    console.log(
      `\ningest CPU by thread, ${WORKERS} threads with the guard scan: ${fmt(fullN.cpu)} CPU-s, of which the main thread ${fmt(fullN.mainCpu)} (read, parse, chunk, policy, SQLite) and the others ${fmt(fullN.cpu - fullN.mainCpu)} (scan threads, V8 compiler and GC helpers); wall ${fmt(fullN.report.elapsedMs / 1000)} s`,
    );
    console.log(
      `\nnode ${process.version}, ingest runtime ${rt.run}, ${availableParallelism()} CPUs, ${docs.length} documents, ${questions.length} questions (seed 42), load average ${loadavg()
        .map((l) => fmt(l, 1))
        .join(' ')} at the end (${fmt(loadAtStart, 1)} at the start)`,
    );
    for (const db of dbs) db.close();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
