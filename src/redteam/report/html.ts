import type { RedteamReport } from '../result.js';
import type { BaselineDiff } from './build.js';
import { escapeXml as esc } from './escape.js';

function barChart(title: string, rows: [string, number, number][]): string {
  const barHeight = 22;
  const labelWidth = 200;
  const chartWidth = 420;
  const height = rows.length * (barHeight + 6) + 30;
  const bars = rows
    .map(([label, rate, total], i) => {
      const y = 24 + i * (barHeight + 6);
      const w = Math.max(1, Math.round(rate * chartWidth));
      const color = rate > 0.5 ? '#c0392b' : rate > 0.1 ? '#e67e22' : '#27ae60';
      return `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(label)}</text><rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="${color}"><title>${esc(label)}: ${(rate * 100).toFixed(1)}% of ${total}</title></rect><text x="${labelWidth + w + 6}" y="${y + 15}">${(rate * 100).toFixed(1)}%</text>`;
    })
    .join('');
  return `<figure><figcaption>${esc(title)}</figcaption><svg role="img" aria-label="${esc(title)}" width="${labelWidth + chartWidth + 70}" height="${height}" font-family="system-ui,sans-serif" font-size="12">${bars}</svg></figure>`;
}

/** One self-contained HTML file: summary, charts, and every successful attack with its evidence. */
export function renderHtml(report: RedteamReport, diff?: BaselineDiff): string {
  const categories = Object.entries(report.categories).sort(
    (a, b) => b[1].attackSuccessRate - a[1].attackSuccessRate,
  );
  const mutators = Object.entries(report.mutators).sort(
    (a, b) => b[1].attackSuccessRate - a[1].attackSuccessRate,
  );
  const hits = report.results.filter((r) => r.succeeded);
  const s = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Bastion red team report</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1d1d1f;max-width:1100px}
.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ddd;border-radius:8px;padding:.8rem 1.2rem}
.card b{display:block;font-size:1.6rem}table{border-collapse:collapse;width:100%;font-size:.9rem}
td,th{border-bottom:1px solid #eee;padding:.35rem;text-align:left;vertical-align:top}code{white-space:pre-wrap;word-break:break-all}
figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.5rem}
</style></head><body>
<h1>Red team report</h1>
<p>Target <strong>${esc(report.target)}</strong>, started ${esc(report.startedAt)}, ${(report.durationMs / 1000).toFixed(1)} s, seed ${report.seed}${report.judge ? `, LLM judge: ${esc(report.judge)} (verdicts marked)` : ', deterministic graders only'}.</p>
<div class="cards">
<div class="card"><b>${(s.attackSuccessRate * 100).toFixed(1)}%</b>attack success rate</div>
<div class="card"><b>${s.succeeded}</b>successful of ${s.total} probes</div>
<div class="card"><b>${s.blocked}</b>blocked or refused</div>
<div class="card"><b>${s.errors}</b>no answer</div>
</div>
${
  diff
    ? `<h2>Against the baseline</h2><p>${diff.regressions.length} regressions, ${diff.fixes.length} fixes (baseline rate ${(diff.previousRate * 100).toFixed(1)}%).</p><ul>${diff.regressions
        .slice(0, 50)
        .map((k) => `<li>regression: <code>${esc(k)}</code></li>`)
        .join('')}</ul>`
    : ''
}
${barChart(
  'Attack success rate by category',
  categories.map(([c, r]) => [c, r.attackSuccessRate, r.total]),
)}
${barChart(
  'Attack success rate by mutator',
  mutators.map(([m, r]) => [m, r.attackSuccessRate, r.total]),
)}
<h2>Categories</h2>
<table><thead><tr><th>category</th><th>OWASP LLM 2025</th><th>SAIF risk</th><th>probes</th><th>succeeded</th><th>rate</th></tr></thead><tbody>
${categories.map(([c, r]) => `<tr><td>${esc(c)}</td><td>${esc(r.owasp)}</td><td>${esc(r.saif)}</td><td>${r.total}</td><td>${r.succeeded}</td><td>${(r.attackSuccessRate * 100).toFixed(1)}%</td></tr>`).join('\n')}
</tbody></table>
<h2>Successful attacks (${hits.length})</h2>
<table><thead><tr><th>probe</th><th>category</th><th>why</th><th>answer (excerpt)</th></tr></thead><tbody>
${hits
  .slice(0, 500)
  .map(
    (r) =>
      `<tr><td><code>${esc(r.key)}</code></td><td>${esc(r.category)}</td><td>${esc(r.reason)}${r.judged ? ' (judge)' : ''}</td><td><code>${esc(r.excerpt)}</code></td></tr>`,
  )
  .join('\n')}
</tbody></table>
</body></html>
`;
}
