/**
 * `npx tsx bench/guards/eval-threshold-sensitivity.ts [--split dev|test] [--steps -0.1,-0.05,0,0.05,0.1]`: how the
 * injection + jailbreak figures move when ONE head's threshold moves, the others as shipped. The thresholds come
 * from a handful of dev rows (scripts/train-guards.ts), so a figure that collapses a few hundredths away from them
 * is luck, not a property of the model. The classifier's rule lift and discounts follow the threshold, so every
 * step re-scores the rows. Prints recall, all-benign FPR, balanced accuracy and the flagged count of each small
 * benign set (guards/*) per step.
 * `--bootstrap N`: instead, how far the dev-chosen thresholds could have landed: the benign dev rows of each set are
 * resampled with replacement N times and chooseThreshold runs on each resample, as train:guards runs it once (on
 * scores of the heads with thresholds at 0.5, before the jailbreak head's midGap). Prints the spread per head.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights, type LoadedWeights } from '../../src/guards/detectors/weights.js';
import { datasetsDir, loadDatasetRows, type Row } from './eval-data.js';
import { isAttackFlag, isDocumentRow, scoreRows } from './eval-run.js';
import { DEV_FPR_TARGETS, benignSetScores, chooseThreshold } from './eval-thresholds.js';
import { mulberry32 } from '../../src/core/random.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEADS = [
  [0, 'prompt_injection'],
  [2, 'jailbreak'],
] as const;

/** The benign set a row's false positive is counted in: tensor-trust system prompts apart, benign/* together. */
function benignSet(r: Row): string {
  if (r.label === 'system_prompt') return 'tt-sysprompt';
  return r.file.startsWith('benign/') ? 'benign/*' : r.file;
}

export interface Step {
  threshold: number;
  recall: number;
  fpr: number;
  flagged: Map<string, [number, number]>;
}

/** Figures of `rows` with head `h`'s threshold set to `threshold`. */
export function stepAt(base: LoadedWeights, rows: readonly Row[], h: number, threshold: number): Step {
  const w: LoadedWeights = { ...base, threshold: Float64Array.from(base.threshold) };
  w.threshold[h] = threshold;
  const scores = scoreRows(w, rows);
  let a = 0;
  let ah = 0;
  let b = 0;
  let bh = 0;
  const flagged = new Map<string, [number, number]>();
  rows.forEach((r, i) => {
    const hit = isAttackFlag(scores[i]!, w.threshold, isDocumentRow(r));
    if (r.label === 'injection' || r.label === 'jailbreak') {
      a++;
      if (hit) ah++;
      return;
    }
    b++;
    if (hit) bh++;
    const f = flagged.get(benignSet(r)) ?? [0, 0];
    f[1]++;
    if (hit) f[0]++;
    flagged.set(benignSet(r), f);
  });
  return { threshold, recall: ah / a, fpr: bh / b, flagged };
}

/** Thresholds of heads 0 and 2 chosen on `n` resamples of the benign dev rows (seeded, reproducible). */
export function bootstrapThresholds(base: LoadedWeights, devBenign: readonly Row[], n: number): number[][] {
  const w: LoadedWeights = { ...base, threshold: Float64Array.from([0.5, 0.5, 0.5, 0.5]) };
  const sets = [...benignSetScores(devBenign, scoreRows(w, devBenign)).values()];
  const rand = mulberry32(7);
  const out: number[][] = [[], []];
  for (let b = 0; b < n; b++) {
    // One draw of row indices per set, shared by both heads (a resampled row keeps all its scores).
    const draws = sets.map((l) => l[0]!.map(() => Math.floor(rand() * l[0]!.length)));
    HEADS.forEach(([h], k) => {
      const resampled = sets.map((l, j) => draws[j]!.map((i) => l[h]![i]!));
      out[k]!.push(chooseThreshold(resampled, DEV_FPR_TARGETS[h]!));
    });
  }
  return out;
}

function bootstrap(base: LoadedWeights, rows: readonly Row[], n: number): void {
  const benign = rows.filter(
    (r) => r.split === 'dev' && (r.label === 'benign' || r.label === 'system_prompt'),
  );
  const all = bootstrapThresholds(base, benign, n);
  HEADS.forEach(([, name], k) => {
    const v = [...all[k]!].sort((a, b) => a - b);
    const q = (p: number): string => v[Math.min(v.length - 1, Math.floor(p * v.length))]!.toFixed(3);
    process.stdout.write(
      `${name}: ${n} resamples of the benign dev rows, chosen threshold 5% ${q(0.05)} · 25% ${q(0.25)} · median ${q(0.5)} · 75% ${q(0.75)} · 95% ${q(0.95)}\n`,
    );
  });
}

function main(): void {
  const args = process.argv.slice(2);
  const at = (flag: string, d: string): string => (args.includes(flag) ? args[args.indexOf(flag) + 1]! : d);
  const split = at('--split', 'dev');
  const steps = at('--steps', '-0.1,-0.05,0,0.05,0.1').split(',').map(Number);
  const base = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  if (args.includes('--bootstrap'))
    return bootstrap(base, loadDatasetRows(datasetsDir(root)), Number(at('--bootstrap', '200')));
  const rows = loadDatasetRows(datasetsDir(root)).filter((r) => r.split === split && r.label !== 'harmful');
  for (const [h, name] of HEADS) {
    const t0 = base.threshold[h]!;
    process.stdout.write(`\n${name} threshold (shipped ${t0.toFixed(3)}), ${split} split\n`);
    let header = false;
    for (const d of steps) {
      const s = stepAt(base, rows, h, Math.min(0.99, Math.max(0.01, t0 + d)));
      const sets = [...s.flagged.entries()].sort(([x], [y]) => x.localeCompare(y));
      if (!header) {
        process.stdout.write(
          `${'step'.padStart(6)} ${'t'.padStart(6)} recall    FPR bal.acc  ${sets.map(([k, [, n]]) => `${k}(${n})`).join(' ')}\n`,
        );
        header = true;
      }
      process.stdout.write(
        `${d.toFixed(2).padStart(6)} ${s.threshold.toFixed(3).padStart(6)} ${(100 * s.recall).toFixed(1).padStart(5)}% ${(100 * s.fpr).toFixed(2).padStart(5)}% ${((s.recall + 1 - s.fpr) / 2).toFixed(3).padStart(7)}  ${sets.map(([k, [f]]) => String(f).padStart(k.length + 2)).join(' ')}\n`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('eval-threshold-sensitivity.ts')) main();
