import type { LoadedWeights } from '../../src/guards/detectors/weights.js';
import type { Row } from './eval-data.js';
import type { BlindLanguage, BlindReport } from './eval-blind.js';
import { isAttackFlag, scoreRows, type Rate } from './eval-run.js';
import { ownDevRows } from './train-data/multilingual-own.js';

/**
 * The DEV rows of Bastion's own multilingual set (train-data/multilingual-own.ts: slots 2, 5, 8, 11 of every list,
 * scenarios never trained on in any language), in the same contexts as in training (alone, after a benign sentence
 * of the language, inside an English documentation paragraph). Attacks are scanned as user prompts; benign rows as
 * prompts and as documents. Same shape as the other multilingual reports.
 */
const rate = (hits: number, n: number): Rate => ({ n, hits, rate: n === 0 ? 0 : hits / n });

export function evaluateOwnMultilingual(weights: LoadedWeights, all: readonly Row[]): BlindReport {
  const t = weights.threshold;
  const rows = ownDevRows(all);
  const withRules = scoreRows(weights, rows);
  const modelOnly = scoreRows(weights, rows, false);
  const langs = new Map<string, { a: number; h: number; m: number; b: number; bh: number; bd: number }>();
  rows.forEach((r, i) => {
    const key = r.lang ?? '?';
    const v = langs.get(key) ?? { a: 0, h: 0, m: 0, b: 0, bh: 0, bd: 0 };
    langs.set(key, v);
    if (r.label === 'benign') {
      v.b++;
      if (isAttackFlag(withRules[i]!, t)) v.bh++;
      if (isAttackFlag(withRules[i]!, t, true)) v.bd++;
    } else {
      v.a++;
      if (isAttackFlag(withRules[i]!, t)) v.h++;
      if (isAttackFlag(modelOnly[i]!, t)) v.m++;
    }
  });
  const sum = { a: 0, h: 0, m: 0, b: 0, bh: 0, bd: 0 };
  const line = (lang: string, v: typeof sum): BlindLanguage => ({
    lang,
    attacks: rate(v.h, v.a),
    modelOnly: rate(v.m, v.a),
    benign: rate(v.bh, v.b),
    benignAsDocument: rate(v.bd, v.b),
  });
  const languages = [...langs.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([lang, v]) => {
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += v[k];
      return line(lang, v);
    });
  return { languages, all: line('all', sum) };
}
