/**
 * `npx tsx bench/guards/eval-dev-multilingual.ts [--misses] [--model]`: error analysis on the multilingual DEV sets
 * (eval-blind-multilingual.ts, formerly blind and now tuned on; the fresh set's dev half): which hard-benign rows
 * are flagged and by what (a rule, named by its concepts, or the trained model), and optionally which attack
 * phrases are missed. A development tool: it prints rows, so never point it at a set that must stay unseen.
 */
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { matchRules } from '../../src/guards/detectors/rules.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { readFileSync } from 'node:fs';
import { BLIND_ATTACKS, BLIND_BENIGN } from './eval-blind-multilingual.js';
import { freshHalf } from './eval-fresh-multilingual.js';
import { ownRows } from './train-data/multilingual-own.js';

const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
const t = weights.threshold;
const withRules = createDetectorRuntime(weights);
const modelOnly = createDetectorRuntime(weights, { rules: false });
const args = process.argv.slice(2);

function why(text: string, document: boolean): string | null {
  const n = normalize(text);
  const s = withRules(n).heads;
  if (s[0]!.score < t[0]! && s[2]!.score < t[2]! && !(document && s[1]!.score >= t[1]!)) return null;
  const m = modelOnly(n).heads;
  const r = matchRules(n.text);
  const parts: string[] = [];
  if (r.injection !== null)
    parts.push(`rule inj ${r.injection.rule} «${n.text.slice(r.injection.start, r.injection.end)}»`);
  if (r.jailbreak !== null)
    parts.push(`rule jb ${r.jailbreak.rule} «${n.text.slice(r.jailbreak.start, r.jailbreak.end)}»`);
  if (m[0]!.score >= t[0]!) parts.push(`model inj ${m[0]!.score.toFixed(2)}`);
  if (m[2]!.score >= t[2]!) parts.push(`model jb ${m[2]!.score.toFixed(2)}`);
  if (document && m[1]!.score >= t[1]!) parts.push(`model indirect ${m[1]!.score.toFixed(2)}`);
  return parts.length === 0 ? null : parts.join('; ');
}

let flagged = 0;
let total = 0;
for (const [lang, rows] of Object.entries(BLIND_BENIGN)) {
  rows.forEach((text, i) => {
    total++;
    const w = why(text, true);
    if (w === null) return;
    flagged++;
    process.stdout.write(`BENIGN ${lang}-${i}: ${w}\n    ${text}\n`);
  });
}
process.stdout.write(`hard benign flagged (prompt or document): ${flagged}/${total}\n`);

// Own multilingual rows, dev slots (train-data/multilingual-own.ts), phrases alone.
let ownFlagged = 0;
const ownDev = ownRows('dev');
for (const r of ownDev) {
  if (r.label !== 'benign') continue;
  const w = why(r.text, true);
  if (w === null) continue;
  ownFlagged++;
  process.stdout.write(`OWN BENIGN ${r.lang}-${r.slot}: ${w}\n    ${r.text}\n`);
}
process.stdout.write(
  `own dev benign flagged (prompt or document): ${ownFlagged}/${ownDev.filter((r) => r.label === 'benign').length}\n`,
);

function recall(table: typeof BLIND_ATTACKS, name: string): void {
  let n = 0;
  let hit = 0;
  let model = 0;
  for (const [lang, a] of Object.entries(table)) {
    for (const label of ['injection', 'jailbreak'] as const) {
      a[label].forEach((text, i) => {
        n++;
        const norm = normalize(text);
        const h = withRules(norm).heads;
        const flag = h[0]!.score >= t[0]! || h[2]!.score >= t[2]!;
        const m = modelOnly(norm).heads;
        if (m[0]!.score >= t[0]! || m[2]!.score >= t[2]!) model++;
        if (flag) hit++;
        else if (args.includes('--misses'))
          process.stdout.write(
            `MISS ${name} ${lang}-${label}-${i} (inj ${m[0]!.score.toFixed(2)} jb ${m[2]!.score.toFixed(2)}): ${text}\n`,
          );
      });
    }
  }
  process.stdout.write(
    `${name}: phrases alone ${hit}/${n} (${((100 * hit) / n).toFixed(1)}%), model alone ${model}\n`,
  );
}
recall(BLIND_ATTACKS, 'dev-blind');
const ownTable: Record<string, { injection: string[]; jailbreak: string[]; harmful: string[] }> = {};
for (const r of ownDev) {
  if (r.label === 'benign') continue;
  ownTable[r.lang] ??= { injection: [], jailbreak: [], harmful: [] };
  ownTable[r.lang]![r.label].push(r.text);
}
recall(ownTable, 'own-dev');
recall(freshHalf('dev'), 'fresh-dev');
