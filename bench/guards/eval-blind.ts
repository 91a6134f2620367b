import type { LoadedWeights } from '../../src/guards/detectors/weights.js';
import { BLIND_ATTACKS, BLIND_BENIGN } from './eval-blind-multilingual.js';
import { synthesizeAttacks, type Row } from './eval-data.js';
import { isAttackFlag, scoreRows, type Rate } from './eval-run.js';

/**
 * The formerly blind multilingual set (eval-blind-multilingual.ts): attacks and hard benign rows in 20 languages
 * written by another author. It was blind until 2026-11-25; since 2026-11-26 it is a DEVELOPMENT set: its rows were
 * read and the rule layer tuned against its false positives (bench/guards/eval-dev-multilingual.ts prints them), so
 * its figures are no longer a measure of generalisation. Attack phrases get the same variants as the
 * other phrase sets (alone, after and before a benign sentence of that language, inside an English document);
 * benign rows are scanned alone, as a user prompt and as a document.
 */
export interface BlindLanguage {
  lang: string;
  attacks: Rate;
  modelOnly: Rate;
  benign: Rate;
  benignAsDocument: Rate;
}

export interface BlindReport {
  languages: BlindLanguage[];
  all: BlindLanguage;
}

const rate = (hits: number, n: number): Rate => ({ n, hits, rate: n === 0 ? 0 : hits / n });

export function evaluateBlind(weights: LoadedWeights, all: readonly Row[]): BlindReport {
  const t = weights.threshold;
  const attacks = synthesizeAttacks(BLIND_ATTACKS, all, 'test', 'synthetic/multilingual-blind', 41);
  const withRules = scoreRows(weights, attacks);
  const modelOnly = scoreRows(weights, attacks, false);
  const benign: Row[] = Object.entries(BLIND_BENIGN).flatMap(([lang, texts]) =>
    texts.map((text, i) => ({
      file: 'synthetic/multilingual-blind-benign',
      id: `${lang}-${i}`,
      text,
      label: 'benign' as const,
      kind: `benign:${lang}`,
      split: 'test' as const,
      lang,
    })),
  );
  const benignScores = scoreRows(weights, benign);
  const langs = new Map<string, { a: number; h: number; m: number; b: number; bh: number; bd: number }>();
  const of = (lang: string | undefined) => {
    const key = lang ?? '?';
    const v = langs.get(key) ?? { a: 0, h: 0, m: 0, b: 0, bh: 0, bd: 0 };
    langs.set(key, v);
    return v;
  };
  attacks.forEach((r, i) => {
    const v = of(r.lang);
    v.a++;
    if (isAttackFlag(withRules[i]!, t)) v.h++;
    if (isAttackFlag(modelOnly[i]!, t)) v.m++;
  });
  benign.forEach((r, i) => {
    const v = of(r.lang);
    v.b++;
    if (isAttackFlag(benignScores[i]!, t)) v.bh++;
    if (isAttackFlag(benignScores[i]!, t, true)) v.bd++;
  });
  const sum = { a: 0, h: 0, m: 0, b: 0, bh: 0, bd: 0 };
  const languages = [...langs.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([lang, v]) => {
      for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += v[k];
      return {
        lang,
        attacks: rate(v.h, v.a),
        modelOnly: rate(v.m, v.a),
        benign: rate(v.bh, v.b),
        benignAsDocument: rate(v.bd, v.b),
      };
    });
  return {
    languages,
    all: {
      lang: 'all',
      attacks: rate(sum.h, sum.a),
      modelOnly: rate(sum.m, sum.a),
      benign: rate(sum.bh, sum.b),
      benignAsDocument: rate(sum.bd, sum.b),
    },
  };
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`.padStart(7);

export function formatBlind(
  rep: BlindReport,
  title = 'formerly blind multilingual set (another author), a DEV set since 2026-11-26 (tuned on): injection + jailbreak recall, hard-benign FPR',
): string {
  const lines = [
    title,
    `${'lang'.padEnd(6)} ${'attacks'.padStart(7)} ${'recall'.padStart(7)} ${'model only'.padStart(10)} ${'benign'.padStart(7)} ${'FPR'.padStart(7)} ${'as doc'.padStart(7)}`,
  ];
  for (const l of [...rep.languages, rep.all]) {
    lines.push(
      `${l.lang.padEnd(6)} ${String(l.attacks.n).padStart(7)} ${pct(l.attacks)} ${pct(l.modelOnly).padStart(10)} ${String(l.benign.n).padStart(7)} ${pct(l.benign)} ${pct(l.benignAsDocument)}`,
    );
  }
  return lines.join('\n');
}
