import { BastionError } from '../../core/errors/index.js';
import { JOURNAL_FORMAT, type Journal, type StepRecord } from '../runner/journal.js';
import { escapeXml, timelineSvg } from './timeline-svg.js';

const VERDICT: Record<Journal['status'], string> = {
  held: '✅ hypothesis held',
  deviated: '❌ hypothesis did not hold',
  aborted: '⏹ aborted',
  failed: '❌ failed',
  refused: '⛔ refused to start',
  'dry-run': '📝 dry run',
};

/** Checks that a parsed file is a journal this version can report on. */
export function asJournal(value: unknown, file: string): Journal {
  const j = value as Partial<Journal> | null;
  if (!j || j.format !== JOURNAL_FORMAT || !Array.isArray(j.steps) || typeof j.status !== 'string') {
    throw new BastionError('BASTION_ERR_CHAOS_JOURNAL_INVALID', `${file}: not a ${JOURNAL_FORMAT} journal`);
  }
  return j as Journal;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const detail = (s: StepRecord) => s.tolerance?.reason ?? s.error ?? '';

export function verdictOf(j: Journal): string {
  return VERDICT[j.status];
}

/** The run as Markdown, for a PR comment or the review document. */
export function journalMarkdown(j: Journal, headingLevel = 1): string {
  const h = '#'.repeat(headingLevel);
  const lines = [
    `${h} ${j.experiment.title}`,
    '',
    `**${VERDICT[j.status]}**${j.reason ? ` — ${j.reason}` : ''}`,
    '',
    `- Hypothesis: ${j.experiment.hypothesis}`,
    `- Steady state before: ${j.hypothesis.before}, during: ${j.hypothesis.during}, after: ${j.hypothesis.after}`,
    `- Category: ${j.experiment.category} · started ${j.startedAt} · ${(j.durationMs / 1000).toFixed(1)} s`,
    `- Safeguard checks: ${j.safeguards.checks}${j.safeguards.abortedBy ? ` · aborted by: ${j.safeguards.abortedBy}` : ''}`,
    `- Rollbacks: ${j.rollbacks.ran} ran, ${j.rollbacks.failed} failed`,
    '',
  ];
  if (j.experiment.description) lines.push(j.experiment.description.trim(), '');
  lines.push(
    `${h}# Timeline`,
    '',
    '| +s | phase | step | type | status | ms | detail |',
    '|---:|---|---|---|---|---:|---|',
  );
  for (const s of j.steps) {
    lines.push(
      `| ${(s.offsetMs / 1000).toFixed(2)} | ${s.phase} | ${cell(s.name)} | ${s.type} | ${s.status} | ${s.durationMs} | ${cell(detail(s))} |`,
    );
  }
  return lines.join('\n') + '\n';
}

export const HTML_STYLE = `body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#1f2933}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #e4e7eb;padding:4px 6px;text-align:left;vertical-align:top}
.ok{color:#2e9e5b}.deviated{color:#d9822b}.failed{color:#c23030}.aborted{color:#8a5cc2}.skipped{color:#7b8794}
.badge{display:inline-block;padding:4px 10px;border-radius:12px;background:#f0f4f8;font-weight:600}
details pre{white-space:pre-wrap;font-size:11px;background:#f5f7fa;padding:6px}`;

/** One run as an HTML section (used alone and inside the Chaos Day review). */
export function journalSection(j: Journal, level = 1): string {
  const h = `h${level}`;
  const rows = j.steps
    .map(
      (s) =>
        `<tr><td>${(s.offsetMs / 1000).toFixed(2)}</td><td>${s.phase}</td><td>${escapeXml(s.name)}</td><td>${escapeXml(s.type)}</td><td class="${s.status}">${s.status}</td><td>${s.durationMs}</td><td>${escapeXml(detail(s))}${
          s.output === undefined
            ? ''
            : `<details><summary>output</summary><pre>${escapeXml(JSON.stringify(s.output, null, 2).slice(0, 4000))}</pre></details>`
        }</td></tr>`,
    )
    .join('\n');
  return `<section><${h}>${escapeXml(j.experiment.title)}</${h}>
<p><span class="badge ${j.status === 'held' ? 'ok' : j.status}">${escapeXml(VERDICT[j.status].replace(/^\S+\s/, ''))}</span> ${escapeXml(j.reason ?? '')}</p>
<p><b>Hypothesis:</b> ${escapeXml(j.experiment.hypothesis)} — before: ${j.hypothesis.before}, during: ${j.hypothesis.during}, after: ${j.hypothesis.after}.<br>
Category ${escapeXml(j.experiment.category)} · started ${j.startedAt} · ${(j.durationMs / 1000).toFixed(1)} s · ${j.safeguards.checks} safeguard checks · rollbacks ${j.rollbacks.ran} ran, ${j.rollbacks.failed} failed</p>
${j.experiment.description ? `<p>${escapeXml(j.experiment.description)}</p>` : ''}
${timelineSvg(j)}
<table><thead><tr><th>+s</th><th>phase</th><th>step</th><th>type</th><th>status</th><th>ms</th><th>detail</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}

/** A self-contained HTML report (inline CSS and SVG, no scripts or external assets). */
export function journalHtml(j: Journal): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(j.experiment.title)} — chaos report</title><style>${HTML_STYLE}</style></head><body>
${journalSection(j)}
</body></html>\n`;
}
