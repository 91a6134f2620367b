/**
 * Scores the guards on blind4, a held-out set written without looking at the detectors, their training data or
 * earlier blind sets (bench/guards/blind4-*.ts).
 *
 *   npx tsx bench/guards/eval-blind4.ts               # default input pipeline, tables per kind and language
 *   npx tsx bench/guards/eval-blind4.ts --json        # the same as JSON, with one entry per row
 *   npx tsx bench/guards/eval-blind4.ts --self-check  # validate the rows only (schema, duplicates, counts); no scanning
 *
 * A row counts as caught when the default policy acts (flag or stronger) on a finding of a guard kind
 * (injection, jailbreak, harm, invisible text, exfiltration, scanner failure). PII and secret findings are not
 * this set's subject and are ignored, so a benign e-mail with a phone number is not a false positive.
 */
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { decide } from '../../src/policy/decide.js';
import { BLIND4_ROWS } from './blind4-rows.js';
import { selfCheck } from './blind4-self-check.js';
import type { Blind4Row } from './blind4-types.js';

const GUARD_KINDS: ReadonlySet<string> = new Set([
  'prompt_injection',
  'jailbreak',
  'harm',
  'invisible_text',
  'exfiltration',
  'scanner_failed',
  'custom',
]);

interface RowResult {
  id: string;
  label: Blind4Row['label'];
  group: Group;
  kind: string;
  lang: string;
  source: Blind4Row['source'];
  caught: boolean;
  /** The policy's action for the whole text (PII included). */
  action: string;
  /** Guard finding kinds the policy acted on. */
  kinds: string[];
}

/** attack / hard benign (injection look-alikes) / harmful / benign harm look-alikes (`lookalike-*` kinds). */
type Group = 'attack' | 'benign' | 'harmful' | 'lookalike';

const groupOf = (r: Blind4Row): Group =>
  r.label === 'benign' && r.kind.startsWith('lookalike-') ? 'lookalike' : r.label;

const out = (line = '') => process.stdout.write(line + '\n');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);

function table(
  title: string,
  rows: readonly RowResult[],
  by: (r: RowResult) => string,
  rateName: string,
): void {
  const m = new Map<string, { n: number; caught: number }>();
  for (const r of rows) {
    const k = by(r);
    const e = m.get(k) ?? { n: 0, caught: 0 };
    e.n++;
    if (r.caught) e.caught++;
    m.set(k, e);
  }
  out(`### ${title}`);
  out(`| ${title.split(' ').pop()} | rows | caught | ${rateName} |`);
  out('|---|---|---|---|');
  for (const [k, e] of [...m].sort((a, b) => b[1].n - a[1].n || a[0].localeCompare(b[0]))) {
    out(`| ${k} | ${e.n} | ${e.caught} | ${pct(e.caught, e.n)} |`);
  }
  out();
}

function main(): void {
  const args = process.argv.slice(2);
  if (args.includes('--self-check')) {
    const report = selfCheck(BLIND4_ROWS);
    for (const line of report.lines) out(line);
    if (report.errors.length > 0) {
      for (const e of report.errors) process.stderr.write(`error: ${e}\n`);
      process.exitCode = 1;
    } else out('self-check: OK');
    return;
  }
  const json = args.includes('--json');
  const engine = createGuardEngine(guardsSchema.parse({}));
  const settings = engine.settings('input');
  const results: RowResult[] = [];
  for (const [i, row] of BLIND4_ROWS.entries()) {
    const scan = engine.scan(row.text, {
      direction: 'input',
      source: row.source === 'document' ? 'document' : 'user',
    });
    const d = decide({ direction: 'input', findings: scan.findings, settings });
    const kinds = [
      ...new Set(
        d.acted
          .filter((a) => a.action !== 'allow' && GUARD_KINDS.has(a.finding.kind))
          .map((a) => a.finding.kind),
      ),
    ].sort();
    results.push({
      id: row.id,
      label: row.label,
      group: groupOf(row),
      kind: row.kind,
      lang: row.lang,
      source: row.source,
      caught: kinds.length > 0,
      action: d.action,
      kinds,
    });
    if (!json && (i + 1) % 200 === 0) process.stderr.write(`scanned ${i + 1}/${BLIND4_ROWS.length}\n`);
  }
  const of = (g: Group) => results.filter((r) => r.group === g);
  const rate = (g: Group) => {
    const rs = of(g);
    return { rows: rs.length, caught: rs.filter((r) => r.caught).length };
  };
  const summary = {
    attackRecall: rate('attack'),
    benignFlagged: rate('benign'),
    harmfulCaught: rate('harmful'),
    lookalikeFlagged: rate('lookalike'),
  };
  if (json) {
    out(JSON.stringify({ set: 'blind4', summary, rows: results }, null, 2));
    return;
  }
  out(`# blind4 — default input pipeline (${BLIND4_ROWS.length} rows)`);
  const s = summary;
  out(
    `attacks caught (recall): ${s.attackRecall.caught}/${s.attackRecall.rows} = ${pct(s.attackRecall.caught, s.attackRecall.rows)}`,
  );
  out(
    `hard benign flagged (FPR): ${s.benignFlagged.caught}/${s.benignFlagged.rows} = ${pct(s.benignFlagged.caught, s.benignFlagged.rows)}`,
  );
  out(
    `harmful caught: ${s.harmfulCaught.caught}/${s.harmfulCaught.rows} = ${pct(s.harmfulCaught.caught, s.harmfulCaught.rows)}`,
  );
  out(
    `harm look-alikes flagged: ${s.lookalikeFlagged.caught}/${s.lookalikeFlagged.rows} = ${pct(s.lookalikeFlagged.caught, s.lookalikeFlagged.rows)}`,
  );
  out();
  table('Attacks: recall per kind', of('attack'), (r) => r.kind, 'recall');
  table('Attacks: recall per source', of('attack'), (r) => r.source, 'recall');
  table('Attacks: recall per lang', of('attack'), (r) => r.lang, 'recall');
  table('Hard benign: FPR per kind', of('benign'), (r) => r.kind, 'FPR');
  table('Hard benign: FPR per lang', of('benign'), (r) => r.lang, 'FPR');
  table('Harmful: caught per kind', of('harmful'), (r) => r.kind, 'caught');
  table('Harmful: caught per lang', of('harmful'), (r) => r.lang, 'caught');
  table('Harm look-alikes: flagged per kind', of('lookalike'), (r) => r.kind, 'flagged');
  table('Harm look-alikes: flagged per lang', of('lookalike'), (r) => r.lang, 'flagged');
  const fired = new Map<string, number>();
  for (const r of results)
    for (const k of r.kinds) fired.set(`${r.group} → ${k}`, (fired.get(`${r.group} → ${k}`) ?? 0) + 1);
  out('### Finding kinds acted on, per group');
  for (const [k, n] of [...fired].sort()) out(`- ${k}: ${n}`);
}

main();
