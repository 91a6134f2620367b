/**
 * `npx tsx bench/guards/eval-rule-gate.ts`: a development tool for the rule layer's model floor. For every row of the
 * DEVELOPMENT sets (own multilingual dev slots, the formerly blind multilingual set, the fresh set's dev half, the
 * datasets' dev split, the harm gate's dev examples) that the rule layer alone decides (flagged with rules, not by
 * the model alone), it prints how far the model's own score is from its threshold, as counts per floor: how many
 * attacks a floor would lose and how many benign rows it would clear. Rates only, never rows.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';
import {
  DEV_ABOUT_HARM_REQUESTS,
  DEV_BENIGN_REQUESTS,
  DEV_BENIGN_REQUESTS_2,
  DEV_BENIGN_REQUESTS_3,
} from '../../src/guards/detectors/harm-topics.fixtures.js';
import { BLIND_ATTACKS, BLIND_BENIGN } from './eval-blind-multilingual.js';
import { datasetsDir, loadDatasetRows, synthesizeAttacks, type Row } from './eval-data.js';
import { freshHalf } from './eval-fresh-multilingual.js';
import { isAttackFlag, isDocumentRow, scoreRows } from './eval-run.js';
import { ownDevRows } from './train-data/multilingual-own.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
const t = weights.threshold;
const all = loadDatasetRows(datasetsDir(root));

const benignRow = (file: string, text: string, i: number, lang?: string): Row => ({
  file,
  id: String(i),
  text,
  label: 'benign',
  kind: 'benign',
  split: 'dev',
  ...(lang === undefined ? {} : { lang }),
});

const sets: [string, Row[]][] = [
  ['own dev', ownDevRows(all)],
  [
    'blind-ml dev',
    [
      ...synthesizeAttacks(BLIND_ATTACKS, all, 'test', 'synthetic/multilingual-blind', 41).filter(
        (r) => r.label !== 'harmful',
      ),
      ...Object.entries(BLIND_BENIGN).flatMap(([lang, xs]) =>
        xs.map((x, i) => benignRow('blind', x, i, lang)),
      ),
    ],
  ],
  [
    'fresh dev',
    synthesizeAttacks(freshHalf('dev'), all, 'dev', 'synthetic/multilingual-fresh', 31).filter(
      (r) => r.label !== 'harmful',
    ),
  ],
  ['datasets dev', all.filter((r) => r.split === 'dev' && r.label !== 'harmful')],
  [
    'harm dev examples',
    [DEV_BENIGN_REQUESTS, DEV_BENIGN_REQUESTS_2, DEV_BENIGN_REQUESTS_3, DEV_ABOUT_HARM_REQUESTS]
      .flatMap((x) => Object.values(x).flat())
      .map((x, i) => benignRow('everyday', x, i)),
  ],
];

const FLOORS = [0.02, 0.05, 0.1, 0.2, 0.3, 0.5];
for (const [name, rows] of sets) {
  const withRules = scoreRows(weights, rows, true);
  const plain = scoreRows(weights, rows, false);
  const counts = { attacks: 0, benign: 0, ruleAttacks: 0, ruleBenign: 0 };
  const lost = FLOORS.map(() => 0);
  const cleared = FLOORS.map(() => 0);
  rows.forEach((r, i) => {
    const attack = r.label === 'injection' || r.label === 'jailbreak';
    if (attack) counts.attacks++;
    else counts.benign++;
    const doc = isDocumentRow(r);
    const flagged = isAttackFlag(withRules[i]!, t, doc);
    if (!flagged || isAttackFlag(plain[i]!, t, doc)) return;
    if (attack) counts.ruleAttacks++;
    else counts.ruleBenign++;
    const p = plain[i]!;
    const ratio = Math.max(p[0] / t[0]!, p[2] / t[2]!, doc ? p[1] / t[1]! : 0);
    FLOORS.forEach((f, k) => {
      if (ratio >= f) return;
      if (attack) lost[k]!++;
      else cleared[k]!++;
    });
  });
  // Rows the model alone flags, with no rule hit: how many stay flagged when the model must reach higher.
  const RAISE = [0, 0.25, 0.5, 0.75, 0.9];
  const modelA = RAISE.map(() => 0);
  const modelB = RAISE.map(() => 0);
  rows.forEach((r, i) => {
    if (r.lang === undefined || r.lang === 'en') return;
    const attack = r.label === 'injection' || r.label === 'jailbreak';
    const p = plain[i]!;
    const doc = isDocumentRow(r);
    RAISE.forEach((k, j) => {
      const raised = [0, 1, 2].map((h) => t[h]! + k * (1 - t[h]!));
      const hit = p[0] >= raised[0]! || p[2] >= raised[2]! || (doc && p[1] >= raised[1]!);
      if (!hit) return;
      if (attack) modelA[j]!++;
      else modelB[j]!++;
    });
  });
  process.stdout.write(
    `${name}: non-English rows flagged by the model alone, threshold raised by k of the way to 1: ${RAISE.map((k, j) => `k=${k} attacks ${modelA[j]} benign ${modelB[j]}`).join(' | ')}\n`,
  );
  process.stdout.write(
    `${name}: ${counts.attacks} attacks (${counts.ruleAttacks} decided by a rule), ${counts.benign} benign (${counts.ruleBenign} flagged by a rule)\n`,
  );
  FLOORS.forEach((f, k) =>
    process.stdout.write(
      `  floor ${f.toFixed(2)} of threshold: attacks lost ${lost[k]}, benign cleared ${cleared[k]}\n`,
    ),
  );
}
