/**
 * A/B of the 1 MB path on every kind of text in texts-1mb.ts (prose, code, multilingual, a JSONL dump, base64 mail,
 * PII rows, e-mails), where ab.ts and ab-stages.ts time the documentation text only: a speed-up for one kind must
 * not slow another. A = a committed tree, B = it plus the working copies of OVERLAY (ab-sides.ts); both bundled into
 * ONE process, ABBA rounds, CPU time per call, medians. Per kind: the normaliser, the detectors (three heads and
 * the rule layer, a fresh runtime per call), the PII and secrets scanners on the normalised text, and the whole
 * input pipeline; A's columns are also the stage split of that kind. Each call alternates the kind's two variants,
 * so caches of the last text never serve it. Equivalence first: every finding of the input pipeline (user and
 * document source) and the normalised text, offsets, decoded and hidden runs of every text; a difference exits 1.
 *
 * Usage: npx tsx bench/guards/ab-texts.ts [--base REF] [--rounds N] [--overlay "paths"] [--kinds docs,code,…]
 *   [--stages normalise,pii,…]
 */
import { opt } from '../args.js';
import { abba, cpuNowUs, defaultOverlay, defaultScanner, loadSides } from './ab-sides.js';
import { TEXT_KINDS, texts1mb, type TextKind } from './texts-1mb.js';

const base = opt('--base') ?? 'HEAD';
const rounds = Number(opt('--rounds') ?? 0) || 6;
const overlay = opt('--overlay')?.split(' ').filter(Boolean) ?? defaultOverlay();
const kinds = (opt('--kinds')?.split(',') ?? TEXT_KINDS) as TextKind[];
const stageNames = opt('--stages')?.split(',');

interface Normalized {
  text: string;
  decoded: unknown[];
  hidden: unknown[];
  toOriginal(o: number): number;
}
type Ctx = { direction: 'input'; source?: 'document' };
type Scan = (t: Normalized, ctx: Ctx) => unknown[];
interface Lib {
  normalize(text: string): Normalized;
  SCANNERS: Record<string, { create(opts: never): Scan; options: { parse(o: unknown): unknown } }>;
  guardsSchema: { parse(o: unknown): unknown };
  createGuardEngine(guards: unknown): { scan(text: string, ctx: Ctx): { findings: unknown[] } };
  createDetectorRuntime(weights: unknown): (t: Normalized) => unknown;
  sharedDetector(): { weights: unknown };
}
const EXPORTS = [
  "export { normalize } from './src/guards/normalize/index.js';",
  "export { SCANNERS } from './src/guards/registry.js';",
  "export { guardsSchema } from './src/core/config/guards-schema.js';",
  "export { createGuardEngine } from './src/guards/engine.js';",
  "export { createDetectorRuntime } from './src/guards/detectors/classifier.js';",
  "export { sharedDetector } from './src/guards/detectors/model-file.js';",
];
const [A, B] = await loadSides<Lib>(base, 'guards-ab-texts', EXPORTS, overlay);
const out = (s: string): void => void process.stdout.write(s + '\n');
out(`A = ${base}; B = ${base} + working tree of: ${overlay.join(' ')}`);

const variants = [texts1mb(0), texts1mb(1)];
const engine = (lib: Lib) => lib.createGuardEngine(lib.guardsSchema.parse({ timeBudget: '600s' }));
const scanner = (lib: Lib, id: string): Scan => defaultScanner(lib.SCANNERS, id);
const sides = [A, B].map((lib) => ({
  lib,
  engine: engine(lib),
  pii: scanner(lib, 'pii'),
  secrets: scanner(lib, 'secrets'),
  weights: lib.sharedDetector().weights,
}));

const shape = (n: Normalized, len: number): string => {
  const offsets: number[] = [];
  for (let o = 0; o <= n.text.length; o += Math.max(1, Math.floor(n.text.length / 256)))
    offsets.push(n.toOriginal(o));
  return JSON.stringify([n.text, n.decoded, n.hidden, offsets, len]);
};
let differ = 0;
for (const kind of kinds) {
  for (const v of variants) {
    const text = v[kind];
    const [a, b] = sides;
    if (shape(a!.lib.normalize(text), text.length) !== shape(b!.lib.normalize(text), text.length)) {
      differ++;
      out(`DIFFERENT normalised text: ${kind}`);
    }
    for (const source of [undefined, 'document'] as const) {
      const ctx: Ctx = source ? { direction: 'input', source } : { direction: 'input' };
      if (
        JSON.stringify(a!.engine.scan(text, ctx).findings) !==
        JSON.stringify(b!.engine.scan(text, ctx).findings)
      ) {
        differ++;
        out(`DIFFERENT findings: ${kind} ${source ?? 'user'}`);
      }
    }
  }
}
out(
  differ === 0
    ? `equivalence: identical on ${kinds.join(', ')} (2 variants each)`
    : `equivalence: ${differ} DIFFERENCES`,
);
if (differ > 0) process.exitCode = 1;

const ctx: Ctx = { direction: 'input' };

type Side = (typeof sides)[number];
/** One call of a stage on variant `v` of a kind (the scanners get that variant's text normalised by their side). */
const STAGES: Record<string, (s: Side, text: string, n: Normalized) => unknown> = {
  normalise: (s, text) => s.lib.normalize(text),
  detectors: (s, _t, n) => s.lib.createDetectorRuntime(s.weights)(n),
  pii: (s, _t, n) => s.pii(n, ctx),
  secrets: (s, _t, n) => s.secrets(n, ctx),
  engine: (s, text) => s.engine.scan(text, ctx),
};
const names = Object.keys(STAGES).filter((n) => stageNames === undefined || stageNames.includes(n));
const load = (await import('node:os')).loadavg()[0]!;
out(
  `load average ${load.toFixed(1)}; CPU ms per 1 MB call, median of ${rounds} ABBA rounds of 2 calls per side`,
);
out(`| kind | stage | A ms | B ms | B/A | B faster |`);
out(`|---|---|---:|---:|---:|---:|`);
for (const kind of kinds) {
  const texts = variants.map((v) => v[kind]);
  const norm = sides.map((s) => texts.map((t) => s.lib.normalize(t)));
  for (const name of names) {
    const stage = STAGES[name]!;
    const time = (k: 0 | 1): number => {
      const s = sides[k]!;
      const t = cpuNowUs();
      for (let v = 0; v < 2; v++) stage(s, texts[v]!, norm[k]![v]!);
      return (cpuNowUs() - t) / 2 / 1000;
    };
    const { a, b, wins } = abba(
      rounds,
      () => time(0),
      () => time(1),
    );
    out(
      `| ${kind} | ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${(b / a).toFixed(3)} | ${wins}/${rounds} |`,
    );
  }
}
out(`load average at the end ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
