/**
 * `npx tsx bench/guards/eval-harm-match-equivalence.ts --save FILE | --compare FILE`: the harm-topic matcher's
 * output on every text at hand — all rows of the shared datasets, the hand-written fixtures, the attack phrase sets
 * and the everyday training rows — written to FILE (--save) or compared with FILE (--compare). Per text: the
 * topic and request spans findHarmEvidence finds, the harm term spans, and the gate's decision with the shipped
 * weights. Run --save before a change to the matcher and --compare after it: a rewrite of the matching must leave
 * every line the same. Rows of evaluation sets are only counted, never printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import * as fixtures from '../../src/guards/detectors/harm-topics.fixtures.js';
import { findHarmEvidence, harmTermSpans } from '../../src/guards/detectors/harm-topics-match.js';
import { gatedHarmProbability } from '../../src/guards/detectors/harm-topics.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { TRAIN_ATTACKS } from './eval-attack-templates.js';
import { BLIND_ATTACKS, BLIND_BENIGN } from './eval-blind-multilingual.js';
import { datasetsDir, loadDatasetRows } from './eval-data.js';
import { EVERYDAY_BENIGN, EVERYDAY_HARMFUL } from './eval-everyday-requests.js';
import { FRESH_ATTACKS } from './eval-fresh-multilingual.js';
import { HELDOUT_ATTACKS } from './eval-heldout-templates.js';
import { everydayTrainingRows } from './train-data/everyday.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Text {
  source: string;
  text: string;
  /** An evaluation row: never printed. */
  hidden: boolean;
}

function texts(): Text[] {
  const out: Text[] = [];
  for (const r of loadDatasetRows(datasetsDir(root)))
    out.push({ source: r.file, text: r.text, hidden: r.split === 'test' });
  for (const [name, table] of Object.entries(fixtures)) {
    for (const list of Object.values(table as Record<string, readonly string[]>))
      for (const text of list) out.push({ source: `fixtures/${name}`, text, hidden: false });
  }
  for (const [name, table] of Object.entries({
    TRAIN_ATTACKS,
    HELDOUT_ATTACKS,
    FRESH_ATTACKS,
    BLIND_ATTACKS,
  })) {
    for (const lang of Object.values(table))
      for (const list of [lang.injection, lang.jailbreak, lang.harmful])
        for (const text of list) out.push({ source: name, text, hidden: false });
  }
  for (const list of Object.values(BLIND_BENIGN))
    for (const text of list) out.push({ source: 'BLIND_BENIGN', text, hidden: false });
  for (const [name, table] of Object.entries({ EVERYDAY_BENIGN, EVERYDAY_HARMFUL })) {
    for (const list of Object.values(table))
      for (const text of list) out.push({ source: name, text, hidden: true });
  }
  for (const r of everydayTrainingRows()) out.push({ source: 'everyday-train', text: r.text, hidden: false });
  return out;
}

function describe(
  weights: ReturnType<typeof loadWeights>,
  run: ReturnType<typeof createDetectorRuntime>,
  text: string,
): string {
  const t = normalize(text);
  const ev = findHarmEvidence(t.text);
  const spans = harmTermSpans(t.text, 64).map((s) => `${s.start}-${s.end}`);
  const gate = gatedHarmProbability(t, run(t).heads[3]!, weights);
  const span = (s: { start: number; end: number } | null): string =>
    s === null ? '-' : `${s.start}-${s.end}`;
  return `${span(ev.topic)} ${span(ev.request)} [${spans.join(',')}] ${gate.toFixed(6)}`;
}

function main(): number {
  const args = process.argv.slice(2);
  const save = args.indexOf('--save');
  const compare = args.indexOf('--compare');
  const file = args[(save >= 0 ? save : compare) + 1];
  if (file === undefined || (save < 0 && compare < 0)) {
    process.stderr.write('usage: eval-harm-match-equivalence.ts --save FILE | --compare FILE\n');
    return 2;
  }
  const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  const run = createDetectorRuntime(weights);
  const all = texts();
  const cpu0 = process.cpuUsage();
  const lines = all.map((x) => describe(weights, run, x.text));
  const cpu = process.cpuUsage(cpu0);
  process.stderr.write(`${all.length} texts, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU\n`);
  if (save >= 0) {
    writeFileSync(file, `${lines.join('\n')}\n`);
    process.stdout.write(`saved ${lines.length} lines to ${file}\n`);
    return 0;
  }
  const before = readFileSync(file, 'utf8').split('\n').slice(0, -1);
  if (before.length !== lines.length) {
    process.stdout.write(`different number of texts: ${before.length} vs ${lines.length}\n`);
    return 1;
  }
  let diff = 0;
  let decisions = 0;
  lines.forEach((l, i) => {
    if (l === before[i]) return;
    diff++;
    if (l.split(' ')[3] !== before[i]!.split(' ')[3]) decisions++;
    const x = all[i]!;
    if (diff <= 30)
      process.stdout.write(
        `${x.source}: ${before[i]} -> ${l}${x.hidden ? '' : `\n    ${x.text.slice(0, 200)}`}\n`,
      );
  });
  process.stdout.write(`${diff} of ${lines.length} texts differ (${decisions} gate decisions)\n`);
  return diff === 0 ? 0 : 1;
}

process.exitCode = main();
