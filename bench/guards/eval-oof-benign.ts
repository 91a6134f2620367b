/**
 * `npx tsx bench/guards/eval-oof-benign.ts [--folds 3] [--margin 1]`: out-of-fold scores for the small benign sets of
 * guards/*.jsonl (awesome-chatgpt-prompts, self-instruct, BIPIA's clean documents, tensor-trust system prompts, …).
 * Their dev slices hold 1-112 rows: too few to see what the heads get wrong. Here the TRAIN rows of those sets are
 * cut into folds; for each fold the injection and jailbreak heads are trained without it (everything else as
 * `npm run train:guards` trains) and score it, so every train row gets a score from a model that never saw it.
 * Lists the rows flagged at the shipped thresholds and the FPR per set. Error analysis only: no test row is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { trainHead } from '../../src/guards/detectors/train-logreg.js';
import { HEADS, encodeHead, loadWeights, type WeightsFile } from '../../src/guards/detectors/weights.js';
import { FEATURE_VERSION, HASH_BITS } from '../../src/guards/detectors/features.js';
import { datasetsDir, fnv1a, loadDatasetRows, trainingSynthetic, type Row } from './eval-data.js';
import { buildExamples } from './eval-examples.js';
import { isDocumentRow, scoreRows } from './eval-run.js';
import { ownConceptRows } from './train-data/own-rows.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OPTIONS = { epochs: 10, learningRate: 0.2, l2: 1e-6, negativeWeight: 2, seed: 1 };

/** A benign row of a guards/* file (the small sets), not of the big benign/* sets. */
export const isSmallBenign = (r: Row): boolean =>
  !r.file.startsWith('benign/') && (r.label === 'benign' || r.label === 'system_prompt');

function main(): void {
  const args = process.argv.slice(2);
  const at = (flag: string, d: string): string => (args.includes(flag) ? args[args.indexOf(flag) + 1]! : d);
  const folds = Number(at('--folds', '3'));
  const margin = Number(at('--margin', '1'));
  const shipped = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  const t = shipped.threshold.map((x) => x * margin);
  const rows = loadDatasetRows(datasetsDir(root));
  const synthetic = trainingSynthetic(rows);
  // Bastion's own look-alike and weak-kind rows, as train:guards trains them (`--no-own` leaves them out).
  const own = args.includes('--no-own') ? { lookalikes: [], weak: [] } : ownConceptRows();
  const train = rows.filter((r) => r.split === 'train');
  const fold = (r: Row): number => fnv1a(`oof:${r.file}:${r.id}`) % folds;
  const per = new Map<string, { n: number; prompt: number; doc: number }>();
  for (let f = 0; f < folds; f++) {
    const held = train.filter((r) => isSmallBenign(r) && fold(r) === f);
    const rest = train.filter((r) => !(isSmallBenign(r) && fold(r) === f));
    const set = buildExamples([...rest, ...synthetic, ...own.lookalikes, ...own.weak]);
    const file: WeightsFile = {
      format: 'bastion-guards-lr/1',
      featureVersion: FEATURE_VERSION,
      hashBits: HASH_BITS,
      heads: {} as WeightsFile['heads'],
    };
    HEADS.forEach((head, h) => {
      const trained =
        h < 3 ? trainHead(set, h, OPTIONS) : { weights: new Float32Array(1 << HASH_BITS), bias: -9 };
      file.heads[head] = encodeHead(trained.weights, trained.bias, t[h]!);
    });
    const w = loadWeights(file);
    const scores = scoreRows(w, held);
    held.forEach((r, i) => {
      const s = scores[i]!;
      const prompt = s[0] >= t[0]! || s[2] >= t[2]!;
      const doc = prompt || s[1] >= t[1]!;
      const kind = r.label === 'system_prompt' ? `${r.file} (system prompts)` : r.file;
      const p = per.get(kind) ?? { n: 0, prompt: 0, doc: 0 };
      p.n++;
      if (prompt) p.prompt++;
      if (doc) p.doc++;
      per.set(kind, p);
      if (args.includes('--scores')) process.stdout.write(`S\t${kind}\t${s[0]}\t${s[1]}\t${s[2]}\n`);
      if (prompt || (doc && isDocumentRow(r)) || (args.includes('--all-doc') && doc)) {
        const heads = [0, 1, 2].filter((h) => s[h]! >= t[h]!).map((h) => `${HEADS[h]} ${s[h]!.toFixed(3)}`);
        process.stdout.write(
          `--- ${r.file} #${r.id} (${r.label}, ${r.text.length} chars) ${heads.join(', ')}\n${r.text.slice(0, 700).replace(/\s+/g, ' ')}\n`,
        );
      }
    });
    process.stderr.write(`fold ${f + 1}/${folds}: ${held.length} rows scored\n`);
  }
  process.stdout.write('\nout-of-fold FPR per small benign set (train rows), at the shipped thresholds\n');
  for (const [kind, p] of [...per.entries()].sort()) {
    process.stdout.write(
      `${kind.padEnd(42)} ${String(p.n).padStart(5)} ${((100 * p.prompt) / p.n).toFixed(1).padStart(6)}% ${((100 * p.doc) / p.n).toFixed(1).padStart(6)}% (as doc)\n`,
    );
  }
}

main();
