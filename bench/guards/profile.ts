/**
 * `tsx bench/guards/profile.ts [--quick]`: CPU time per stage on a 1 MB document and a 2 KB prompt
 * (normaliser, detectors, PII, secrets, whole engine), for profiling work. CPU time of the least disturbed batch,
 * not wall time, so it is usable on a busy machine.
 */
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { denseView } from '../../src/guards/detectors/dense-view.js';
import { scoreBlocks, type BlockSums } from '../../src/guards/detectors/features.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { findEncodedRuns, normalize } from '../../src/guards/normalize/index.js';
import { SCANNERS } from '../../src/guards/registry.js';
import { corpusOf, datasetTexts } from './datasets.js';
import { fmt } from './stats.js';

const docs = datasetTexts('benign/documentation.jsonl');
const corpus = (size: number, offset = 0): string => corpusOf(docs, size, offset);
const quick = process.argv.includes('--quick');

/** Least CPU time per call over several batches: the batch least disturbed by other processes on a shared machine. */
function cpuUs(fn: () => unknown, n: number, batches = quick ? 3 : 7): number {
  // A few calls first, so the batches time optimised code.
  for (let i = 0; i < 3; i++) fn();
  let best = Infinity;
  for (let b = 0; b < batches; b++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < n; i++) fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / n);
  }
  return best;
}
const doc1m = corpus(1 << 20, 101);
const prompt2k =
  `Please summarise the following notes for my team and list any action items.\n\n${corpus(2048 - 80, 17)}`.slice(
    0,
    2048,
  );
const engine = createGuardEngine(guardsSchema.parse({ timeBudget: '60s' }));
const ctx = { direction: 'input' as const };
const out = (s: string) => process.stdout.write(s + '\n');
const n1 = quick ? 2 : 5;
const n2 = quick ? 500 : 3000;
const scannerFn = (id: string) => {
  const def = SCANNERS[id];
  if (!def) throw new Error(`no scanner ${id}`);
  return def.create(def.options.parse({}) as never);
};
const pii = scannerFn('pii');
const secrets = scannerFn('secrets');
const normalized = normalize(doc1m);
const weights = sharedDetector().weights;
const sums: BlockSums = { sums: new Int32Array(256), counts: new Int32Array(64), blocks: 0 };
const stages: [string, () => unknown][] = [
  ['normalise', () => normalize(doc1m)],
  // The base64/hex/url/rot13 run search inside normalize (part of the line above).
  ['  of which encoded-run search (findEncodedRuns)', () => findEncodedRuns(doc1m)],
  // A fresh runtime per call: the shared one caches the last text.
  ['detectors (3 heads + rule layer)', () => createDetectorRuntime(weights)(normalized)],
  // The detectors' n-gram hashing alone (part of the line above).
  ['  of which n-gram scorer (scoreBlocks)', () => scoreBlocks(normalized.text, weights.packed, sums)],
  // The text the windows see, padding squeezed out (part of the detectors line).
  ['  of which dense view (denseView)', () => denseView(normalized.text)],
  ['pii', () => pii(normalized, ctx)],
  ['secrets', () => secrets(normalized, ctx)],
];
const mb = doc1m.length / (1 << 20);
let sum = 0;
for (const [name, fn] of stages) {
  const ms = cpuUs(fn, n1) / 1000;
  if (!name.startsWith(' ')) sum += ms;
  out(`1 MB ${name}: ${fmt(ms)} ms CPU (${fmt(mb / (ms / 1000))} MB/s)`);
}
const whole = cpuUs(() => engine.scan(doc1m, ctx), n1) / 1000;
out(
  `1 MB stages summed: ${fmt(sum)} ms; whole engine: ${fmt(whole)} ms CPU = ${fmt(mb / (whole / 1000))} MB/s`,
);
const per = new Map<string, number>();
for (let i = 0; i < n1; i++)
  for (const t of engine.scan(doc1m, ctx).timings)
    per.set(t.scanner, (per.get(t.scanner) ?? 0) + t.elapsedUs / n1);
out('  per scanner, wall ms: ' + [...per].map(([k, v]) => `${k} ${fmt(v / 1000)}`).join(' · '));
out(`normalize 2 KB: ${fmt(cpuUs(() => normalize(prompt2k), n2))} µs CPU`);
out(`engine 2 KB: ${fmt(cpuUs(() => engine.scan(prompt2k, ctx), n2))} µs CPU`);
const per2 = new Map<string, number>();
for (let i = 0; i < n2; i++)
  for (const t of engine.scan(prompt2k, ctx).timings)
    per2.set(t.scanner, (per2.get(t.scanner) ?? 0) + t.elapsedUs / n2);
out('  per scanner, wall µs: ' + [...per2].map(([k, v]) => `${k} ${fmt(v)}`).join(' · '));

// Docs-ingest passages (bench/guards/passages.ts): per-call cost, where the per-text overhead shows.
if (process.argv.includes('--passages')) {
  const { loadPassageDocs } = await import('./passages.js');
  const { ingestScanFromConfig } = await import('../../src/assistant/guard-ingest-scan.js');
  const passages = loadPassageDocs(7).flatMap((d) => d.passages);
  const bytes = passages.reduce((n, p) => n + p.length, 0);
  const ingest = ingestScanFromConfig(guardsSchema.parse({}));
  const docCtx = { direction: 'input' as const, source: 'document' as const };
  const norms = passages.map((p) => normalize(p));
  const runtime = createDetectorRuntime(weights);
  const perPassage: [string, () => unknown][] = [
    ['normalise', () => passages.forEach((p) => normalize(p))],
    ['  of which encoded-run search (findEncodedRuns)', () => passages.forEach((p) => findEncodedRuns(p))],
    ['detectors (3 heads + rule layer)', () => norms.forEach((t) => runtime(t))],
    [
      '  of which n-gram scorer (scoreBlocks)',
      () => norms.forEach((t) => scoreBlocks(t.text, weights.packed, sums)),
    ],
    ['pii', () => norms.forEach((t) => pii(t, docCtx))],
    ['secrets', () => norms.forEach((t) => secrets(t, docCtx))],
    ['engine (input, document)', () => passages.forEach((p) => engine.scan(p, docCtx))],
    ['ingest scan (engine + basic rules)', () => passages.forEach((p) => ingest(p))],
  ];
  out(`${passages.length} passages, ${(bytes / passages.length).toFixed(0)} chars each on average`);
  for (const [name, fn] of perPassage) {
    const us = cpuUs(fn, 1, quick ? 2 : 4) / passages.length;
    out(`passage ${name}: ${fmt(us)} µs CPU (${fmt(bytes / passages.length / us)} MB/s)`);
  }
}
