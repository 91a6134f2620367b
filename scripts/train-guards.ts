/**
 * `npm run train:guards`: trains the prompt-injection, jailbreak and harmful-intent heads from the shared datasets
 * and writes models/guards-detectors.json and models/MODEL_CARD.md. Deterministic: fixed split (hash of each row's
 * group key), fixed seed, fixed example order. Thresholds are chosen on the dev split; the test split is only
 * used for the figures in the model card. `-- --card-only` rewrites the card from the shipped weights (no training).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FEATURE_VERSION, HASH_BITS } from '../src/guards/detectors/features.js';
import { trainHead, type TrainOptions } from '../src/guards/detectors/train-logreg.js';
import { HEADS, encodeHead, loadWeights, type WeightsFile } from '../src/guards/detectors/weights.js';
import { datasetsDir, loadDatasetRows, trainingSynthetic, type Row } from '../bench/guards/eval-data.js';
import { buildExamples } from '../bench/guards/eval-examples.js';
import { everydayTrainingRows } from '../bench/guards/train-data/everyday.js';
import { ownConceptRows } from '../bench/guards/train-data/own-rows.js';
import { evaluate, formatReport, scoreRows } from '../bench/guards/eval-run.js';
import { modelCard } from '../bench/guards/eval-model-card.js';
import {
  DEV_FPR_TARGETS,
  benignSetScores,
  chooseThreshold,
  midGap,
} from '../bench/guards/eval-thresholds.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OPTIONS: TrainOptions = { epochs: 10, learningRate: 0.2, l2: 1e-6, negativeWeight: 2, seed: 1 };

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

/**
 * `--card-only`: rewrites models/MODEL_CARD.md from the SHIPPED weights without training, after a change to the
 * rule layer or the classifier's use of the heads (the weights and thresholds stay byte for byte the same).
 */
function cardOnly(): void {
  const weightsPath = path.join(root, 'models/guards-detectors.json');
  const file = JSON.parse(readFileSync(weightsPath, 'utf8')) as WeightsFile;
  const report = evaluate(loadWeights(file), loadDatasetRows(datasetsDir(root)), 'test', 1, false);
  const table = formatReport(report);
  process.stdout.write(`${table}\n`);
  writeFileSync(path.join(root, 'models/MODEL_CARD.md'), modelCard(file, report, table));
  log('wrote models/MODEL_CARD.md from the shipped weights');
}

function main(): void {
  if (process.argv.includes('--card-only')) return cardOnly();
  const started = Date.now();
  const dir = datasetsDir(root);
  const rows = loadDatasetRows(dir);
  const synthetic = trainingSynthetic(rows);
  // Everyday requests train the harm head only, and the look-alike and weak-kind rows after them the direct-injection
  // and jailbreak heads only: the indirect head sees exactly the examples it saw before (same indices, same
  // shuffles), and so does the harm head; their weights do not move.
  const everyday = everydayTrainingRows();
  // Benign look-alikes of the kinds the heads flagged and the TRAIN slots of the own weak-kind rows
  // (train-data/own-rows.ts). `--no-lookalikes` leaves them out (A/B).
  const own = process.argv.includes('--no-lookalikes') ? { lookalikes: [], weak: [] } : ownConceptRows();
  const { lookalikes, weak } = own;
  // The own multilingual rows (train-data/multilingual-own.ts) are NOT trained on: that file says why.
  const train: Row[] = [
    ...rows.filter((r) => r.split === 'train'),
    ...synthetic,
    ...everyday,
    ...lookalikes,
    ...weak,
  ];
  log(
    `rows: ${rows.length} (train ${train.length} incl. ${synthetic.length} synthetic multilingual, ${lookalikes.length} benign look-alikes, ${weak.length} weak-kind rows, ${everyday.length} everyday requests for the harm head)`,
  );
  const set = buildExamples(train);
  log(`windows: ${set.count}, feature occurrences: ${set.ids.length}`);

  const file: WeightsFile = {
    format: 'bastion-guards-lr/1',
    featureVersion: FEATURE_VERSION,
    hashBits: HASH_BITS,
    heads: {} as WeightsFile['heads'],
  };
  HEADS.forEach((head, h) => {
    const t0 = Date.now();
    const trained = trainHead(set, h, OPTIONS);
    file.heads[head] = encodeHead(trained.weights, trained.bias, 0.5);
    log(`trained ${head} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  });

  // Thresholds from the dev split: every benign set separately.
  const dev = rows.filter((r) => r.split === 'dev' && (r.label === 'benign' || r.label === 'system_prompt'));
  const devScores = scoreRows(loadWeights(file), dev);
  const kinds = benignSetScores(dev, devScores);
  HEADS.forEach((head, h) => {
    file.heads[head].threshold = chooseThreshold(
      [...kinds.values()].map((l) => l[h]!),
      DEV_FPR_TARGETS[h]!,
    );
  });
  const jb = rows.filter((r) => r.split === 'dev' && r.label === 'jailbreak');
  file.heads.jailbreak.threshold = midGap(
    file.heads.jailbreak.threshold,
    devScores.map((s) => s[2]!),
    scoreRows(loadWeights(file), jb).map((s) => s[2]!),
  );

  file.meta = {
    datasets:
      'shared/datasets guards/*.jsonl and benign/*.jsonl + bench/guards/eval-attack-templates.ts + bench/guards/train-data/benign-lookalikes.ts (TRAIN rows) + bench/guards/train-data/everyday*.ts (harm head only)',
    split:
      'FNV-1a of group key (normalised text; BIPIA: attack sentence / context id) mod 100: <70 train, <80 dev, else test',
    options: OPTIONS,
    devFprTarget: DEV_FPR_TARGETS,
    trainRows: train.length,
    lookalikeRows: lookalikes.length,
    weakRows: weak.length,
    everydayRows: everyday.length,
    trainWindows: set.count,
  };
  const weightsPath = path.join(root, 'models/guards-detectors.json');
  writeFileSync(weightsPath, `${JSON.stringify(file)}\n`);
  log(`wrote ${path.relative(root, weightsPath)}`);

  const devReport = evaluate(loadWeights(file), rows, 'dev');
  log(`dev split (used for thresholds):\n${formatReport(devReport)}\n`);
  // Without the blind2 sets: the card is read by whoever works on the detectors next.
  const report = evaluate(loadWeights(file), rows, 'test', 1, false);
  const table = formatReport(report);
  process.stdout.write(`${table}\n`);
  writeFileSync(path.join(root, 'models/MODEL_CARD.md'), modelCard(file, report, table));
  log(`wrote models/MODEL_CARD.md (${((Date.now() - started) / 1000).toFixed(0)} s)`);
}

main();
