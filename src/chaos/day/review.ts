import { HTML_STYLE, journalMarkdown, journalSection } from '../report/render.js';
import { escapeXml } from '../report/timeline-svg.js';
import type { DayResult } from './run-day.js';
import { marked } from './markdown-html.js';
import { resilienceScores } from './score.js';

const LABEL: Record<string, string> = {
  held: 'held',
  deviated: 'did not hold',
  aborted: 'aborted',
  failed: 'failed',
  refused: 'refused (blackout / kill switch)',
  'not-run': 'not run',
  'dry-run': 'dry run',
};

function summaryMarkdown(day: DayResult): string {
  const { categories, overall } = resilienceScores(day.entries);
  const out = [
    `# Chaos Day review: ${day.title}`,
    '',
    `${day.date ? `Date ${day.date} · ` : ''}${day.startedAt} → ${day.endedAt}`,
    '',
  ];
  out.push(
    `**Resilience score: ${overall} / 100** (each experiment: held 100, aborted 50, failed or not run 0)`,
    '',
  );
  out.push('| category | experiments | score |', '|---|---:|---:|');
  for (const c of categories) out.push(`| ${c.category} | ${c.experiments} | ${c.score} |`);
  out.push(
    '',
    '## Hypotheses',
    '',
    '| # | experiment | owner | category | outcome | why |',
    '|---:|---|---|---|---|---|',
  );
  for (const e of day.entries)
    out.push(
      `| ${e.index + 1} | ${e.title} | ${e.owner} | ${e.category} | ${LABEL[e.status] ?? e.status} | ${(e.reason ?? '').replace(/\|/g, '\\|')} |`,
    );
  out.push('', '## Observations and lessons', '');
  const any = day.notes.length > 0 || day.entries.some((e) => e.notes.length > 0);
  if (!any) out.push('_None recorded._');
  for (const n of day.notes) out.push(n.trim(), '');
  for (const e of day.entries)
    for (const n of e.notes) out.push(`- **${e.title}:** ${n.replace(/\n+/g, ' ')}`);
  return out.join('\n') + '\n';
}

/** The review document in Markdown: scores, hypotheses, notes, then each run's timeline table. */
export function reviewMarkdown(day: DayResult): string {
  const runs = day.entries
    .filter((e) => e.journal)
    .map((e) => journalMarkdown(e.journal as NonNullable<typeof e.journal>, 3));
  return summaryMarkdown(day) + (runs.length > 0 ? `\n## Runs\n\n${runs.join('\n')}` : '');
}

function scoreChart(day: DayResult): string {
  const { categories } = resilienceScores(day.entries);
  const rowH = 24;
  const width = 600;
  const rows = categories
    .map((c, i) => {
      const y = 8 + i * rowH;
      const w = (c.score / 100) * (width - 200);
      const color = c.score >= 75 ? '#2e9e5b' : c.score >= 50 ? '#d9822b' : '#c23030';
      return `<text x="4" y="${y + 15}" font-size="12">${escapeXml(c.category)}</text><rect x="150" y="${y + 3}" width="${width - 200}" height="${rowH - 8}" fill="#eef1f4"/><rect x="150" y="${y + 3}" width="${w.toFixed(1)}" height="${rowH - 8}" fill="${color}"/><text x="${width - 44}" y="${y + 15}" font-size="12">${c.score}</text>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="Resilience score per category" width="${width}" height="${16 + categories.length * rowH}" font-family="system-ui, sans-serif">${rows}</svg>`;
}

/** The review as one self-contained HTML page (inline CSS and SVG charts and timelines). */
export function reviewHtml(day: DayResult): string {
  const sections = day.entries
    .filter((e) => e.journal)
    .map((e) => journalSection(e.journal as NonNullable<typeof e.journal>, 3));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chaos Day review: ${escapeXml(day.title)}</title><style>${HTML_STYLE}</style></head><body>
${marked(summaryMarkdown(day))}
<h2>Score per category</h2>
${scoreChart(day)}
<h2>Runs</h2>
${sections.join('\n')}
</body></html>\n`;
}
