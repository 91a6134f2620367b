/**
 * `npx tsx bench/guards/eval-lookalikes.ts`: false-positive rate of the injection and jailbreak scanners on Bastion's
 * own benign look-alikes (train-data/benign-lookalikes.ts: security write-ups quoting attacks, system prompts and
 * requests to write one, "act as" requests, documents with instructions for people), per kind, DEV rows (never trained
 * on) and TRAIN rows apart, scanned as a prompt and as a document. Counts only, no rows printed.
 */
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { isAttackFlag, type Scores } from './eval-run.js';
import { benignLookalikes, type LookalikeSplit } from './train-data/benign-lookalikes.js';

function main(): void {
  const { weights, run } = sharedDetector();
  const t = weights.threshold;
  process.stdout.write(
    `${'split/kind'.padEnd(22)} ${'rows'.padStart(5)} ${'prompt'.padStart(7)} ${'as doc'.padStart(7)}\n`,
  );
  for (const split of ['dev', 'train'] as LookalikeSplit[]) {
    const by = new Map<string, { n: number; p: number; d: number }>();
    for (const r of benignLookalikes(split)) {
      const h = run(normalize(r.text)).heads;
      const s: Scores = [h[0]!.score, h[1]!.score, h[2]!.score, h[3]!.score];
      for (const key of [r.kind, 'ALL']) {
        const v = by.get(key) ?? { n: 0, p: 0, d: 0 };
        v.n++;
        if (isAttackFlag(s, t)) v.p++;
        if (isAttackFlag(s, t, true)) v.d++;
        by.set(key, v);
      }
    }
    for (const [kind, v] of by) {
      process.stdout.write(
        `${`${split}/${kind}`.padEnd(22)} ${String(v.n).padStart(5)} ${String(v.p).padStart(7)} ${String(v.d).padStart(7)}\n`,
      );
    }
  }
}

main();
