/**
 * `npx tsx bench/guards/eval-false-positives.ts [--split dev|train] [--doc] [--file NAME]`: lists the benign rows of
 * the shared datasets that the injection/jailbreak heads flag on one split, with the head, its score, the rule that
 * fired (if any) and the triggering window. `--margin F` flags at F times each threshold (near misses). For error analysis on dev (and train) rows; never run it on the test
 * split (reported figures only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { matchRules } from '../../src/guards/detectors/rules.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { datasetsDir, loadDatasetRows } from './eval-data.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEAD_NAMES = ['prompt_injection', 'indirect_injection', 'jailbreak'] as const;

function main(): number {
  const args = process.argv.slice(2);
  const at = (flag: string): string | undefined =>
    args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined;
  const split = at('--split') ?? 'dev';
  if (split !== 'dev' && split !== 'train') {
    process.stderr.write(
      `--split must be dev or train (the test split is for reported figures), got ${split}\n`,
    );
    return 2;
  }
  const asDoc = args.includes('--doc');
  const only = at('--file');
  const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  const run = createDetectorRuntime(weights);
  // `--margin 0.8`: flag at 80% of each threshold, to see the rows just under the line too.
  const margin = Number(at('--margin') ?? '1');
  const t = weights.threshold.map((x) => x * margin);
  const rows = loadDatasetRows(datasetsDir(root)).filter(
    (r) =>
      r.split === split &&
      (r.label === 'benign' || r.label === 'system_prompt') &&
      (only === undefined || r.file === only),
  );
  let flagged = 0;
  for (const r of rows) {
    const n = normalize(r.text);
    const heads = run(n).heads;
    const doc = asDoc || r.file === 'bipia-indirect';
    const fired = [0, 1, 2].filter((h) => (h !== 1 || doc) && heads[h]!.score >= t[h]!);
    if (fired.length === 0) continue;
    flagged++;
    const rules = matchRules(n.text);
    const why = fired.map((h) => `${HEAD_NAMES[h]} ${heads[h]!.score.toFixed(3)}`).join(', ');
    const rule = [rules.injection, rules.jailbreak, doc ? rules.indirect : null]
      .filter((x) => x !== null)
      .map((x) => x.rule)
      .join(' ');
    const h = fired[0]!;
    const win = r.text.slice(heads[h]!.start, heads[h]!.end).replace(/\s+/g, ' ');
    process.stdout.write(
      `--- ${r.file} #${r.id} (${r.label}, ${r.text.length} chars) ${why}${rule ? ` rule: ${rule}` : ''}\n` +
        `window: ${win.slice(0, 600)}\n` +
        (args.includes('--full') ? `text: ${r.text.slice(0, 3000)}\n` : ''),
    );
  }
  process.stdout.write(`\n${flagged} of ${rows.length} benign rows flagged on the ${split} split\n`);
  return 0;
}

process.exitCode = main();
