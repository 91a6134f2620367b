import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { gatedHarmProbability } from '../../src/guards/detectors/harm-topics.js';
import type { LoadedWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { heldoutMultilingual, prng, synthesizeAttacks, type Row } from './eval-data.js';
import { freshHalf } from './eval-fresh-multilingual.js';
import { evaluateBlind, formatBlind, type BlindReport } from './eval-blind.js';
import { evaluateBlind2, formatBlind2, type Blind2Report } from './eval-blind2.js';
import { OBFUSCATIONS } from './eval-obfuscate.js';
import { evaluateObfuscatedMultilingual } from './eval-obfuscated-multilingual.js';
import { evaluateOwnMultilingual } from './eval-own-multilingual.js';

/** Probabilities of the heads [prompt_injection, indirect_injection, jailbreak, harmful_intent], as the scanners compute them. */
export type Scores = readonly [number, number, number, number];

/**
 * `harmGate`: score harmful_intent as the scanner decides it, the head gated by a harm topic in its window
 * (harm-topics.ts). Off for threshold selection in training, which calibrates the head itself.
 */
export function scoreRows(
  weights: LoadedWeights,
  rows: readonly Row[],
  rules = true,
  harmGate = false,
): Scores[] {
  const run = createDetectorRuntime(weights, { rules });
  return rows.map((r) => {
    const t = normalize(r.text);
    const h = run(t).heads;
    const harm = harmGate ? gatedHarmProbability(t, h[3]!, weights) : h[3]!.score;
    return [h[0]!.score, h[1]!.score, h[2]!.score, harm] as const;
  });
}

/**
 * Injection or jailbreak flagged. `document`: the text is third-party content (ScanContext.source document/tool),
 * where the scanner also applies the indirect-injection head.
 */
export function isAttackFlag(s: Scores, t: ArrayLike<number>, document = false): boolean {
  return s[0] >= t[0]! || s[2] >= t[2]! || (document && s[1] >= t[1]!);
}
export function isHarmFlag(s: Scores, t: ArrayLike<number>): boolean {
  return s[3] >= t[3]!;
}

/** Rows that are retrieved documents (BIPIA e-mails, tables, code) are scanned as documents. */
export const isDocumentRow = (r: Row): boolean => r.file === 'bipia-indirect';

export interface Rate {
  n: number;
  hits: number;
  rate: number;
}
function rate(hits: number, n: number): Rate {
  return { n, hits, rate: n === 0 ? 0 : hits / n };
}
const isAttack = (r: Row): boolean => r.label === 'injection' || r.label === 'jailbreak';
const isBenign = (r: Row): boolean => r.label === 'benign' || r.label === 'system_prompt';

export interface FileRow {
  file: string;
  attacks: Rate;
  benign: Rate;
  /** Mean of recall and (1 - FPR) over the kinds present; null when the file has only one kind. */
  balancedAccuracy: number | null;
}

export interface EvalReport {
  thresholds: {
    prompt_injection: number;
    indirect_injection: number;
    jailbreak: number;
    harmful_intent: number;
  };
  overall: { attacks: Rate; benign: Rate; balancedAccuracy: number };
  files: FileRow[];
  /** attackFlags: scanned as a user prompt; documentFlags: scanned as a document (indirect head on too). */
  benignKinds: { kind: string; attackFlags: Rate; documentFlags: Rate; harmFlags: Rate }[];
  harmful: { file: string; recall: Rate }[];
  multilingual: { label: string; lang: string; recall: Rate }[];
  multilingualSummary: { label: string; recall: Rate }[];
  /** The same held-out multilingual rows scored by the trained model alone (rule layer off). */
  multilingualModelOnly: { label: string; recall: Rate }[];
  obfuscated: { transform: string; recall: Rate }[];
  obfuscatedBaseline: Rate;
  /** BIPIA test rows whose injected sentence never occurs in a training row: generalisation to new attacks. */
  bipiaUnseenAttacks: Rate;
  /**
   * Per language: injection + jailbreak recall on the older held-out templates and on the fresh set written
   * after the lexicon (rules + model, and model alone), and the FPR on that language's benign rows of this split.
   */
  languages: { lang: string; heldout: Rate; fresh: Rate; freshModelOnly: Rate; benign: Rate }[];
  /** The fresh set's phrases of this split's half, alone, through the obfuscations (eval-obfuscated-multilingual.ts). */
  obfuscatedMultilingual: { plain: Rate; transforms: { transform: string; recall: Rate }[] };
  /** The formerly blind multilingual set (eval-blind.ts), a development set since 2026-11-26: both splits. */
  blind: BlindReport | null;
  /** Own multilingual rows' dev slots (train-data/multilingual-own.ts); dev split only. */
  own: BlindReport | null;
  /** The second blind sets (eval-blind2.ts: multilingual attacks + everyday requests); test split only. */
  blind2: Blind2Report | null;
}

function benignKindOf(r: Row): string {
  if (r.label === 'system_prompt') return 'system_prompt (tensor-trust)';
  return r.file.startsWith('benign/') ? r.file : 'guards_benign (benign rows of guards/*)';
}

/** Everything `npm run eval:guards` reports, on rows of the given split (test unless stated otherwise). */
export function evaluate(
  weights: LoadedWeights,
  all: readonly Row[],
  split: 'dev' | 'test' = 'test',
  sample = 1,
  withBlind2 = true,
): EvalReport {
  const rand = prng(97);
  const rows = all.filter((r) => r.split === split && (sample >= 1 || rand() < sample));
  const scores = scoreRows(weights, rows, true, true);
  const t = weights.threshold;

  const byFile = new Map<string, { a: number; ah: number; b: number; bh: number }>();
  const byKind = new Map<string, { n: number; att: number; doc: number; harm: number }>();
  const harmByFile = new Map<string, { n: number; h: number }>();
  let a = 0;
  let ah = 0;
  let b = 0;
  let bh = 0;
  rows.forEach((r, i) => {
    const s = scores[i]!;
    const flag = isAttackFlag(s, t, isDocumentRow(r));
    const f = byFile.get(r.file) ?? { a: 0, ah: 0, b: 0, bh: 0 };
    if (isAttack(r)) {
      f.a++;
      a++;
      if (flag) {
        f.ah++;
        ah++;
      }
    } else if (isBenign(r)) {
      f.b++;
      b++;
      if (flag) {
        f.bh++;
        bh++;
      }
      const kind = benignKindOf(r);
      const k = byKind.get(kind) ?? { n: 0, att: 0, doc: 0, harm: 0 };
      k.n++;
      if (isAttackFlag(s, t, false)) k.att++;
      if (isAttackFlag(s, t, true)) k.doc++;
      if (isHarmFlag(s, t)) k.harm++;
      byKind.set(kind, k);
    } else if (r.label === 'harmful') {
      const h = harmByFile.get(r.file) ?? { n: 0, h: 0 };
      h.n++;
      if (isHarmFlag(s, t)) h.h++;
      harmByFile.set(r.file, h);
    }
    byFile.set(r.file, f);
  });
  const files: FileRow[] = [...byFile.entries()]
    .filter(([, f]) => f.a + f.b > 0)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([file, f]) => ({
      file,
      attacks: rate(f.ah, f.a),
      benign: rate(f.bh, f.b),
      balancedAccuracy: f.a > 0 && f.b > 0 ? (f.ah / f.a + 1 - f.bh / f.b) / 2 : null,
    }));

  // Held-out multilingual phrases (templates never used in training), in contexts from test rows.
  const ml = heldoutMultilingual(all);
  const mlScores = scoreRows(weights, ml, true, true);
  const mlPlain = scoreRows(weights, ml, false, true);
  const mlModelOnly = new Map<string, { n: number; h: number }>();
  ml.forEach((r, i) => {
    const hit = r.label === 'harmful' ? isHarmFlag(mlPlain[i]!, t) : isAttackFlag(mlPlain[i]!, t);
    const m = mlModelOnly.get(r.label) ?? { n: 0, h: 0 };
    m.n++;
    if (hit) m.h++;
    mlModelOnly.set(r.label, m);
  });
  const mlBy = new Map<string, { n: number; h: number }>();
  const mlSum = new Map<string, { n: number; h: number }>();
  ml.forEach((r, i) => {
    const hit = r.label === 'harmful' ? isHarmFlag(mlScores[i]!, t) : isAttackFlag(mlScores[i]!, t);
    for (const [map, key] of [
      [mlBy, `${r.label}|${r.lang ?? '?'}`],
      [mlSum, r.label],
    ] as const) {
      const m = map.get(key) ?? { n: 0, h: 0 };
      m.n++;
      if (hit) m.h++;
      map.set(key, m);
    }
  });

  // Per language: older held-out templates, the fresh set's half for this split (eval-fresh-multilingual.ts), benign rows.
  const fresh = synthesizeAttacks(freshHalf(split), all, split, 'synthetic/multilingual-fresh', 31);
  const freshScores = scoreRows(weights, fresh);
  const freshPlain = scoreRows(weights, fresh, false);
  const langs = new Map<
    string,
    { ho: number; hoH: number; f: number; fH: number; fM: number; b: number; bH: number }
  >();
  const lang = (l: string | undefined) => {
    const key = l ?? '?';
    const v = langs.get(key) ?? { ho: 0, hoH: 0, f: 0, fH: 0, fM: 0, b: 0, bH: 0 };
    langs.set(key, v);
    return v;
  };
  ml.forEach((r, i) => {
    if (r.label === 'harmful') return;
    const v = lang(r.lang);
    v.ho++;
    if (isAttackFlag(mlScores[i]!, t)) v.hoH++;
  });
  fresh.forEach((r, i) => {
    const v = lang(r.lang);
    v.f++;
    if (isAttackFlag(freshScores[i]!, t)) v.fH++;
    if (isAttackFlag(freshPlain[i]!, t)) v.fM++;
  });
  rows.forEach((r, i) => {
    if (r.file !== 'benign/multilingual' || r.lang === undefined) return;
    const v = lang(r.lang);
    v.b++;
    if (isAttackFlag(scores[i]!, t)) v.bH++;
  });

  // Obfuscated copies of held-out English attack rows.
  const orand = prng(131);
  const plain = rows
    .filter((r) => isAttack(r) && r.text.length <= 800 && r.file !== 'bipia-indirect' && orand() < 0.5)
    .slice(0, 200);
  const plainScores = scoreRows(weights, plain);
  const baseline = rate(plainScores.filter((s) => isAttackFlag(s, t)).length, plain.length);
  const obfuscated = Object.entries(OBFUSCATIONS).map(([name, fn]) => {
    const sc = scoreRows(
      weights,
      plain.map((r) => ({ ...r, text: fn(r.text) })),
    );
    return { transform: name, recall: rate(sc.filter((s) => isAttackFlag(s, t)).length, plain.length) };
  });

  const trainAttacks = new Set(
    all.filter((r) => r.split === 'train' && r.attack !== undefined).map((r) => r.attack),
  );
  let unseen = 0;
  let unseenHits = 0;
  rows.forEach((r, i) => {
    if (r.attack === undefined || trainAttacks.has(r.attack)) return;
    unseen++;
    if (isAttackFlag(scores[i]!, t, true)) unseenHits++;
  });

  const overallRecall = a === 0 ? 0 : ah / a;
  const overallFpr = b === 0 ? 0 : bh / b;
  return {
    thresholds: {
      prompt_injection: t[0]!,
      indirect_injection: t[1]!,
      jailbreak: t[2]!,
      harmful_intent: t[3]!,
    },
    overall: {
      attacks: rate(ah, a),
      benign: rate(bh, b),
      balancedAccuracy: (overallRecall + 1 - overallFpr) / 2,
    },
    files,
    benignKinds: [...byKind.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([kind, k]) => ({
        kind,
        attackFlags: rate(k.att, k.n),
        documentFlags: rate(k.doc, k.n),
        harmFlags: rate(k.harm, k.n),
      })),
    harmful: [...harmByFile.entries()].map(([file, h]) => ({ file, recall: rate(h.h, h.n) })),
    multilingual: [...mlBy.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([key, m]) => {
        const [label, lang] = key.split('|') as [string, string];
        return { label, lang, recall: rate(m.h, m.n) };
      }),
    multilingualSummary: [...mlSum.entries()].map(([label, m]) => ({ label, recall: rate(m.h, m.n) })),
    multilingualModelOnly: [...mlModelOnly.entries()].map(([label, m]) => ({
      label,
      recall: rate(m.h, m.n),
    })),
    obfuscated,
    obfuscatedBaseline: baseline,
    bipiaUnseenAttacks: rate(unseenHits, unseen),
    languages: [...langs.entries()]
      .sort(([x], [y]) => x.localeCompare(y))
      .map(([l, v]) => ({
        lang: l,
        heldout: rate(v.hoH, v.ho),
        fresh: rate(v.fH, v.f),
        freshModelOnly: rate(v.fM, v.f),
        benign: rate(v.bH, v.b),
      })),
    obfuscatedMultilingual: evaluateObfuscatedMultilingual(weights, split),
    blind: evaluateBlind(weights, all),
    own: split === 'dev' ? evaluateOwnMultilingual(weights, all) : null,
    blind2: split === 'test' && withBlind2 ? evaluateBlind2(weights) : null,
  };
}

