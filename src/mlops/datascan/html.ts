import type { DataScanReport } from './scan.js';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Horizontal bar chart as inline SVG: no scripts, no external assets, opens from a CI artefact. */
function barChart(items: { label: string; value: number; secret: boolean }[]): string {
  if (items.length === 0) return '<p>No personal data or secrets found.</p>';
  const max = Math.max(...items.map((i) => i.value));
  const rowH = 22;
  const labelW = 320;
  const barW = 360;
  const bars = items
    .map((item, i) => {
      const w = Math.max(2, (item.value / max) * barW);
      const y = i * rowH;
      return `<text x="${labelW - 6}" y="${y + 15}" text-anchor="end">${esc(item.label)}</text><rect x="${labelW}" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 6}" fill="${item.secret ? '#c0392b' : '#2e86c1'}"/><text x="${labelW + w + 4}" y="${y + 15}">${item.value}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 80}" height="${items.length * rowH}" font-family="sans-serif" font-size="12">${bars}</svg>`;
}

export function dataScanHtml(report: DataScanReport, forbiddenCount: number): string {
  const items = report.files.flatMap((f) =>
    f.findings.map((x) => ({
      label: `${f.file} · ${x.field} · ${x.type}`,
      value: x.count,
      secret: x.kind === 'secret',
    })),
  );
  items.sort((a, b) => b.value - a.value);
  const rows = report.files
    .flatMap((f) =>
      f.findings.map(
        (x) =>
          `<tr class="${x.kind}"><td>${esc(f.file)}</td><td>${esc(x.field)}</td><td>${x.kind}</td><td>${esc(x.type)}</td><td>${x.count}</td><td>${x.rows.join(', ')}</td><td>${x.samples.map((s) => `<code>${esc(s)}</code>`).join('<br>')}</td></tr>`,
      ),
    )
    .join('\n');
  const problems = report.files
    .filter((f) => f.error || f.problems.length)
    .map(
      (f) =>
        `<li>${esc(f.file)}: ${esc(f.error ?? '')} ${f.problems.map((p) => esc(p.message)).join('; ')}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bastion data scan</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px}tr.secret td:nth-child(3){color:#c0392b;font-weight:bold}code{background:#f4f4f4}</style>
</head><body>
<h1>Bastion data scan</h1>
<p>${report.files.length} file(s), ${report.files.reduce((s, f) => s + f.rows, 0)} rows in ${report.elapsedMs} ms. <strong>${forbiddenCount}</strong> forbidden finding group(s).</p>
<h2>Counts per field</h2>${barChart(items.slice(0, 40))}
<h2>Findings (samples redacted)</h2>
<table><tr><th>file</th><th>field</th><th>kind</th><th>type</th><th>count</th><th>first rows</th><th>samples</th></tr>${rows}</table>
${problems ? `<h2>Problems</h2><ul>${problems}</ul>` : ''}
</body></html>
`;
}

export function formatDataScan(report: DataScanReport): string {
  const lines: string[] = [];
  for (const f of report.files) {
    lines.push(`${f.file} (${f.format}, ${f.rows} rows)${f.error ? `  ERROR: ${f.error}` : ''}`);
    for (const p of f.problems.slice(0, 5)) lines.push(`  problem: ${p.message}`);
    for (const x of f.findings) {
      lines.push(
        `  ${x.kind.padEnd(6)} ${x.type.padEnd(22)} ${String(x.count).padStart(6)}  field "${x.field}"  e.g. row ${x.rows[0]}: ${x.samples[0] ?? ''}`,
      );
    }
  }
  const totals = Object.entries(report.totals)
    .map(([k, v]) => `${k}=${v}`)
    .join(' ');
  lines.push(
    `${report.files.length} file(s) in ${report.elapsedMs} ms${totals ? `: ${totals}` : ': nothing found'}`,
  );
  return lines.join('\n') + '\n';
}
