/**
 * `npx tsx bench/guards/eval-harm-auc.ts`: how well the trained harmful_intent HEAD alone (before the harm-topic gate)
 * separates harmful requests from benign look-alikes, as ROC AUC (the probability that a random harmful row scores
 * above a random benign one): on the DEV half of the gate's own rows (train-data/harm-dev*.ts; never trained on),
 * on the everyday-requests development set, and on the dev split of the shared datasets (harmful rows against the
 * benign rows that name a harm topic are not separated here: every benign row counts). Also the gated scanner's
 * AUC (head + harm-topic gate, harm-topics.ts) for comparison. Rates only, no rows printed.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { gatedHarmProbability } from '../../src/guards/detectors/harm-topics.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { datasetsDir, loadDatasetRows } from './eval-data.js';
import { EVERYDAY_BENIGN, EVERYDAY_HARMFUL } from './eval-everyday-requests.js';
import { harmDevRows } from './train-data/harm-dev.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** ROC AUC by the rank-sum formula, ties counted half. */
export function auc(pos: readonly number[], neg: readonly number[]): number {
  const all = [...pos.map((s) => ({ s, p: 1 })), ...neg.map((s) => ({ s, p: 0 }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const mid = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (all[k]!.p === 1) rankSum += mid;
    i = j;
  }
  return (rankSum - (pos.length * (pos.length + 1)) / 2) / (pos.length * neg.length);
}

function main(): void {
  const weights = sharedDetector().weights;
  const run = createDetectorRuntime(weights);
  const score = (text: string): [number, number] => {
    const t = normalize(text);
    const h = run(t).heads[3]!;
    return [h.score, gatedHarmProbability(t, h, weights)];
  };
  const report = (name: string, pos: readonly string[], neg: readonly string[]): void => {
    const p = pos.map(score);
    const n = neg.map(score);
    const head = auc(
      p.map((s) => s[0]),
      n.map((s) => s[0]),
    );
    const gated = auc(
      p.map((s) => s[1]),
      n.map((s) => s[1]),
    );
    process.stdout.write(
      `${name.padEnd(46)} ${String(pos.length).padStart(5)} ${String(neg.length).padStart(5)} ${head.toFixed(3).padStart(7)} ${gated.toFixed(3).padStart(7)}\n`,
    );
  };
  process.stdout.write(
    `${'set'.padEnd(46)} ${'harm'.padStart(5)} ${'benign'.padStart(5)} ${'head'.padStart(7)} ${'gated'.padStart(7)}\n`,
  );
  const dev = harmDevRows().filter((r) => r.split === 'dev');
  report(
    'harm-dev DEV half (look-alikes), all languages',
    dev.filter((r) => r.label === 'harmful').map((r) => r.text),
    dev.filter((r) => r.label === 'benign').map((r) => r.text),
  );
  report(
    'harm-dev DEV half, English',
    dev.filter((r) => r.label === 'harmful' && r.lang === 'en').map((r) => r.text),
    dev.filter((r) => r.label === 'benign' && r.lang === 'en').map((r) => r.text),
  );
  report(
    'everyday requests (development set)',
    Object.values(EVERYDAY_HARMFUL).flat(),
    Object.values(EVERYDAY_BENIGN).flat(),
  );
  const rows = loadDatasetRows(datasetsDir(root)).filter((r) => r.split === 'dev');
  report(
    'shared datasets dev split: harmful vs benign',
    rows.filter((r) => r.label === 'harmful').map((r) => r.text),
    rows.filter((r) => r.label === 'benign').map((r) => r.text),
  );
}

main();
