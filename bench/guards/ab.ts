/**
 * A/B of the guard engine's CPU per call, readable on a machine other people load, with an equivalence check.
 * A = a committed tree (default HEAD); B = that tree with the working-tree copies of OVERLAY on top (default: the
 * guard engine's own files, src/assistant and src/store/docs-*, NOT src/guards/detectors or models/, so a detector change in
 * progress elsewhere never leaks into either side). Both are bundled and loaded into ONE process; rounds alternate
 * (ABBA) over the same inputs, and each side's thread CPU time is divided by its calls.
 *
 * Inputs: the docs-ingest passages (bench/guards/passages.ts: every 7th document of the assistant bench corpus,
 * scanned per passage through the ingest scan), a 1 MB document and a 2 KB prompt (engine input pipeline).
 * Equivalence: every finding of every passage, of the 1 MB document and of the 2 KB prompt, A vs B (JSON-equal),
 * and B's batch ingest scan (when it has one) vs A's per-passage scan. Any difference: exit code 1.
 *
 * Usage: npx tsx bench/guards/ab.ts [--base REF] [--rounds N] [--stride N] [--overlay "paths"] [--only passages|1mb|2kb]
 */
import { corpusOf, datasetTexts } from './datasets.js';
import { defaultOverlay, loadSide } from './ab-sides.js';
import { loadPassageDocs } from './passages.js';
import { opt } from '../args.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0) || 6;
const stride = Number(opt('--stride') ?? 0) || 7;
const only = opt('--only');
const overlay = opt('--overlay')?.split(' ').filter(Boolean) ?? defaultOverlay();

interface Finding {
  scanner: string;
  start: number;
  end: number;
}
interface Lib {
  parseConfig(yaml: string, file: string): { config: { guards: unknown } };
  ingestScanFromConfig(guards: unknown): (text: string) => Finding[];
  /** B only, when it has a batch scan: findings per passage of one document. */
  ingestBatchScanFromConfig?: (guards: unknown) => (texts: readonly string[]) => Finding[][];
  createGuardEngine(guards: unknown): {
    scan(text: string, ctx: { direction: 'input'; source?: 'document' }): { findings: Finding[] };
  };
}

const EXPORTS = [
  "export { parseConfig } from './src/core/config/index.js';",
  "export { ingestScanFromConfig } from './src/assistant/guard-ingest-scan.js';",
  "export { createGuardEngine } from './src/guards/engine.js';",
  "export { ingestBatchScanFromConfig } from './src/assistant/guard-ingest-batch.js';",
];
const side = (name: 'a' | 'b'): Promise<Lib> =>
  loadSide<Lib>(base, `guards-ab/${name}`, EXPORTS, name === 'b' ? overlay : undefined);

const cpuUs = (): number => {
  const c = process.cpuUsage();
  return c.user + c.system;
};
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number, d = 1): string => n.toFixed(d);
const out = (s: string): void => void process.stdout.write(s + '\n');

const [A, B] = [await side('a'), await side('b')];
const guardsA = A.parseConfig('{}', '<inline>').config.guards;
const guardsB = B.parseConfig('{}', '<inline>').config.guards;
const scanA = A.ingestScanFromConfig(guardsA);
const scanB = B.ingestScanFromConfig(guardsB);
const batchB = B.ingestBatchScanFromConfig?.(guardsB);
const engineA = A.createGuardEngine(A.parseConfig('guards: { timeBudget: 60s }', '<inline>').config.guards);
const engineB = B.createGuardEngine(B.parseConfig('guards: { timeBudget: 60s }', '<inline>').config.guards);

const docs = loadPassageDocs(stride);
const passages = docs.flatMap((d) => d.passages);
const bytes = passages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const rows = datasetTexts('benign/documentation.jsonl');
const doc1m = corpusOf(rows, 1 << 20, 101);
const prompt2k =
  `Please summarise the following notes for my team and list any action items.\n\n${corpusOf(rows, 2048 - 80, 17)}`.slice(
    0,
    2048,
  );
out(
  `A = ${base}; B = ${base} + working tree of: ${overlay.join(' ')}\n` +
    `${docs.length} documents, ${passages.length} passages, ${fmt(bytes / 1e6, 2)} MB (${fmt(bytes / passages.length, 0)} bytes per passage)`,
);

