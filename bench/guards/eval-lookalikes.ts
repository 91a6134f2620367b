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

export interface LookalikeCounts {
  kind: string;
  rows: number;
  /** Flagged by the injection or jailbreak head, scanned as a prompt / as a document (indirect head too). */
  prompt: number;
  document: number;
}

/** Counts per kind (and `ALL`) of the given split, scored by the shipped weights. */
export function evaluateLookalikes(split: LookalikeSplit): LookalikeCounts[] {
  const { weights, run } = sharedDetector();
  const t = weights.threshold;
  const by = new Map<string, LookalikeCounts>();
  for (const r of benignLookalikes(split)) {
    const h = run(normalize(r.text)).heads;
    const s: Scores = [h[0]!.score, h[1]!.score, h[2]!.score, h[3]!.score];
    for (const kind of [r.kind, 'ALL']) {
      const v = by.get(kind) ?? { kind, rows: 0, prompt: 0, document: 0 };
      v.rows++;
      if (isAttackFlag(s, t)) v.prompt++;
      if (isAttackFlag(s, t, true)) v.document++;
      by.set(kind, v);
    }
  }
  return [...by.values()];
}

function main(): void {
  process.stdout.write(
    `${'split/kind'.padEnd(22)} ${'rows'.padStart(5)} ${'prompt'.padStart(7)} ${'as doc'.padStart(7)}\n`,
  );
  for (const split of ['dev', 'train'] as LookalikeSplit[]) {
    for (const v of evaluateLookalikes(split)) {
      process.stdout.write(
        `${`${split}/${v.kind}`.padEnd(22)} ${String(v.rows).padStart(5)} ${String(v.prompt).padStart(7)} ${String(v.document).padStart(7)}\n`,
      );
    }
  }
}

if (process.argv[1]?.endsWith('eval-lookalikes.ts')) main();
