import type { Journal, StepRecord } from '../runner/journal.js';

const COLORS: Record<StepRecord['status'], string> = {
  ok: '#2e9e5b',
  deviated: '#d9822b',
  failed: '#c23030',
  aborted: '#8a5cc2',
  skipped: '#9aa5b1',
};
const PHASE_LABEL: Record<StepRecord['phase'], string> = {
  setup: 'setup',
  before: 'steady state (before)',
  method: 'method',
  after: 'steady state (after)',
  rollback: 'rollback',
  safeguard: 'safeguard',
};

export const escapeXml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** A Gantt-style timeline of the run's steps as inline SVG (no scripts, no external assets). */
export function timelineSvg(journal: Journal, width = 900): string {
  const steps = journal.steps.filter((s) => s.phase !== 'safeguard' || s.status !== 'ok');
  const rowH = 22;
  const labelW = 260;
  const top = 28;
  const total = Math.max(1, journal.durationMs, ...steps.map((s) => s.offsetMs + s.durationMs));
  const x = (ms: number) => labelW + ((width - labelW - 20) * ms) / total;
  const height = top + steps.length * rowH + 30;
  const rows = steps.map((s, i) => {
    const y = top + i * rowH;
    const w = Math.max(2, x(s.offsetMs + s.durationMs) - x(s.offsetMs));
    const label = `${PHASE_LABEL[s.phase]} · ${s.name}`;
    const tip = `${label}: ${s.status}, ${s.durationMs} ms${s.tolerance?.reason ? ` — ${s.tolerance.reason}` : ''}${s.error ? ` — ${s.error}` : ''}`;
    return (
      `<text x="4" y="${y + 15}" font-size="11">${escapeXml(label.length > 42 ? label.slice(0, 41) + '…' : label)}</text>` +
      `<rect x="${x(s.offsetMs).toFixed(1)}" y="${y + 4}" width="${w.toFixed(1)}" height="${rowH - 8}" rx="3" fill="${COLORS[s.status]}"><title>${escapeXml(tip)}</title></rect>`
    );
  });
  const ticks = Array.from({ length: 6 }, (_, i) => {
    const ms = (total * i) / 5;
    return `<line x1="${x(ms)}" y1="${top - 6}" x2="${x(ms)}" y2="${height - 24}" stroke="#d8dde3"/><text x="${x(ms)}" y="${top - 10}" font-size="10" text-anchor="middle">${(ms / 1000).toFixed(1)} s</text>`;
  });
  const legend = Object.entries(COLORS)
    .map(
      ([status, color], i) =>
        `<rect x="${labelW + i * 90}" y="${height - 16}" width="10" height="10" fill="${color}"/><text x="${labelW + i * 90 + 14}" y="${height - 7}" font-size="10">${status}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Experiment timeline" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">${ticks.join('')}${rows.join('')}${legend}</svg>`;
}
