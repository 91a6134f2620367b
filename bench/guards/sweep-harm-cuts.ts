/**
 * `npx tsx bench/guards/sweep-harm-cuts.ts`: the harm gate's cut-offs (HARM_CUTS in harm-topics.ts) swept over a
 * grid, on the data the gate may be tuned on: the TUNE half of train-data/harm-dev*.ts, the hand-written fixtures,
 * and every benign, system-prompt and harmful row of the shared datasets' train and dev splits. Prints counts of
 * false positives and recall per setting; the DEV half and the test split are not read here.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fixtures from '../../src/guards/detectors/harm-topics.fixtures.js';
import { gateHarm, HARM_CUTS, harmRescorer, type HarmCuts } from '../../src/guards/detectors/harm-topics.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { datasetsDir, loadDatasetRows } from './eval-data.js';
import { harmDevRows } from './train-data/harm-dev.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Item {
  set: string;
  harmful: boolean;
  text: string;
}

function items(): Item[] {
  const out: Item[] = [];
  for (const r of harmDevRows())
    if (r.split === 'tune') out.push({ set: 'own-tune', harmful: r.label === 'harmful', text: r.text });
  for (const [name, table] of Object.entries(fixtures))
    for (const texts of Object.values(table))
      for (const text of texts) out.push({ set: 'fixtures', harmful: name.startsWith('DEV_HARMFUL'), text });
  for (const r of loadDatasetRows(datasetsDir(root))) {
    if (r.split === 'test') continue;
    if (r.label === 'harmful') out.push({ set: 'datasets', harmful: true, text: r.text });
    else if (r.label === 'benign' || r.label === 'system_prompt')
      out.push({
        set: r.label === 'system_prompt' ? 'sysprompts' : 'datasets',
        harmful: false,
        text: r.text,
      });
  }
  return out;
}

function main(): void {
  const showFp = process.argv.includes('--fp');
  const { weights, run } = sharedDetector();
  const threshold = weights.threshold[3]!;
  const rescore = harmRescorer(weights);
  const all = items().map((it) => {
    const t = normalize(it.text);
    return { ...it, t, head: run(t).heads[3]! };
  });
  const grid: HarmCuts[] = [];
  for (const topic of [0.1])
    for (const request of [0.02])
      for (const strong of [0.001, 0.0005, 0.0002, 0.0001])
        grid.push({ ...HARM_CUTS, topic, request, strong });
  const sets = [...new Set(all.map((a) => a.set))];
  process.stdout.write(
    `${'topic request strong'.padEnd(22)} ${sets.map((s) => `${s} FP/n recall`.padStart(24)).join('')}\n`,
  );
  for (const cuts of grid) {
    const cells = sets.map((set) => {
      let fp = 0;
      let neg = 0;
      let tp = 0;
      let pos = 0;
      for (const a of all) {
        if (a.set !== set) continue;
        const g = gateHarm(a.t, a.head, threshold, rescore, cuts);
        const hit = g !== null && g.score >= 0.5;
        if (a.harmful) {
          pos++;
          if (hit) tp++;
        } else {
          neg++;
          if (hit) fp++;
          if (hit && showFp && cuts === grid[0])
            process.stderr.write(`FP [${set}] ${a.text.slice(0, 300)}\n`);
        }
      }
      const rec = pos === 0 ? '-' : `${((100 * tp) / pos).toFixed(1)}%`;
      return `${fp}/${neg} ${rec}`.padStart(24);
    });
    process.stdout.write(`${`${cuts.topic} ${cuts.request} ${cuts.strong}`.padEnd(22)} ${cells.join('')}\n`);
  }
}

main();
