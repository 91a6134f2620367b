/**
 * Scores the guards on blind4, a held-out set written without looking at the detectors, their training data or
 * earlier blind sets (bench/guards/blind4-*.ts). What counts as caught: see blind4-score.ts.
 *
 *   npx tsx bench/guards/eval-blind4.ts               # default input pipeline, tables per kind and language
 *   npx tsx bench/guards/eval-blind4.ts --json        # the same as JSON, with one entry per row
 *   npx tsx bench/guards/eval-blind4.ts --self-check  # validate the rows only (schema, duplicates, counts); no scanning
 *   npx tsx bench/guards/eval-blind4.ts --self-check --json  # the counts per group, kind and language as JSON
 */
import { BLIND4_ROWS } from './blind4-rows.js';
import type { Blind4Result, Rate } from './blind4-score.js';
import { selfCheck } from './blind4-self-check.js';

const out = (line = '') => process.stdout.write(line + '\n');
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const rateLine = (name: string, r: Rate) => `${name}: ${r.caught}/${r.rows} = ${pct(r.caught, r.rows)}`;

function table(
  title: string,
  column: string,
  rows: readonly Blind4Result[],
  by: (r: Blind4Result) => string,
  rateName: string,
): void {
  const m = new Map<string, Rate>();
  for (const r of rows) {
    const e = m.get(by(r)) ?? { rows: 0, caught: 0 };
    e.rows++;
    if (r.caught) e.caught++;
    m.set(by(r), e);
  }
  out(`### ${title}`);
  out(`| ${column} | rows | caught | ${rateName} |`);
  out('|---|---|---|---|');
  for (const [k, e] of [...m].sort((a, b) => b[1].rows - a[1].rows || a[0].localeCompare(b[0]))) {
    out(`| ${k} | ${e.rows} | ${e.caught} | ${pct(e.caught, e.rows)} |`);
  }
  out();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  if (args.includes('--self-check')) {
    const report = selfCheck(BLIND4_ROWS);
    if (json)
      out(
        JSON.stringify(
          { set: 'blind4', ok: report.errors.length === 0, ...report.counts, errors: report.errors },
          null,
          2,
        ),
      );
    else for (const line of report.lines) out(line);
    for (const e of report.errors) process.stderr.write(`error: ${e}\n`);
    if (report.errors.length > 0) process.exitCode = 1;
    else if (!json) out('self-check: OK');
    return;
  }
  // Loaded only when scanning, so --self-check never touches the engine or the detectors.
  const { scoreRows } = await import('./blind4-score.js');
  const { results, summary } = scoreRows(BLIND4_ROWS, (done) => {
    if (!json && done % 200 === 0) process.stderr.write(`scanned ${done}/${BLIND4_ROWS.length}\n`);
  });
  if (json) {
    out(JSON.stringify({ set: 'blind4', summary, rows: results }, null, 2));
    return;
  }
  const of = (g: Blind4Result['group']) => results.filter((r) => r.group === g);
  out(`# blind4 — default input pipeline (${BLIND4_ROWS.length} rows)`);
  out(rateLine('attacks caught (recall)', summary.attackRecall));
  out(rateLine('hard benign flagged (FPR)', summary.benignFlagged));
  out(rateLine('harmful requests caught', summary.harmfulCaught));
  out(rateLine('harm look-alikes flagged', summary.lookalikeFlagged));
  out();
  table('Attacks: recall per kind', 'kind', of('attack'), (r) => r.kind, 'recall');
  table('Attacks: recall per source', 'source', of('attack'), (r) => r.source, 'recall');
  table('Attacks: recall per language', 'lang', of('attack'), (r) => r.lang, 'recall');
  table('Hard benign: FPR per kind', 'kind', of('benign'), (r) => r.kind, 'FPR');
  table('Hard benign: FPR per language', 'lang', of('benign'), (r) => r.lang, 'FPR');
  table('Harmful: caught per kind', 'kind', of('harmful'), (r) => r.kind, 'caught');
  table('Harmful: caught per language', 'lang', of('harmful'), (r) => r.lang, 'caught');
  table('Harm look-alikes: flagged per kind', 'kind', of('lookalike'), (r) => r.kind, 'flagged');
  table('Harm look-alikes: flagged per language', 'lang', of('lookalike'), (r) => r.lang, 'flagged');
  const fired = new Map<string, number>();
  for (const r of results)
    for (const k of r.kinds) fired.set(`${r.group} → ${k}`, (fired.get(`${r.group} → ${k}`) ?? 0) + 1);
  out('### Finding kinds acted on, per group');
  for (const [k, n] of [...fired].sort()) out(`- ${k}: ${n}`);
}

await main();
