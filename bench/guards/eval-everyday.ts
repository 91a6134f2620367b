import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { calibratedScore } from '../../src/guards/detectors/calibrate.js';
import {
  DEV_ABOUT_HARM_REQUESTS,
  DEV_BENIGN_REQUESTS,
  DEV_BENIGN_REQUESTS_2,
  DEV_BENIGN_REQUESTS_3,
  DEV_HARMFUL_REQUESTS,
  DEV_HARMFUL_REQUESTS_2,
} from '../../src/guards/detectors/harm-topics.fixtures.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { normalize } from '../../src/guards/normalize/index.js';
import {
  EVERYDAY_BENIGN,
  EVERYDAY_BENIGN_EN_BY_CATEGORY,
  EVERYDAY_HARMFUL,
  EVERYDAY_HARMFUL_EN_BY_CATEGORY,
} from './eval-everyday-requests.js';

/**
 * Everyday requests through the default input pipeline (`bastion scan` with no config): the harm false-positive
 * rate on the benign set and the harm recall on its harmful set (eval-everyday-requests.ts, written by someone who
 * never saw the detector; blind until 2026-11-26, since then a development set whose RATES the harm gate was tuned
 * with, never its rows), per language. "before" is the trained harmful-intent head
 * alone, as the scanner reported it until the harm-topic gate; "after" is the shipped scanner. The other input
 * scanners' blocks on benign rows are reported too: a false positive blocks a user whichever scanner raised it.
 * Only rates are printed, never rows (the set must stay blind for whoever fixes the next miss).
 */
export interface EverydayCounts {
  n: number;
  /** Harm flagged by the head alone (the scanner before the topic gate). */
  harmBefore: number;
  /** Harm flagged by the shipped scanner. */
  harmAfter: number;
  /** prompt_injection or jailbreak at or above its threshold. */
  attack: number;
  /** Any scanner whose default action is block, at or above its threshold (the user is refused). */
  blocked: number;
}

export interface EverydayGroup extends EverydayCounts {
  group: string;
}

export interface EverydayReport {
  benign: EverydayGroup[];
  harmful: EverydayGroup[];
  benignEnCategories: EverydayGroup[];
  harmfulEnCategories: EverydayGroup[];
  /** The hand-written development examples the gate WAS tuned on (harm-topics.fixtures.ts), for contrast. */
  dev: { benign: EverydayCounts; harmful: EverydayCounts };
}

type Table = Readonly<Record<string, readonly string[]>>;

export function evaluateEveryday(): EverydayReport {
  const engine = createGuardEngine(guardsSchema.parse({}));
  const settings = engine.settings('input');
  const { weights, run } = sharedDetector();
  const t = weights.threshold[3]!;
  const count = (texts: readonly string[]): EverydayCounts => {
    const c: EverydayCounts = { n: 0, harmBefore: 0, harmAfter: 0, attack: 0, blocked: 0 };
    for (const text of texts) {
      c.n++;
      if (calibratedScore(run(normalize(text)).heads[3]!.score, t) >= 0.5) c.harmBefore++;
      const acted = engine
        .scan(text, { direction: 'input', source: 'user' })
        .findings.filter((f) => f.score >= (settings.get(f.scanner)?.threshold ?? 0.5));
      if (acted.some((f) => f.scanner === 'harmful_intent')) c.harmAfter++;
      if (acted.some((f) => f.scanner === 'prompt_injection' || f.scanner === 'jailbreak')) c.attack++;
      if (acted.some((f) => (settings.get(f.scanner)?.action ?? 'block') === 'block')) c.blocked++;
    }
    return c;
  };
  const groups = (table: Table): EverydayGroup[] =>
    Object.entries(table).map(([group, texts]) => ({ group, ...count(texts) }));
  return {
    benign: groups(EVERYDAY_BENIGN),
    harmful: groups(EVERYDAY_HARMFUL),
    benignEnCategories: groups(EVERYDAY_BENIGN_EN_BY_CATEGORY),
    harmfulEnCategories: groups(EVERYDAY_HARMFUL_EN_BY_CATEGORY),
    dev: {
      benign: count(
        [DEV_BENIGN_REQUESTS, DEV_BENIGN_REQUESTS_2, DEV_BENIGN_REQUESTS_3, DEV_ABOUT_HARM_REQUESTS].flatMap(
          (t) => Object.values(t).flat(),
        ),
      ),
      harmful: count([DEV_HARMFUL_REQUESTS, DEV_HARMFUL_REQUESTS_2].flatMap((t) => Object.values(t).flat())),
    },
  };
}

