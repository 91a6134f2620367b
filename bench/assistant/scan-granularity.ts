/**
 * `npx tsx bench/assistant/scan-granularity.ts [--quick]`: would scanning each document once with the guard engine,
 * and attributing findings to passages by span, decide the same as scanning every passage (what ingest does)?
 *
 * For each document: (a) every passage judged on its own scan (ingest's judgeChunk); (b) the passages joined by blank
 * lines, scanned once, each finding given to every passage its span overlaps (clipped, in passage coordinates), then
 * the same judgeChunk on those findings. Prints, over this repository's docs/ and a sample of the bench corpus, how
 * many passages get a different decision (quarantined, rejected, redacted text, flags) and the CPU time of each way.
 * Spans from regex scanners (PII, secrets) carry over; the trained detectors report one best window per head per
 * text, and their windows straddle passages, so (b) misses passages (a) quarantines. Not used by ingest.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chunkDocument } from '../../src/assistant/chunk.js';
import { ingestScanFromConfig } from '../../src/assistant/guard-ingest-scan.js';
import { judgeChunk, type ChunkVerdict } from '../../src/assistant/ingest-policy.js';
import { parseMarkdown } from '../../src/assistant/parse-markdown.js';
import { walkSources } from '../../src/assistant/walk.js';
import { parseConfig } from '../../src/core/config/index.js';
import type { Finding } from '../../src/guards/types.js';
import { buildCorpus } from './corpus.js';

const QUICK = process.argv.includes('--quick');
const repo = resolve(import.meta.dirname, '../..');
const scan = ingestScanFromConfig(parseConfig('{}', '<inline>').config.guards);
const policy = { pii: 'redact', secrets: 'reject' } as const;
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

interface Tally {
  files: number;
  passages: number;
  differ: number;
  quarantinedPerPassage: number;
  quarantinedWholeDoc: number;
  quarantinedBoth: number;
  rejectedPerPassage: number;
  rejectedWholeDoc: number;
  redactedPerPassage: number;
  redactedWholeDoc: number;
  cpuPerPassageMs: number;
  cpuWholeDocMs: number;
}

const key = (v: ChunkVerdict) =>
  JSON.stringify([!!v.quarantine, v.reject !== null, v.chunk?.text, v.chunk?.heading, v.chunk?.flags]);

function compare(files: readonly string[]): Tally {
  const t: Tally = {
    files: files.length,
    passages: 0,
    differ: 0,
    quarantinedPerPassage: 0,
    quarantinedWholeDoc: 0,
    quarantinedBoth: 0,
    rejectedPerPassage: 0,
    rejectedWholeDoc: 0,
    redactedPerPassage: 0,
    redactedWholeDoc: 0,
    cpuPerPassageMs: 0,
    cpuWholeDocMs: 0,
  };
  for (const file of files) {
    const chunks = chunkDocument(parseMarkdown(readFileSync(file, 'utf8'), file), file, 'h');
    let c0 = cpuMs();
    const each = chunks.map((c) => judgeChunk(c, scan, policy));
    t.cpuPerPassageMs += cpuMs() - c0;
    c0 = cpuMs();
    const texts = chunks.map((c) => `${c.heading}\n${c.text}`);
    const starts: number[] = [];
    let at = 0;
    for (const text of texts) {
      starts.push(at);
      at += text.length + 2;
    }
    const per: Finding[][] = texts.map(() => []);
    for (const f of scan(texts.join('\n\n'))) {
      texts.forEach((text, i) => {
        const s = starts[i] as number;
        const e = s + text.length;
        if (f.end > s && f.start < e)
          per[i]?.push({ ...f, start: Math.max(f.start, s) - s, end: Math.min(f.end, e) - s });
      });
    }
    const whole = chunks.map((c, i) => judgeChunk(c, () => per[i] ?? [], policy));
    t.cpuWholeDocMs += cpuMs() - c0;
    each.forEach((a, i) => {
      const b = whole[i] as ChunkVerdict;
      t.passages++;
      if (key(a) !== key(b)) t.differ++;
      if (a.quarantine) t.quarantinedPerPassage++;
      if (b.quarantine) t.quarantinedWholeDoc++;
      if (a.quarantine && b.quarantine) t.quarantinedBoth++;
      if (a.reject) t.rejectedPerPassage++;
      if (b.reject) t.rejectedWholeDoc++;
      if (a.chunk?.text.includes('[REDACTED:')) t.redactedPerPassage++;
      if (b.chunk?.text.includes('[REDACTED:')) t.redactedWholeDoc++;
    });
  }
  t.cpuPerPassageMs = Math.round(t.cpuPerPassageMs);
  t.cpuWholeDocMs = Math.round(t.cpuWholeDocMs);
  return t;
}

const work = mkdtempSync(join(tmpdir(), 'bastion-scan-granularity-'));
try {
  const docs = walkSources([join(repo, 'docs')], () => false).files.filter((f) => f.endsWith('.md'));
  console.log('docs/ of this repository:', compare(docs));
  // The bench's corpus (run.ts): man pages up to the document target, then every npm Markdown file.
  const npm = buildCorpus(join(work, 'probe'), repo, 0).length;
  buildCorpus(join(work, 'corpus'), repo, (QUICK ? 1500 : 10_500) - npm);
  const corpus = walkSources([join(work, 'corpus')], () => false).files;
  // Every 5th document (every 25th with --quick): a spread over man sections and npm READMEs.
  const sample = corpus.filter((_, i) => i % (QUICK ? 25 : 5) === 0);
  console.log('bench corpus sample:', compare(sample));
} finally {
  rmSync(work, { recursive: true, force: true });
}