const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`.padStart(7);

/** The terminal table. */
export function formatReport(rep: EvalReport): string {
  const lines: string[] = [];
  const th = rep.thresholds;
  lines.push(
    `thresholds: prompt_injection ${th.prompt_injection.toFixed(3)} · indirect_injection ${th.indirect_injection.toFixed(3)} · jailbreak ${th.jailbreak.toFixed(3)} · harmful_intent ${th.harmful_intent.toFixed(3)}`,
  );
  lines.push('');
  lines.push(
    'injection + jailbreak, held-out rows per data file (bipia-indirect scanned as documents, the rest as prompts)',
  );
  lines.push(
    `${'file'.padEnd(34)} ${'attacks'.padStart(7)} ${'recall'.padStart(7)} ${'benign'.padStart(7)} ${'FPR'.padStart(7)} ${'bal.acc'.padStart(7)}`,
  );
  for (const f of rep.files) {
    lines.push(
      `${f.file.padEnd(34)} ${String(f.attacks.n).padStart(7)} ${f.attacks.n ? pct(f.attacks) : '      -'} ${String(f.benign.n).padStart(7)} ${f.benign.n ? pct(f.benign) : '      -'} ${f.balancedAccuracy === null ? '      -' : f.balancedAccuracy.toFixed(3).padStart(7)}`,
    );
  }
  const o = rep.overall;
  lines.push(
    `${'ALL shared datasets'.padEnd(34)} ${String(o.attacks.n).padStart(7)} ${pct(o.attacks)} ${String(o.benign.n).padStart(7)} ${pct(o.benign)} ${o.balancedAccuracy.toFixed(3).padStart(7)}`,
  );
  if (rep.bipiaUnseenAttacks.n > 0) {
    lines.push(
      `${'  bipia, attack sentence unseen in training'.padEnd(34)} ${String(rep.bipiaUnseenAttacks.n).padStart(7)} ${pct(rep.bipiaUnseenAttacks)}`,
    );
  }
  lines.push('');
  lines.push('false-positive rate per benign set (held-out rows)');
  lines.push(
    `${'benign set'.padEnd(42)} ${'rows'.padStart(6)} ${'prompt'.padStart(7)} ${'as doc'.padStart(7)} ${'harm'.padStart(7)}`,
  );
  for (const k of rep.benignKinds) {
    lines.push(
      `${k.kind.padEnd(42)} ${String(k.attackFlags.n).padStart(6)} ${pct(k.attackFlags)} ${pct(k.documentFlags)} ${pct(k.harmFlags)}`,
    );
  }
  lines.push('');
  lines.push('harmful-intent recall (held-out rows)');
  for (const h of rep.harmful)
    lines.push(`${h.file.padEnd(42)} ${String(h.recall.n).padStart(6)} ${pct(h.recall)}`);
  lines.push('');
  lines.push(
    `${'multilingual attacks, held-out templates (16 languages)'.padEnd(49)} ${'rules+model'.padStart(11)} ${'model only'.padStart(11)}`,
  );
  for (const m of rep.multilingualSummary) {
    const plain = rep.multilingualModelOnly.find((x) => x.label === m.label)!;
    lines.push(
      `${m.label.padEnd(42)} ${String(m.recall.n).padStart(6)} ${pct(m.recall).padStart(11)} ${pct(plain.recall).padStart(11)}`,
    );
  }
  lines.push('');
  lines.push(
    "per language: injection + jailbreak recall (older held-out templates | fresh set written after the lexicon, this split's half) and benign FPR",
  );
  lines.push(
    `${'lang'.padEnd(6)} ${'held-out'.padStart(9)} ${'fresh'.padStart(6)} ${'recall'.padStart(7)} ${'model only'.padStart(10)} ${'benign'.padStart(7)} ${'FPR'.padStart(7)}`,
  );
  const sum = { f: 0, fH: 0, fM: 0, b: 0, bH: 0 };
  for (const l of rep.languages) {
    sum.f += l.fresh.n;
    sum.fH += l.fresh.hits;
    sum.fM += l.freshModelOnly.hits;
    sum.b += l.benign.n;
    sum.bH += l.benign.hits;
    lines.push(
      `${l.lang.padEnd(6)} ${pct(l.heldout).padStart(9)} ${String(l.fresh.n).padStart(6)} ${pct(l.fresh)} ${pct(l.freshModelOnly).padStart(10)} ${String(l.benign.n).padStart(7)} ${pct(l.benign)}`,
    );
  }
  lines.push(
    `${'all'.padEnd(6)} ${''.padStart(9)} ${String(sum.f).padStart(6)} ${pct(rate(sum.fH, sum.f))} ${pct(rate(sum.fM, sum.f)).padStart(10)} ${String(sum.b).padStart(7)} ${pct(rate(sum.bH, sum.b))}`,
  );
  lines.push('');
  lines.push(
    `obfuscated held-out attacks (same ${rep.obfuscatedBaseline.n} rows; plain recall ${pct(rep.obfuscatedBaseline).trim()})`,
  );
  for (const x of rep.obfuscated)
    lines.push(`${x.transform.padEnd(42)} ${String(x.recall.n).padStart(6)} ${pct(x.recall)}`);
  const om = rep.obfuscatedMultilingual;
  lines.push(
    '',
    `obfuscated attacks in other languages (fresh set, this split's half, phrases alone; plain recall ${pct(om.plain).trim()} of ${om.plain.n})`,
  );
  for (const x of om.transforms)
    lines.push(`${x.transform.padEnd(42)} ${String(x.recall.n).padStart(6)} ${pct(x.recall)}`);
  if (rep.blind !== null) lines.push('', formatBlind(rep.blind));
  if (rep.own !== null) {
    lines.push(
      '',
      formatBlind(
        rep.own,
        'own multilingual set, DEV slots (train-data/multilingual-own.ts; scenarios never trained on): injection + jailbreak recall, hard-benign FPR',
      ),
    );
  }
  if (rep.blind2 !== null) lines.push('', formatBlind2(rep.blind2));
  return lines.join('\n');
}