const pct = (hits: number, n: number): string =>
  `${n === 0 ? '-' : ((100 * hits) / n).toFixed(1)}%`.padStart(7);

function sum(rows: readonly EverydayCounts[]): EverydayCounts {
  const s: EverydayCounts = { n: 0, harmBefore: 0, harmAfter: 0, attack: 0, blocked: 0 };
  for (const r of rows) {
    s.n += r.n;
    s.harmBefore += r.harmBefore;
    s.harmAfter += r.harmAfter;
    s.attack += r.attack;
    s.blocked += r.blocked;
  }
  return s;
}

function benignLine(name: string, c: EverydayCounts): string {
  return `${name.padEnd(22)} ${String(c.n).padStart(5)} ${pct(c.harmBefore, c.n)} ${pct(c.harmAfter, c.n)} ${pct(c.attack, c.n)} ${pct(c.blocked, c.n)}`;
}
function harmfulLine(name: string, c: EverydayCounts): string {
  return `${name.padEnd(22)} ${String(c.n).padStart(5)} ${pct(c.harmBefore, c.n)} ${pct(c.harmAfter, c.n)} ${pct(c.blocked, c.n)}`;
}

/** The terminal section printed by `npm run eval:guards`. */
export function formatEveryday(rep: EverydayReport): string {
  const lines: string[] = [];
  lines.push(
    'everyday requests (bench/guards/eval-everyday-requests.ts; blind until 2026-11-26, a development set since: the harm gate was tuned with its rates), default input pipeline (`bastion scan`, no config)\nharm: head = trained head alone (before), gated = shipped scanner with the harm-topic gate (after); inj/jb and blocked: shipped pipeline',
  );
  lines.push(
    `${'benign, per language'.padEnd(22)} ${'rows'.padStart(5)} ${'head'.padStart(7)} ${'gated'.padStart(7)} ${'inj/jb'.padStart(7)} ${'blocked'.padStart(7)}`,
  );
  for (const g of rep.benign) lines.push(benignLine(g.group, g));
  lines.push(benignLine('all', sum(rep.benign)));
  lines.push(benignLine('all but en', sum(rep.benign.filter((g) => g.group !== 'en'))));
  for (const g of rep.benignEnCategories) lines.push(benignLine(`  en/${g.group}`, g));
  lines.push('');
  lines.push(
    `${'harmful, per language'.padEnd(22)} ${'rows'.padStart(5)} ${'head'.padStart(7)} ${'gated'.padStart(7)} ${'blocked'.padStart(7)}`,
  );
  for (const g of rep.harmful) lines.push(harmfulLine(g.group, g));
  lines.push(harmfulLine('all', sum(rep.harmful)));
  lines.push(harmfulLine('all but en', sum(rep.harmful.filter((g) => g.group !== 'en'))));
  for (const g of rep.harmfulEnCategories) lines.push(harmfulLine(`  en/${g.group}`, g));
  lines.push('');
  lines.push(
    'dev examples the gate was tuned on (src/guards/detectors/harm-topics.fixtures.ts), not a measurement:',
  );
  lines.push(benignLine('  benign', rep.dev.benign));
  lines.push(harmfulLine('  harmful', rep.dev.harmful));
  return lines.join('\n');
}
