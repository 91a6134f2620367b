/**
 * A/B of the detectors' rule layer (matchRules) and the concept features that share its lexicon scan, on long texts
 * of several kinds: A = a committed tree, B = it plus the working copies of OVERLAY (ab-sides.ts), both in ONE
 * process. First the results are compared, then (with --rounds N > 0) CPU per 1 MB text is timed in ABBA rounds.
 *
 * Equivalence, A vs B, JSON-equal:
 *  - matchRules on 1 MB documents of five kinds (documentation, code, multilingual, BIPIA e-mails, Presidio PII
 *    rows), normalised, in the engine's order (the concept features first: the whole text's scan is then shared)
 *    and alone;
 *  - every dataset row (raw and normalised) padded into those fillers at the piece boundaries (7680, 8192, 15360,
 *    16384, a few units either side) and at random offsets, with units that behave differently in pieces and in
 *    the whole text placed at the boundaries (İ, Σ, surrogate pairs, accents, ’, vowel marks, spaced letters);
 *  - the concept features of each 1 MB document.
 * Any difference: exit code 1.
 *
 * Usage: npx tsx bench/guards/rules-ab.ts [--base REF] [--rounds N] [--rows N] [--overlay "paths"]
 */
import { opt } from '../args.js';
import { loadSide } from './ab-sides.js';
import { corpusOf, datasetTexts } from './datasets.js';
import { loadDatasetRows } from './eval-data.js';
import { datasetsDir } from './datasets.js';
import { mulberry32 } from '../../src/core/random.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0);
const maxRows = Number(opt('--rows') ?? 0) || Infinity;
const overlay = opt('--overlay')?.split(' ').filter(Boolean) ?? ['src/guards/detectors', 'src/guards/wasm'];

interface Lib {
  normalize(text: string): { text: string };
  matchRules(text: string): unknown;
  conceptFeatures(text: string): number;
}
const EXPORTS = [
  "export { normalize } from './src/guards/normalize/index.js';",
  "export { matchRules } from './src/guards/detectors/rules.js';",
  "export { conceptFeatures } from './src/guards/detectors/concept-features.js';",
];
const [A, B] = [
  await loadSide<Lib>(base, 'guards-rules-ab/a', EXPORTS),
  await loadSide<Lib>(base, 'guards-rules-ab/b', EXPORTS, overlay),
];
const out = (s: string): void => void process.stdout.write(s + '\n');
out(`A = ${base}; B = ${base} + working tree of: ${overlay.join(' ')}`);

const FILES: Record<string, string> = {
  docs: 'benign/documentation.jsonl',
  code: 'benign/code_technical.jsonl',
  multi: 'benign/multilingual.jsonl',
  bipia: 'guards/bipia-indirect.jsonl',
  presidio: 'guards/presidio-synth-pii-dev.jsonl',
};
const docs = Object.entries(FILES).map(([kind, file]) => {
  const rows = datasetTexts(file);
  return { kind, texts: [101, 17].map((o) => A.normalize(corpusOf(rows, 1 << 20, o)).text) };
});

let differ = 0;
let compared = 0;
const same = (what: string, a: unknown, b: unknown): void => {
  compared++;
  const [ja, jb] = [JSON.stringify(a), JSON.stringify(b)];
  if (ja === jb) return;
  if (differ++ < 10) out(`DIFFERENT ${what}:\n  A ${ja.slice(0, 300)}\n  B ${jb.slice(0, 300)}`);
};
/** Engine order: the concept features scan the whole text first; then the rule layer. */
const engineOrder = (lib: Lib, text: string): unknown => {
  lib.conceptFeatures(text);
  return lib.matchRules(text);
};
const alone = (lib: Lib, text: string): unknown => {
  // A text scanned last by neither side: nothing cached.
  lib.conceptFeatures('reset');
  return lib.matchRules(text);
};

