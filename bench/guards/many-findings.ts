/**
 * `npm run bench:guards:findings`: CPU time of `bastion scan`'s work (normalise, every input scanner, the policy
 * decision, redaction; the handler `bastion scan` and POST /v1/guard/scan share) on texts with 10,000 and 50,000
 * findings (one e-mail address or one card number per line), per finding, and the ratio 50k/10k per finding (1.0 =
 * linear). Side by side in the same process: the overlap resolution that made it quadratic (each match checked
 * against every kept one) against keepDisjoint, on the same candidate spans. `--quick`: fewer rounds.
 */
import { loadavg } from 'node:os';
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { offlineGuards } from '../../src/guards/offline-budget.js';
import { keepDisjoint } from '../../src/guards/pii/keep-disjoint.js';
import { handleGuardScan } from '../../src/guards/scan-api.js';
import { fmt } from './stats.js';

const out = (line = '') => process.stdout.write(line + '\n');
const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 3 : 7;

function luhnDigit(body: string): string {
  for (let c = 0; c < 10; c++) {
    const s = body + c;
    let sum = 0;
    for (let i = 0; i < s.length; i++) {
      let d = Number(s[s.length - 1 - i]);
      if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      sum += d;
    }
    if (sum % 10 === 0) return String(c);
  }
  return '0';
}

const texts = {
  emails: (n: number) =>
    Array.from({ length: n }, (_, i) => `row ${i}: please contact user${i}@example.org about it today`).join(
      '\n',
    ),
  cards: (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const body = '4111' + String(100_000_000 + i * 37).padStart(11, '0');
      return `line ${i} card ${(body + luhnDigit(body)).replace(/(\d{4})(?=\d)/g, '$1 ')} end of record`;
    }).join('\n'),
};

/** Median CPU milliseconds of `fn` over ROUNDS runs (after one warm-up). */
function cpuMs(fn: () => unknown): number {
  fn();
  const runs: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    runs.push((c.user + c.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)] ?? NaN;
}

function pairwise<T extends { start: number; end: number }>(ranked: readonly T[]): T[] {
  const kept: T[] = [];
  for (const m of ranked) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  return kept;
}

const engine = createGuardEngine(offlineGuards(guardsSchema.parse({})));
out(`# bastion scan with many findings (${quick ? 'quick' : 'full'}: median of ${ROUNDS}, CPU time)`);
out(
  `load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
out(
  '| text | findings | MB | scan CPU ms | µs per finding | 50k/10k per finding | overlap step: pairwise ms | keepDisjoint ms | ratio |',
);
out('|---|---|---|---|---|---|---|---|---|');
for (const [kind, make] of Object.entries(texts)) {
  let perFinding10k = NaN;
  for (const n of [10_000, 50_000]) {
    const text = make(n);
    let findings = 0;
    const scan = cpuMs(() => {
      findings = handleGuardScan({ text, redact: true }, { engine }).findings.length;
    });
    const per = (scan * 1000) / findings;
    if (n === 10_000) perFinding10k = per;
    // The candidates as detectPii ranks them (score, then specificity, then length: all equal here).
    const spans = Array.from({ length: findings }, (_, i) => ({ start: i * 60, end: i * 60 + 20 }));
    const old = cpuMs(() => pairwise(spans));
    const now = cpuMs(() => keepDisjoint(spans));
    out(
      `| ${kind} | ${findings} | ${fmt(text.length / 1e6, 2)} | ${fmt(scan, 0)} | ${fmt(per, 1)} | ${n === 10_000 ? '' : fmt(per / perFinding10k, 2)} | ${fmt(old, 1)} | ${fmt(now, 2)} | ${fmt(old / now, 0)}× |`,
    );
  }
}
