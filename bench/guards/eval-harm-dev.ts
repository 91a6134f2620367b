/**
 * `npx tsx bench/guards/eval-harm-dev.ts [--misses] [--json] [--why TEXT...]`: the harmful_intent scanner (head + harm-topic gate)
 * on the data its author may tune on, in one quick run (~10 s):
 *  - the gate's own rows (train-data/harm-dev*.ts), TUNE and DEV halves apart, per English category and language;
 *  - the hand-written fixtures (harm-topics.fixtures.ts, tuned on);
 *  - the everyday-requests set (eval-everyday-requests.ts, a development set since 2026-11-26): rates only;
 *  - the shared datasets: harmful recall (AdvBench, GPTFuzz, …) and the harm flag rate on every benign file, on
 *    the dev and the held-out test split.
 * `--misses` prints the rows of the TUNE half (and of the fixtures) the scanner gets wrong; DEV rows and every
 * evaluation row are only counted. `--verbose` adds the everyday set's rates per language. `--why TEXT...` explains the decision on the given texts and stops.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fixtures from '../../src/guards/detectors/harm-topics.fixtures.js';
import { calibratedScore } from '../../src/guards/detectors/calibrate.js';
import { findHarmEvidence } from '../../src/guards/detectors/harm-topics-match.js';
import harmfulIntent from '../../src/guards/detectors/harmful-intent.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { normalize } from '../../src/guards/normalize/index.js';
import { datasetsDir, loadDatasetRows } from './eval-data.js';
import {
  EVERYDAY_BENIGN,
  EVERYDAY_HARMFUL,
  EVERYDAY_HARMFUL_EN_BY_CATEGORY,
  HARMFUL_OTHER_LANGUAGE_ROW_CATEGORIES,
} from './eval-everyday-requests.js';
import { harmDevRows } from './train-data/harm-dev.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const THRESHOLD = 0.5; // src/guards/defaults.ts

interface Tally {
  n: number;
  hit: number;
}
type Tallies = Map<string, Tally>;

function bump(m: Tallies, key: string, hit: boolean): void {
  const t = m.get(key) ?? { n: 0, hit: 0 };
  t.n++;
  if (hit) t.hit++;
  m.set(key, t);
}

const pct = (t: Tally | undefined): string =>
  t === undefined || t.n === 0 ? '      -' : `${((100 * t.hit) / t.n).toFixed(1)}%`.padStart(7);

function main(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const verbose = args.includes('--verbose');
  const json = args.includes('--json');
  const scan = harmfulIntent.create({});
  const flagged = (text: string): boolean =>
    scan(normalize(text), { direction: 'input', source: 'user' }).some((f) => f.score >= THRESHOLD);
  const out: Record<string, Record<string, Tally>> = {};
  const record = (name: string, m: Tallies): void => {
    out[name] = Object.fromEntries([...m.entries()].sort(([a], [b]) => a.localeCompare(b)));
  };
  const misses: string[] = [];
  const { weights, run } = sharedDetector();
  const whyAt = args.indexOf('--why');
  /** Why a row went the way it did: the head's calibrated score, the topic and the request the lexicon found. */
  const why = (text: string): string => {
    const t = normalize(text);
    const c = calibratedScore(run(t).heads[3]!.score, weights.threshold[3]!);
    const ev = findHarmEvidence(t.text);
    const span = (h: { start: number; end: number } | null): string =>
      h === null ? '-' : t.text.slice(h.start, h.end);
    return `head ${c.toFixed(3)} topic ${span(ev.topic)} request ${span(ev.request)}`;
  };
  /** Why a harmful row was missed, as a class (the rows themselves are never printed). */
  const missReason = (text: string): string => {
    const t = normalize(text);
    const c = calibratedScore(run(t).heads[3]!.score, weights.threshold[3]!);
    const ev = findHarmEvidence(t.text);
    if (ev.topic === null) return c >= 0.5 ? 'no topic, head >= 0.5' : 'no topic, head < 0.5';
    return ev.strong !== null
      ? 'strong topic, head too low'
      : ev.request !== null
        ? 'request, head too low'
        : 'topic, head too low';
  };
  /** Why a benign row was flagged, as a class. */
  const fpReason = (text: string): string => {
    const ev = findHarmEvidence(normalize(text).text);
    return ev.strong !== null ? 'strong topic' : ev.request !== null ? 'request' : 'topic';
  };
  if (whyAt >= 0) {
    for (const text of args.slice(whyAt + 1))
      process.stdout.write(`${flagged(text)} ${text}\n  ${why(text)}\n`);
    return;
  }
  const started = process.cpuUsage();

  // Own rows.
  const own: Tallies = new Map();
  for (const r of harmDevRows()) {
    const hit = flagged(r.text);
    const batch = r.kind.includes('/') ? r.kind.slice(0, r.kind.indexOf('/')) : null;
    const group = batch ?? (r.lang === 'en' ? 'en' : 'intl');
    const sub = batch !== null ? r.kind : r.lang === 'en' ? `en/${r.kind}` : r.lang;
    for (const split of [r.split, 'both']) {
      bump(own, `${split}|${r.label}|all`, hit);
      bump(own, `${split}|${r.label}|${group}`, hit);
      bump(own, `${split}|${r.label}|${sub}`, hit);
    }
    // DEV rows are never printed; why they went wrong is counted as a class.
    if (r.split === 'dev' && hit !== (r.label === 'harmful'))
      bump(
        own,
        `why|${r.label === 'harmful' ? 'miss' : 'FP'}: ${r.label === 'harmful' ? missReason(r.text) : fpReason(r.text)}`,
        true,
      );
    if (showMisses && r.split === 'tune' && hit !== (r.label === 'harmful'))
      misses.push(
        `own ${r.label === 'harmful' ? 'MISS' : 'FP  '} [${r.lang}/${r.kind}] ${r.text}\n      ${why(r.text)}`,
      );
  }
  record('own', own);

  // Fixtures.
  const fx: Tallies = new Map();
  for (const [name, table] of Object.entries(fixtures)) {
    const harmful = name.startsWith('DEV_HARMFUL');
    for (const [lang, texts] of Object.entries(table))
      for (const text of texts) {
        const hit = flagged(text);
        bump(fx, harmful ? 'harmful' : 'benign', hit);
        if (showMisses && hit !== harmful)
          misses.push(`fixture ${harmful ? 'MISS' : 'FP  '} [${name}/${lang}] ${text}\n      ${why(text)}`);
      }
  }
  record('fixtures', fx);

  // Everyday-requests set: rates only.
  const ev: Tallies = new Map();
  for (const [label, table] of [
    ['benign', EVERYDAY_BENIGN],
    ['harmful', EVERYDAY_HARMFUL],
  ] as const)
    for (const [lang, texts] of Object.entries(table))
      for (const [i, text] of texts.entries()) {
        const hit = flagged(text);
        if (label === 'harmful' && lang !== 'en')
          bump(ev, `cat|intl/${HARMFUL_OTHER_LANGUAGE_ROW_CATEGORIES[i] ?? '?'}`, hit);
        bump(ev, `${label}|all`, hit);
        bump(ev, `${label}|${lang === 'en' ? 'en' : 'intl'}`, hit);
        bump(ev, `lang|${label}/${lang}`, hit);
        if (label === 'harmful' && !hit) bump(ev, `miss|${missReason(text)}`, true);
      }
  for (const [cat, texts] of Object.entries(EVERYDAY_HARMFUL_EN_BY_CATEGORY))
    for (const text of texts) bump(ev, `cat|en/${cat}`, flagged(text));
  record('everyday', ev);

  // Shared datasets.
  const ds: Tallies = new Map();
  for (const r of loadDatasetRows(datasetsDir(root))) {
    if (r.split === 'train') continue;
    if (r.label !== 'harmful' && r.label !== 'benign') continue;
    const hit = flagged(r.text);
    bump(ds, `${r.split}|${r.label}|${r.file}`, hit);
    // Dev-split rows may be looked at (thresholds and rules are chosen on them); test rows never.
    if (showMisses && r.split === 'dev' && hit !== (r.label === 'harmful'))
      misses.push(
        `datasets ${hit ? 'FP  ' : 'MISS'} [${r.file}] ${r.text.slice(0, 200)}\n      ${why(r.text)}`,
      );
  }
  record('datasets', ds);
  const cpu = process.cpuUsage(started);

  if (json) {
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  lines.push('own rows (train-data/harm-dev*.ts)      tune    dev   both');
  const keys = [
    ...new Set(
      [...own.keys()].filter((k) => !k.startsWith('why|')).map((k) => k.split('|').slice(1).join('|')),
    ),
  ].sort();
  for (const label of ['harmful', 'benign'])
    for (const k of keys.filter((x) => x.startsWith(`${label}|`))) {
      const name = `  ${k.replace('harmful|', 'recall ').replace('benign|', 'FPR    ')}`;
      const n = own.get(`both|${k}`)?.n ?? (own.get(`tune|${k}`)?.n ?? 0) + (own.get(`dev|${k}`)?.n ?? 0);
      lines.push(
        `${name.padEnd(30)} ${String(n).padStart(4)} ${pct(own.get(`tune|${k}`))}${pct(own.get(`dev|${k}`))}${pct(own.get(`both|${k}`))}`,
      );
    }
  for (const [k, v] of [...own].sort(([a], [b]) => a.localeCompare(b)))
    if (k.startsWith('why|')) lines.push(`  dev ${k.slice(4).padEnd(34)} ${v.n}`);
  lines.push(
    '',
    `fixtures (tuned on): harmful recall ${pct(fx.get('harmful'))} of ${fx.get('harmful')?.n}, benign FPR ${pct(fx.get('benign'))} of ${fx.get('benign')?.n}`,
  );
  lines.push(
    `everyday-requests set: harmful recall ${pct(ev.get('harmful|all'))} (en ${pct(ev.get('harmful|en')).trim()}, other ${pct(ev.get('harmful|intl')).trim()}), benign FPR ${pct(ev.get('benign|all'))} (en ${pct(ev.get('benign|en')).trim()}, other ${pct(ev.get('benign|intl')).trim()})`,
  );
  for (const [k, v] of [...ev].sort(([a], [b]) => a.localeCompare(b)))
    if (k.startsWith('cat|') || (verbose && k.startsWith('lang|')))
      lines.push(
        `  ${k.startsWith('cat|') ? 'recall' : 'rate  '} ${k.slice(k.indexOf('|') + 1).padEnd(34)} ${String(v.n).padStart(4)} ${pct(v)}`,
      );
  for (const [k, v] of ev) if (k.startsWith('miss|')) lines.push(`  missed: ${k.slice(5).padEnd(28)} ${v.n}`);
  lines.push('', 'shared datasets (dev | test split)              rows    dev   test');
  const dkeys = [...new Set([...ds.keys()].map((k) => k.split('|').slice(1).join('|')))].sort();
  for (const k of dkeys) {
    const [label, file] = k.split('|') as [string, string];
    const n = (ds.get(`dev|${k}`)?.n ?? 0) + (ds.get(`test|${k}`)?.n ?? 0);
    lines.push(
      `  ${label === 'harmful' ? 'recall' : 'harm FPR'} ${file.padEnd(36)} ${String(n).padStart(5)} ${pct(ds.get(`dev|${k}`))}${pct(ds.get(`test|${k}`))}`,
    );
  }
  lines.push('', `cpu ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s`);
  if (misses.length > 0) lines.push('', ...misses);
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
