/**
 * `npx tsx bench/assistant/stages.ts [--docs N] [--passes N] [--no-scan]`: where one-thread ingest CPU goes, stage by
 * stage, on the bench corpus (bench/assistant/corpus.ts). Each stage runs over every file before the next starts
 * (walk; read; SHA-256; UTF-8 check; decode; parse; chunk with passage ids; the scan texts), then batch by batch of
 * 32 files the texts are packed and unpacked as for a scan thread and guard-scanned, then the policy and the SQLite
 * writes in the ingest's transactions of up to 500 files into a fresh index; each timed in CPU time of all threads
 * (and of this one, in 10 ms ticks). Run in passes (each printed; the first pays the JIT warm-up; a fresh index each
 * pass). Stage by stage keeps each stage's code hot, so the sum is below a real ingest's, which interleaves them
 * (BENCHMARKS.md): read it as the split, not the total.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { sha256Hex } from '../../src/core/hash.js';
import { parseConfig } from '../../src/core/config/index.js';
import { chunkDocument } from '../../src/assistant/chunk.js';
import { judgeDocument, type FileAnalysis, type PreparedDocument } from '../../src/assistant/ingest-file.js';
import { scanText } from '../../src/assistant/ingest-policy.js';
import { ingestScanFromConfig } from '../../src/assistant/guard-ingest-scan.js';
import { memoizeScan } from '../../src/assistant/ingest-scanner.js';
import { parseHtml } from '../../src/assistant/parse-html.js';
import { parseMarkdown } from '../../src/assistant/parse-markdown.js';
import { parseText } from '../../src/assistant/parse-text.js';
import type { ParsedDoc } from '../../src/assistant/parsed-doc.js';
import { packTexts, scanTexts, unpackTexts } from '../../src/assistant/scan-batch.js';
import { findInvalidUtf8 } from '../../src/assistant/utf8.js';
import { formatOf, walkSources } from '../../src/assistant/walk.js';
import { BATCH_BYTES, BATCH_FILES } from '../../src/assistant/ingest.js';
import { openDocsDb } from '../../src/store/docs-db.js';
import { createDocsStore, type DocSourceRecord } from '../../src/store/docs-store.js';
import type { Finding } from '../../src/guards/types.js';
import { argv, opt } from '../args.js';
import { buildCorpus } from './corpus.js';
import { mainThreadCpu } from './thread-cpu.js';

const REPO = join(import.meta.dirname, '../..');
const docs = Number(opt('--docs') ?? 0) || 10_500;
const passes = Number(opt('--passes') ?? 0) || 2;
const noScan = argv.includes('--no-scan');

const cpuNow = (): number => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

const root = mkdtempSync(join(tmpdir(), 'bastion-stages-'));
try {
  const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
  rmSync(join(root, 'probe'), { recursive: true, force: true });
  const corpus = join(root, 'corpus');
  buildCorpus(corpus, REPO, Math.max(0, docs - npm));
  const guards = parseConfig('{}', '<inline>').config.guards;
  const policy = { pii: 'redact', secrets: 'reject' } as const;
  const scan = noScan ? null : memoizeScan(ingestScanFromConfig(guards));

  for (let pass = 1; pass <= passes; pass++) {
    const times: [string, number, number][] = [];
    const stage = <T>(name: string, fn: () => T): T => {
      const c0 = cpuNow();
      const m0 = mainThreadCpu();
      const out = fn();
      times.push([name, cpuNow() - c0, mainThreadCpu() - m0]);
      return out;
    };
    const files = stage('walk', () => walkSources([corpus], () => false).files);
    const buffers = stage('read', () => files.map((f) => readFileSync(f)));
    const hashes = stage('sha256 of each file', () => buffers.map((b) => sha256Hex(b)));
    stage('UTF-8 check', () => buffers.map((b) => findInvalidUtf8(b)));
    const sources = stage('decode', () => buffers.map((b) => b.toString('utf8')));
    const parsers = { markdown: parseMarkdown, html: parseHtml, text: parseText } as const;
    const parsed = stage('parse', () =>
      sources.map((s, i): ParsedDoc => {
        const file = files[i] as string;
        const format = formatOf(file) ?? 'text';
        if (format === 'pdf') throw new Error('no PDF in the bench corpus');
        return parsers[format](s, basename(file));
      }),
    );
    const keys = files.map((f) => relative(corpus, f));
    const chunked = stage('chunk (+ passage ids)', () =>
      parsed.map((doc, i) => chunkDocument(doc, keys[i] as string, hashes[i] as string)),
    );
    const prepared = stage('scan texts', () =>
      chunked.map((chunks, i): PreparedDocument => {
        const texts = chunks.map(scanText);
        for (const hidden of (parsed[i] as ParsedDoc).hidden) texts.push(hidden.text);
        return { doc: parsed[i] as ParsedDoc, chunks, texts };
      }),
    );
    const batches: string[][] = [];
    for (let i = 0; i < prepared.length; i += 32)
      batches.push(prepared.slice(i, i + 32).flatMap((p) => p.texts));
    // Batch by batch, as the pipeline does (a batch's texts are dropped once scanned: keeping all 103k alive would
    // add GC work an ingest does not have); each of the two stages summed over the batches.
    const handover: [string, number, number] = ['pack + unpack (thread hand-over)', 0, 0];
    const scanning: [string, number, number] = [noScan ? 'guard scan (skipped)' : 'guard scan', 0, 0];
    const findings: (readonly Finding[])[] = [];
    for (const texts of batches) {
      let c0 = cpuNow();
      let m0 = mainThreadCpu();
      const unpacked = unpackTexts(packTexts(texts));
      handover[1] += cpuNow() - c0;
      handover[2] += mainThreadCpu() - m0;
      c0 = cpuNow();
      m0 = mainThreadCpu();
      const found = scan ? scanTexts(unpacked, scan) : { found: [], errors: [] };
      scanning[1] += cpuNow() - c0;
      scanning[2] += mainThreadCpu() - m0;
      const byIndex = new Map(found.found);
      unpacked.forEach((_, i) => findings.push(byIndex.get(i) ?? []));
    }
    times.push(handover, scanning);
    const analyses = stage('policy (judge)', () => {
      let at = 0;
      return prepared.map((p): FileAnalysis => {
        const from = at;
        at += p.texts.length;
        return judgeDocument(p, '', (i) => findings[from + i] ?? [], policy);
      });
    });
    const work = mkdtempSync(join(tmpdir(), 'bastion-stages-db-'));
    const db = openDocsDb(join(work, 'docs.db'));
    const store = createDocsStore(db);
    stage('SQLite writes (rows + FTS5, batched commits)', () => {
      let i = 0;
      while (i < analyses.length) {
        let bytes = 0;
        const from = i;
        store.transaction(() => {
          while (i < analyses.length && i - from < BATCH_FILES && bytes < BATCH_BYTES) {
            const a = analyses[i] as FileAnalysis;
            const record: DocSourceRecord = {
              path: keys[i] as string,
              sha256: hashes[i] as string,
              size: (buffers[i] as Buffer).length,
              format: a.format,
              title: a.title,
              headings: a.headings,
              chunks: a.chunks.length,
              status: a.reject ? 'rejected' : a.quarantine.length > 0 ? 'partial' : 'indexed',
              findings: a.tally,
              ingestedAt: 0,
            };
            store.putDocument(record, a.chunks, a.quarantine, false);
            bytes += (buffers[i] as Buffer).length;
            i++;
          }
        });
      }
    });
    db.close();
    rmSync(work, { recursive: true, force: true });
    const mb = buffers.reduce((n, b) => n + b.length, 0) / 1e6;
    const passages = prepared.reduce((n, p) => n + p.texts.length, 0);
    const total = times.reduce((n, [, c]) => n + c, 0);
    process.stdout.write(
      `\npass ${pass}: ${files.length} files, ${mb.toFixed(1)} MB, ${passages} scan texts; CPU-s of all threads (this thread)\n`,
    );
    for (const [name, cpu, main] of times)
      process.stdout.write(
        `  ${name.padEnd(46)} ${cpu.toFixed(3).padStart(7)} (${main.toFixed(2)})  ${((cpu / total) * 100).toFixed(1).padStart(5)}%  ${((cpu * 1e6) / passages).toFixed(2).padStart(6)} µs/passage\n`,
      );
    process.stdout.write(
      `  ${'sum'.padEnd(46)} ${total.toFixed(3).padStart(7)}  (${(mb / total).toFixed(2)} MB per CPU-second)\n`,
    );
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
