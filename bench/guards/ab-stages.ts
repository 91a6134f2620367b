/**
 * A/B of single engine stages — the normaliser, the PII and secrets scanners (on the normalised text, as in the
 * engine), the detectors' n-gram scorer (scoreBlocks) and their rule layer (matchRules) — where ab.ts times the
 * whole engine. A = a committed tree, B = it plus the working copies of OVERLAY (bench/guards/ab-sides.ts); both
 * bundled into ONE process, ABBA rounds, thread CPU time per call, medians. Inputs: the 1 MB benchmark document and
 * the docs-ingest passages. Outputs are compared first (normalised text, decoded runs, hidden spans, offsets;
 * block sums and counts; PII and secrets findings; rule hits): any difference exits 1.
 *
 * Usage: npx tsx bench/guards/ab-stages.ts [--base REF] [--rounds N] [--overlay "paths"] [--only WORD] (WORD picks
 * the stages whose name contains it, e.g. --only pii)
 */
import { opt } from '../args.js';
import { abba, cpuNowUs, defaultOverlay, defaultScanner, loadSides } from './ab-sides.js';
import { corpusOf, datasetTexts } from './datasets.js';
import { loadPassageDocs } from './passages.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0) || 6;
const overlay = opt('--overlay')?.split(' ').filter(Boolean) ?? defaultOverlay();
const only = opt('--only');

interface Normalized {
  text: string;
  decoded: unknown[];
  hidden: unknown[];
  toOriginal(o: number): number;
}
interface Sums {
  sums: Int32Array;
  counts: Int32Array;
  blocks: number;
}
type Scan = (t: Normalized, ctx: { direction: 'input'; source?: 'document' }) => unknown[];
interface Lib {
  normalize(text: string): Normalized;
  SCANNERS: Record<string, { create(opts: never): Scan; options: { parse(o: unknown): unknown } }>;
  scoreBlocks(text: string, packed: Int32Array, out: Sums): void;
  sharedDetector(): { weights: { packed: Int32Array } };
  matchRules(text: string): unknown;
}
const EXPORTS = [
  "export { normalize } from './src/guards/normalize/index.js';",
  "export { scoreBlocks } from './src/guards/detectors/features.js';",
  "export { sharedDetector } from './src/guards/detectors/model-file.js';",
  "export { SCANNERS } from './src/guards/registry.js';",
  "export { matchRules } from './src/guards/detectors/rules.js';",
];
const [A, B] = await loadSides<Lib>(base, 'guards-ab-stages', EXPORTS, overlay);
const out = (s: string): void => void process.stdout.write(s + '\n');
const doc1m = corpusOf(datasetTexts('benign/documentation.jsonl'), 1 << 20, 101);
const passages = loadPassageDocs(7).flatMap((d) => d.passages);
out(
  `A = ${base}; B = ${base} + working tree of: ${overlay.join(' ')}\n${passages.length} passages + 1 MB document`,
);

const packedA = A.sharedDetector().weights.packed;
const packedB = B.sharedDetector().weights.packed;
const sumsA: Sums = { sums: new Int32Array(4), counts: new Int32Array(1), blocks: 0 };
const sumsB: Sums = { sums: new Int32Array(4), counts: new Int32Array(1), blocks: 0 };
const shape = (n: Normalized, len: number): string => {
  const offsets: number[] = [];
  for (let o = 0; o <= n.text.length; o += Math.max(1, Math.floor(n.text.length / 64)))
    offsets.push(n.toOriginal(o));
  return JSON.stringify([n.text, n.decoded, n.hidden, offsets, len]);
};
const sums = (s: Sums): string =>
  `${s.blocks}:${s.sums.subarray(0, 4 * s.blocks).join()}:${s.counts.subarray(0, s.blocks).join()}`;
const scanner = (lib: Lib, id: string): Scan => defaultScanner(lib.SCANNERS, id);
const [piiA, piiB, secretsA, secretsB] = [
  scanner(A, 'pii'),
  scanner(B, 'pii'),
  scanner(A, 'secrets'),
  scanner(B, 'secrets'),
];
const docCtx = { direction: 'input', source: 'document' } as const;
let differ = 0;
for (const text of [doc1m, ...passages]) {
  const [na, nb] = [A.normalize(text), B.normalize(text)];
  if (shape(na, text.length) !== shape(nb, text.length)) differ++;
  if (JSON.stringify(piiA(na, docCtx)) !== JSON.stringify(piiB(nb, docCtx))) differ++;
  if (JSON.stringify(secretsA(na, docCtx)) !== JSON.stringify(secretsB(nb, docCtx))) differ++;
  A.scoreBlocks(text, packedA, sumsA);
  B.scoreBlocks(text, packedB, sumsB);
  if (sums(sumsA) !== sums(sumsB)) differ++;
  if (JSON.stringify(A.matchRules(na.text)) !== JSON.stringify(B.matchRules(nb.text))) differ++;
}
out(
  differ === 0
    ? 'equivalence: identical normalised texts, PII and secrets findings, block sums and rule hits'
    : `equivalence: ${differ} DIFFERENCES`,
);
if (differ > 0) process.exitCode = 1;

