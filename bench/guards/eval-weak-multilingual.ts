/**
 * `npx tsx bench/guards/eval-weak-multilingual.ts [--split train|dev] [--show]`: recall and false positives on the
 * weak-kind rows (train-data/multilingual-weak.ts: personas, fake notices, dictated replies, planted and
 * code-switched instructions in documents; training material, role-play, real notices, format requests and plain
 * documents that use the same words). Attacks of kinds doc and mixed are scanned as documents, the rest as prompts;
 * benign rows as prompts and as documents. `--show` prints the misses and false positives with the rule or model
 * that decided, for the TRAIN split only: the dev rows stay unread while tuning.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { matchRules } from '../../src/guards/detectors/rules.js';
import { loadWeights, type LoadedWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import type { Split } from './eval-data.js';
import type { Rate } from './eval-run.js';
import { ATTACK_KINDS, BENIGN_KINDS, weakRows, type WeakKind } from './train-data/multilingual-weak.js';

export interface WeakKindReport {
  kind: WeakKind;
  /** Attacks: recall with rules, and the model alone. Benign: flagged as a prompt, and as a document. */
  flagged: Rate;
  other: Rate;
}

const rate = (hits: number, n: number): Rate => ({ n, hits, rate: n === 0 ? 0 : hits / n });

function flaggedBy(s: readonly { score: number }[], t: ArrayLike<number>, document: boolean): boolean {
  return s[0]!.score >= t[0]! || s[2]!.score >= t[2]! || (document && s[1]!.score >= t[1]!);
}

/** Per kind of the given split: attack recall (rules + model; model alone) and benign FPR (prompt; document). */
export function evaluateWeak(weights: LoadedWeights, split: Split): WeakKindReport[] {
  const t = weights.threshold;
  const withRules = createDetectorRuntime(weights);
  const modelOnly = createDetectorRuntime(weights, { rules: false });
  const counts = new Map<WeakKind, [number, number, number]>();
  for (const r of weakRows(split)) {
    const c = counts.get(r.kind) ?? [0, 0, 0];
    counts.set(r.kind, c);
    const n = normalize(r.text);
    c[0]++;
    if (r.attack) {
      if (flaggedBy(withRules(n).heads, t, r.document)) c[1]++;
      if (flaggedBy(modelOnly(n).heads, t, r.document)) c[2]++;
    } else {
      if (!r.document && flaggedBy(withRules(n).heads, t, false)) c[1]++;
      if (flaggedBy(withRules(n).heads, t, true)) c[2]++;
    }
  }
  return [...ATTACK_KINDS, ...BENIGN_KINDS].map((kind) => {
    const [n, a, b] = counts.get(kind) ?? [0, 0, 0];
    return { kind, flagged: rate(a, n), other: rate(b, n) };
  });
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`.padStart(7);

export function formatWeak(rep: readonly WeakKindReport[], split: Split): string {
  const lines = [
    `own weak-kind rows (train-data/multilingual-weak.ts), ${split} slots: attacks recall / model alone; benign flagged as prompt / as document`,
  ];
  let an = 0;
  let ah = 0;
  let bn = 0;
  let bp = 0;
  let bd = 0;
  for (const r of rep) {
    const attack = (ATTACK_KINDS as readonly string[]).includes(r.kind);
    const prompt = r.kind === 'plainDoc' ? '      -' : pct(r.flagged);
    lines.push(
      `${r.kind.padEnd(11)} ${String(r.flagged.n).padStart(4)} ${attack ? pct(r.flagged) : prompt} ${pct(r.other)}`,
    );
    if (attack) {
      an += r.flagged.n;
      ah += r.flagged.hits;
    } else {
      bn += r.flagged.n;
      bp += r.flagged.hits;
      bd += r.other.hits;
    }
  }
  lines.push(
    `attacks ${ah}/${an} (${pct(rate(ah, an)).trim()}), benign flagged as prompt ${bp} / as document ${bd} of ${bn}`,
  );
  return lines.join('\n');
}

function show(weights: LoadedWeights): void {
  const t = weights.threshold;
  const withRules = createDetectorRuntime(weights);
  const modelOnly = createDetectorRuntime(weights, { rules: false });
  for (const r of weakRows('train')) {
    const n = normalize(r.text);
    const flagged = flaggedBy(withRules(n).heads, t, r.attack ? r.document : true);
    if (flagged === r.attack) continue;
    const rules = matchRules(n.text);
    const m = modelOnly(n).heads;
    const why = [
      rules.injection === null ? '' : `rule inj ${rules.injection.rule}`,
      rules.jailbreak === null ? '' : `rule jb ${rules.jailbreak.rule}`,
      `model ${m.map((h) => h.score.toFixed(2)).join('/')}`,
    ]
      .filter((s) => s !== '')
      .join('; ');
    process.stdout.write(
      `${r.attack ? 'MISS' : 'FP  '} ${r.lang} ${r.kind}-${r.slot}: ${why}\n    ${r.text.replace(/\n/g, ' ⏎ ')}\n`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const split = (args.includes('--split') ? args[args.indexOf('--split') + 1] : 'train') as Split;
  const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
  process.stdout.write(`${formatWeak(evaluateWeak(weights, split), split)}\n`);
  if (args.includes('--show')) show(weights);
}