// Equivalence first (also warms both sides up).
let differ = 0;
const show = (what: string, a: unknown, b: unknown): void => {
  if (++differ <= 5) out(`DIFFERENT ${what}:\n  A ${JSON.stringify(a)}\n  B ${JSON.stringify(b)}`);
};
for (const d of docs) {
  const viaBatch = batchB?.(d.passages);
  d.passages.forEach((p, i) => {
    const a = JSON.stringify(scanA(p));
    if (a !== JSON.stringify(scanB(p))) show(`passage ${d.path}#${i}`, a, scanB(p));
    if (viaBatch && a !== JSON.stringify(viaBatch[i])) show(`batch passage ${d.path}#${i}`, a, viaBatch[i]);
  });
}
for (const [what, text] of [
  ['1 MB', doc1m],
  ['2 KB', prompt2k],
] as const) {
  for (const source of [undefined, 'document'] as const) {
    const ctx = source ? { direction: 'input' as const, source } : { direction: 'input' as const };
    const a = engineA.scan(text, ctx).findings;
    const b = engineB.scan(text, ctx).findings;
    if (JSON.stringify(a) !== JSON.stringify(b)) show(`${what} ${source ?? 'user'}`, a, b);
  }
}
out(
  differ === 0
    ? `equivalence: identical findings for every passage${batchB ? ' (per passage and batch)' : ''}, 1 MB and 2 KB`
    : `equivalence: ${differ} DIFFERENCES`,
);

type Side = { a: () => void; b: () => void };
type Work = Side & { name: string; calls: number; mb: number; parts?: Side[] };
/** The passages in slices of ~1,000: A and B alternate slice by slice, so both see the same minute of load. */
const slices: string[][] = [];
for (let i = 0; i < passages.length; i += 1000) slices.push(passages.slice(i, i + 1000));
const docSlices: string[][][] = [];
for (let i = 0, n = 0; i < docs.length; i++) {
  if (n === 0 || n >= 1000) docSlices.push([]);
  if (n >= 1000) n = 0;
  docSlices[docSlices.length - 1]!.push(docs[i]!.passages);
  n += docs[i]!.passages.length;
}
const works: Work[] = [
  {
    name: 'ingest passages (per passage)',
    calls: passages.length,
    mb: bytes / 1e6,
    a: () => {
      for (const p of passages) scanA(p);
    },
    b: () => {
      for (const p of passages) scanB(p);
    },
    parts: slices.map((slice) => ({
      a: () => {
        for (const p of slice) scanA(p);
      },
      b: () => {
        for (const p of slice) scanB(p);
      },
    })),
  },
  ...(batchB
    ? [
        {
          name: 'ingest passages (B batch per document)',
          calls: passages.length,
          mb: bytes / 1e6,
          a: () => {
            for (const p of passages) scanA(p);
          },
          b: () => {
            for (const d of docs) batchB(d.passages);
          },
          parts: docSlices.map((slice) => ({
            a: () => {
              for (const d of slice) for (const p of d) scanA(p);
            },
            b: () => {
              for (const d of slice) batchB(d);
            },
          })),
        },
      ]
    : []),
  {
    name: '1 MB document, input pipeline',
    calls: 3,
    mb: (3 * Buffer.byteLength(doc1m)) / 1e6,
    a: () => {
      for (let i = 0; i < 3; i++) engineA.scan(doc1m, { direction: 'input' });
    },
    b: () => {
      for (let i = 0; i < 3; i++) engineB.scan(doc1m, { direction: 'input' });
    },
  },
  {
    name: '2 KB prompt, input pipeline',
    calls: 2000,
    mb: (2000 * Buffer.byteLength(prompt2k)) / 1e6,
    a: () => {
      for (let i = 0; i < 2000; i++) engineA.scan(prompt2k, { direction: 'input' });
    },
    b: () => {
      for (let i = 0; i < 2000; i++) engineB.scan(prompt2k, { direction: 'input' });
    },
  },
];
const selected = works.filter(
  (w) =>
    !only ||
    (only === 'passages' && w.name.startsWith('ingest')) ||
    (only === '1mb' && w.name.startsWith('1 MB')) ||
    (only === '2kb' && w.name.startsWith('2 KB')),
);
for (const w of selected) {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // ABBA: each side goes first in half of the rounds; within a round, passage work alternates slice by slice.
    const first = r % 2 === 0 ? 'a' : 'b';
    const order = first === 'a' ? (['a', 'b'] as const) : (['b', 'a'] as const);
    let ca = 0;
    let cb = 0;
    for (let k = 0; k < (w.parts?.length ?? 1); k++) {
      for (const s of order) {
        const c0 = cpuUs();
        if (w.parts) w.parts[k]![s]();
        else w[s]();
        if (s === 'a') ca += cpuUs() - c0;
        else cb += cpuUs() - c0;
      }
    }
    ta.push(ca);
    tb.push(cb);
  }
  const ma = median(ta);
  const mb = median(tb);
  const per = (us: number): string =>
    `${fmt(us / w.calls, w.calls > 100 ? 2 : 0)} µs/call, ${fmt(w.mb / (us / 1e6), 2)} MB/CPU-s`;
  const wins = ta.filter((a, i) => tb[i]! < a).length;
  out(
    `${w.name}: A ${per(ma)} | B ${per(mb)} | B/A ${fmt(mb / ma, 3)} (B faster in ${wins}/${rounds} rounds)`,
  );
}
if (differ > 0) process.exitCode = 1;