// Scanners get the normalised text as in the engine; each side its own (the same, as checked above).
// Two documents in turn: the PII and secrets scanners cache their work on the last text (the folded copy, the digit
// runs), which the engine's first call on a text pays.
const doc1mOther = corpusOf(datasetTexts('benign/documentation.jsonl'), 1 << 20, 17);
const nDocsA = [A.normalize(doc1m), A.normalize(doc1mOther)];
const nDocsB = [B.normalize(doc1m), B.normalize(doc1mOther)];
let turnA = 0;
let turnB = 0;
const nPassA = passages.map((p) => A.normalize(p));
const nPassB = passages.map((p) => B.normalize(p));
const stages: { name: string; unit: string; calls: number; a: () => void; b: () => void }[] = [
  { name: 'normalise, 1 MB', unit: 'ms', calls: 3, a: () => A.normalize(doc1m), b: () => B.normalize(doc1m) },
  {
    name: 'rule layer (matchRules), 1 MB',
    unit: 'ms',
    calls: 2,
    a: () => A.matchRules(nDocsA[turnA++ % 2]!.text),
    b: () => B.matchRules(nDocsB[turnB++ % 2]!.text),
  },
  {
    name: 'rule layer (matchRules), per passage',
    unit: 'µs',
    calls: passages.length,
    a: () => nPassA.forEach((n) => A.matchRules(n.text)),
    b: () => nPassB.forEach((n) => B.matchRules(n.text)),
  },
  {
    name: 'normalise, per passage',
    unit: 'µs',
    calls: passages.length,
    a: () => passages.forEach((p) => A.normalize(p)),
    b: () => passages.forEach((p) => B.normalize(p)),
  },
  {
    name: 'pii, 1 MB',
    unit: 'ms',
    calls: 2,
    a: () => piiA(nDocsA[turnA++ % 2]!, docCtx),
    b: () => piiB(nDocsB[turnB++ % 2]!, docCtx),
  },
  {
    name: 'pii, per passage',
    unit: 'µs',
    calls: passages.length,
    a: () => nPassA.forEach((n) => piiA(n, docCtx)),
    b: () => nPassB.forEach((n) => piiB(n, docCtx)),
  },
  {
    name: 'secrets, 1 MB',
    unit: 'ms',
    calls: 2,
    a: () => secretsA(nDocsA[turnA++ % 2]!, docCtx),
    b: () => secretsB(nDocsB[turnB++ % 2]!, docCtx),
  },
  {
    name: 'secrets, per passage',
    unit: 'µs',
    calls: passages.length,
    a: () => nPassA.forEach((n) => secretsA(n, docCtx)),
    b: () => nPassB.forEach((n) => secretsB(n, docCtx)),
  },
  {
    // Two documents in turn, as for PII: every engine scan hands the scorer a new string, so a per-text cache
    // (the lower-cased copy it used to make) must not hide the first call's work.
    name: 'n-gram scorer, 1 MB',
    unit: 'ms',
    calls: 4,
    a: () => A.scoreBlocks(nDocsA[turnA++ % 2]!.text, packedA, sumsA),
    b: () => B.scoreBlocks(nDocsB[turnB++ % 2]!.text, packedB, sumsB),
  },
  {
    name: 'n-gram scorer, per passage',
    unit: 'µs',
    calls: passages.length,
    a: () => passages.forEach((p) => A.scoreBlocks(p, packedA, sumsA)),
    b: () => passages.forEach((p) => B.scoreBlocks(p, packedB, sumsB)),
  },
];
for (const s of stages) {
  if (only !== undefined && !s.name.includes(only)) continue;
  const per = s.calls === passages.length ? 1 : s.calls;
  const time = (fn: () => void): number => {
    const t = cpuNowUs();
    for (let i = 0; i < per; i++) fn();
    return (cpuNowUs() - t) / s.calls / (s.unit === 'ms' ? 1000 : 1);
  };
  const { a, b, wins } = abba(
    rounds,
    () => time(s.a),
    () => time(s.b),
  );
  out(
    `${s.name}: A ${a.toFixed(2)} ${s.unit} | B ${b.toFixed(2)} ${s.unit} | B/A ${(b / a).toFixed(3)} (B faster in ${wins}/${rounds} rounds)`,
  );
}