for (const { kind, texts } of docs) {
  for (const text of texts) {
    same(`${kind} 1 MB features`, A.conceptFeatures(text), B.conceptFeatures(text));
    same(`${kind} 1 MB engine order`, engineOrder(A, text), engineOrder(B, text));
    same(`${kind} 1 MB alone`, alone(A, text), alone(B, text));
  }
}

// Units whose lower case or folding depends on context or changes the length, and marks the pieces treat specially.
const TRICKY = [
  'İ',
  'Σ',
  'ΑΣ ',
  '𐐀',
  '\ud801',
  '\udc00',
  'é',
  'Ł',
  '’',
  'ׁ',
  'ّ',
  ' i g n o r e ',
  'K',
  'Å',
  'ẞ',
];
const BOUNDARIES = [7680, 8192, 15360, 16384];
const random = mulberry32(7);
const rows = loadDatasetRows(datasetsDir()).filter((r) => r.label !== 'benign');
const picked = rows.filter((_, i) => i % Math.max(1, Math.ceil(rows.length / maxRows)) === 0);
let long = 0;
picked.forEach((row, i) => {
  const filler = docs[i % docs.length]!.texts[0]!.slice(0, 40_000);
  const raw = i % 2 === 0 ? row.text : A.normalize(row.text).text;
  const boundary = BOUNDARIES[i % BOUNDARIES.length]!;
  const offsets = [
    boundary - raw.length - 1,
    boundary - Math.floor(raw.length / 2),
    boundary + (i % 5) - 2,
    Math.floor(random() * 30_000),
  ];
  for (const at of offsets) {
    if (at < 0) continue;
    const trick = TRICKY[i % TRICKY.length]!;
    const cut = BOUNDARIES[(i + 1) % BOUNDARIES.length]! - (i % 3);
    let text = filler.slice(0, at) + ' ' + raw + ' ' + filler.slice(at, 30_000);
    text = text.slice(0, cut) + trick + text.slice(cut);
    long++;
    const what = `row ${row.file}/${row.id} at ${at} (${JSON.stringify(trick)} at ${cut})`;
    const [a, b] = [engineOrder(A, text), engineOrder(B, text)];
    // Where A's engine order disagrees with A alone (the reuse of the whole scan was inexact), say so.
    if (JSON.stringify(a) !== JSON.stringify(b) && JSON.stringify(alone(A, text)) === JSON.stringify(b))
      out(`${what}: B equals A alone`);
    same(`${what} engine order`, a, b);
    same(`${what} alone`, alone(A, text), alone(B, text));
  }
});
out(
  differ === 0
    ? `equivalence: ${compared} results identical (10 documents of 1 MB, ${long} long texts from ${picked.length} rows)`
    : `equivalence: ${differ} of ${compared} DIFFERENT`,
);
if (differ > 0) process.exitCode = 1;

if (rounds > 0) {
  const cpuUs = (): number => {
    const c = process.cpuUsage();
    return c.user + c.system;
  };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const { kind, texts } of docs) {
    // The two documents of a kind in turn: the lexicon scan and the lower-cased copy are cached per text.
    let turn = 0;
    const time = (lib: Lib): number => {
      const t = cpuUs();
      for (let k = 0; k < 2; k++) engineOrder(lib, texts[turn++ % 2]!);
      return (cpuUs() - t) / 2000;
    };
    time(A);
    time(B);
    const as: number[] = [];
    const bs: number[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        as.push(time(A));
        bs.push(time(B));
      } else {
        bs.push(time(B));
        as.push(time(A));
      }
    }
    const wins = as.filter((a, i) => bs[i]! < a).length;
    const [a, b] = [median(as), median(bs)];
    out(
      `${kind} 1 MB, concept features + rule layer: A ${a.toFixed(2)} ms | B ${b.toFixed(2)} ms | B/A ${(b / a).toFixed(3)} (B faster in ${wins}/${rounds})`,
    );
  }
}
