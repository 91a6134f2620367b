import { renderBlind2Html } from './eval-blind2.js';
import type { EvalReport, Rate } from './eval-run.js';

const esc = (s: string): string =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const pct = (r: Rate): string => `${(r.rate * 100).toFixed(1)}%`;

/** Horizontal bar chart as inline SVG: one bar per item, value in [0, 1], optional target line. */
function bars(
  items: { label: string; value: number; note: string }[],
  color: string,
  target?: number,
): string {
  const rowH = 22;
  const labelW = 300;
  const barW = 360;
  const h = items.length * rowH + 24;
  const parts = items.map((it, i) => {
    const y = i * rowH + 4;
    const w = Math.max(1, Math.round(it.value * barW));
    return `<text x="${labelW - 8}" y="${y + 14}" text-anchor="end">${esc(it.label)}</text><rect x="${labelW}" y="${y}" width="${w}" height="${rowH - 6}" fill="${color}"/><text x="${labelW + w + 6}" y="${y + 14}">${esc(it.note)}</text>`;
  });
  if (target !== undefined) {
    const x = labelW + target * barW;
    parts.push(`<line x1="${x}" x2="${x}" y1="0" y2="${h - 20}" stroke="#c00" stroke-dasharray="4 3"/>`);
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelW + barW + 120}" height="${h}" font-family="sans-serif" font-size="12">${parts.join('')}</svg>`;
}

/** reports/guards-eval.html: self-contained (no scripts, no external assets). */
export function renderEvalHtml(rep: EvalReport, split: string): string {
  const files = rep.files.filter((f) => f.attacks.n > 0);
  const th = rep.thresholds;
  const table = rep.files
    .map(
      (f) =>
        `<tr><td>${esc(f.file)}</td><td>${f.attacks.n}</td><td>${f.attacks.n ? pct(f.attacks) : '-'}</td><td>${f.benign.n}</td><td>${f.benign.n ? pct(f.benign) : '-'}</td><td>${f.balancedAccuracy === null ? '-' : f.balancedAccuracy.toFixed(3)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Bastion guard detectors — evaluation</title>
<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}td:first-child{text-align:left}h2{margin-top:1.6em}</style></head><body>
<h1>Bastion guard detectors — ${esc(split)} split</h1>
<p>Injection + jailbreak balanced accuracy over all shared-dataset rows: <b>${rep.overall.balancedAccuracy.toFixed(3)}</b>
(recall ${pct(rep.overall.attacks)} of ${rep.overall.attacks.n} attacks, false positives ${pct(rep.overall.benign)} of ${rep.overall.benign.n} benign rows).
Thresholds: prompt_injection ${th.prompt_injection.toFixed(3)}, indirect_injection ${th.indirect_injection.toFixed(3)}, jailbreak ${th.jailbreak.toFixed(3)}, harmful_intent ${th.harmful_intent.toFixed(3)}.</p>
<h2>Attack recall per data file</h2>
${bars(
  files.map((f) => ({ label: f.file, value: f.attacks.rate, note: `${pct(f.attacks)} of ${f.attacks.n}` })),
  '#2b6cb0',
  0.95,
)}
<h2>False-positive rate per benign set (scanned as prompts; red line: 1%)</h2>
${bars(
  rep.benignKinds.map((k) => ({
    label: k.kind,
    value: Math.min(1, k.attackFlags.rate * 10),
    note: `${pct(k.attackFlags)} of ${k.attackFlags.n}`,
  })),
  '#c05621',
  0.1,
)}
<p style="font-size:12px">Bars are scaled ×10 (full width = 10%).</p>
<h2>Per data file</h2>
<table><tr><th>file</th><th>attacks</th><th>recall</th><th>benign</th><th>FPR</th><th>balanced acc.</th></tr>${table}</table>
<h2>Obfuscated attacks (plain recall ${pct(rep.obfuscatedBaseline)} on the same ${rep.obfuscatedBaseline.n} rows)</h2>
${bars(
  rep.obfuscated.map((o) => ({ label: o.transform, value: o.recall.rate, note: pct(o.recall) })),
  '#2f855a',
)}
<h2>Obfuscated attacks in other languages (fresh set, this split's half, plain recall ${pct(rep.obfuscatedMultilingual.plain)})</h2>
${bars(
  rep.obfuscatedMultilingual.transforms.map((o) => ({
    label: o.transform,
    value: o.recall.rate,
    note: pct(o.recall),
  })),
  '#2f855a',
)}
<h2>Attacks in other languages: fresh set written after the lexicon (this split's half), per language</h2>
${bars(
  rep.languages.map((l) => ({
    label: l.lang,
    value: l.fresh.rate,
    note: `${pct(l.fresh)} of ${l.fresh.n} (model alone ${pct(l.freshModelOnly)}; benign FPR ${pct(l.benign)} of ${l.benign.n})`,
  })),
  '#6b46c1',
)}
${
  rep.blind === null
    ? ''
    : `<h2>Blind multilingual set: written by another author, never read by the lexicon author</h2>
<p>All ${rep.blind.languages.length} languages: recall ${pct(rep.blind.all.attacks)} of ${rep.blind.all.attacks.n} attack rows (model alone ${pct(rep.blind.all.modelOnly)}); false positives ${pct(rep.blind.all.benign)} of ${rep.blind.all.benign.n} hard-benign rows (${pct(rep.blind.all.benignAsDocument)} scanned as documents).</p>
${bars(
  rep.blind.languages.map((l) => ({
    label: l.lang,
    value: l.attacks.rate,
    note: `${pct(l.attacks)} of ${l.attacks.n} (model alone ${pct(l.modelOnly)}; benign FPR ${pct(l.benign)} of ${l.benign.n})`,
  })),
  '#2c7a7b',
)}`
}
${rep.blind2 === null ? '' : renderBlind2Html(rep.blind2)}
<h2>Multilingual attacks from the older held-out templates</h2>
<p style="font-size:12px">The rule lexicon was written with these templates in view, so this is not a measure of generalisation.</p>
${bars(
  rep.multilingualSummary.map((m) => ({
    label: m.label,
    value: m.recall.rate,
    note: `${pct(m.recall)} of ${m.recall.n}`,
  })),
  '#6b46c1',
)}
<h2>Harmful-intent recall</h2>
${bars(
  rep.harmful.map((h) => ({
    label: h.file,
    value: h.recall.rate,
    note: `${pct(h.recall)} of ${h.recall.n}`,
  })),
  '#9b2c2c',
)}
</body></html>
`;
}
