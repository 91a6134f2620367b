/**
 * `npm run eval:guards [-- --json] [--split dev|test] [--no-blind]`: evaluates the SHIPPED weights (models/guards-detectors.json)
 * on the held-out test split of the shared datasets, the held-out multilingual templates and obfuscated attacks
 * (with `--split dev`, also the dev rows of the weak kinds, bench/guards/eval-weak-multilingual.ts).
 * `--no-blind` leaves out the blind2 sets, so that whoever works on the detectors can run the test split without
 * reading a blind set's per-language rates.
 * Prints a table (or JSON), writes reports/guards-eval.json and reports/guards-eval.html (self-contained, inline SVG).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../src/guards/detectors/model-file.js';
import { loadWeights } from '../src/guards/detectors/weights.js';
import { datasetsDir, loadDatasetRows } from '../bench/guards/eval-data.js';
import { renderEvalHtml } from '../bench/guards/eval-html.js';
import { evaluate, formatReport } from '../bench/guards/eval-run.js';
import { evaluateEveryday, formatEveryday } from '../bench/guards/eval-everyday.js';
import { evaluateWeak, formatWeak } from '../bench/guards/eval-weak-multilingual.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function main(): number {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const withBlind = !args.includes('--no-blind');
  const splitArg = args[args.indexOf('--split') + 1];
  const split = args.includes('--split') ? splitArg : 'test';
  if (split !== 'test' && split !== 'dev') {
    process.stderr.write(`--split must be dev or test, got ${String(splitArg)}\n`);
    return 2;
  }
  let dir: string;
  try {
    dir = datasetsDir(root);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }
  const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  const started = Date.now();
  process.stderr.write(`evaluating ${path.relative(root, MODEL_PATH)} on the ${split} split of ${dir} …\n`);
  const report = evaluate(weights, loadDatasetRows(dir), split, 1, withBlind);
  const out = {
    split,
    model: path.relative(root, MODEL_PATH),
    seconds: (Date.now() - started) / 1000,
    ...report,
    everyday: evaluateEveryday(),
    // Own rows for the weak kinds (train-data/multilingual-weak.ts) have a train and a dev split, no test split.
    weak: split === 'dev' ? evaluateWeak(weights, 'dev') : null,
  };
  mkdirSync(path.join(root, 'reports'), { recursive: true });
  writeFileSync(path.join(root, 'reports/guards-eval.json'), `${JSON.stringify(out, null, 2)}\n`);
  writeFileSync(path.join(root, 'reports/guards-eval.html'), renderEvalHtml(report, split));
  if (json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  else {
    process.stdout.write(`${formatReport(report)}\n\n${formatEveryday(out.everyday)}\n\n`);
    if (out.weak !== null) process.stdout.write(`${formatWeak(out.weak, 'dev')}\n\n`);
    process.stdout.write(
      `wrote reports/guards-eval.json and reports/guards-eval.html (${out.seconds.toFixed(1)} s)\n`,
    );
  }
  return 0;
}

process.exitCode = main();
