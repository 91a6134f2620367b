import { marked } from './markdown-html.js';
import type { LoadedPlan } from './load-plan.js';
import { describeStepLine } from './describe-step.js';
import { describeBlackout } from '../runner/blackout.js';
import { HTML_STYLE } from '../report/render.js';
import { escapeXml } from '../report/timeline-svg.js';

/** The printable runbook for a Chaos Day: roles, schedule, and per experiment what will happen and how it is stopped. */
export function runbookMarkdown({ plan, experiments }: LoadedPlan): string {
  const out = [`# Runbook: ${plan.title}`, ''];
  if (plan.date) out.push(`Date: ${plan.date}`, '');
  if (plan.description) out.push(plan.description.trim(), '');
  out.push('## Roles', '', '| person | role | may fix things |', '|---|---|---|');
  for (const r of plan.roles)
    out.push(`| ${r.name} | ${r.role} | ${r.mayFix ? 'yes' : '**no** — observe and note only'} |`);
  out.push(
    '',
    '## Before the first experiment',
    '',
    "- [ ] Everyone knows the kill switch: `export BASTION_CHAOS_HALT=1` (or the experiment's kill-switch file) stops every run, rollbacks still happen.",
  );
  out.push(
    '- [ ] Dashboards and logs are open; the on-call knows a Chaos Day is running.',
    '- [ ] No blackout window applies (the runner checks again before each experiment).',
  );
  if (plan.blackouts.length > 0)
    out.push(`- Day blackouts: ${plan.blackouts.map(describeBlackout).join('; ')}`);
  out.push('', '## Schedule', '', '| # | time | experiment | owner | category |', '|---:|---|---|---|---|');
  plan.experiments.forEach((entry, i) => {
    const e = experiments[i]?.experiment;
    out.push(
      `| ${i + 1} | ${entry.at ?? '—'} | ${e?.title ?? entry.file} | ${entry.owner} | ${entry.category ?? e?.category ?? ''} |`,
    );
  });
  plan.experiments.forEach((entry, i) => {
    const loaded = experiments[i];
    if (!loaded) return;
    const e = loaded.experiment;
    const s = e.safeguards;
    out.push(
      '',
      `## ${i + 1}. ${e.title}`,
      '',
      `Owner: ${entry.owner}${entry.at ? ` · planned ${entry.at}` : ''} · file \`${entry.file}\``,
      '',
    );
    if (e.description) out.push(e.description.trim(), '');
    if (entry.notes) out.push(`> ${entry.notes}`, '');
    out.push(
      `**Hypothesis:** ${e.hypothesis.title}`,
      '',
      'Steady-state probes (checked before and after):',
      '',
    );
    for (const p of e.hypothesis.probes) out.push(`- ${describeStepLine(p)}`);
    out.push('', 'Method:', '');
    e.method.forEach((m, j) => out.push(`${j + 1}. ${describeStepLine(m)}`));
    out.push('', 'Rollbacks (always run, also on abort):', '');
    if (e.rollbacks.length === 0) out.push('- automatic undo of each action only');
    for (const r of e.rollbacks) out.push(`- ${describeStepLine(r)}`);
    out.push(
      '',
      `Safeguards: max ${Math.round(s.maxDuration / 1000)} s, polled every ${s.pollInterval} ms; kill switch \`${s.killSwitch.env}\`${s.killSwitch.file ? ` or file \`${s.killSwitch.file}\`` : ''}${s.blastRadius ? `; blast radius ${JSON.stringify(s.blastRadius)}` : ''}.`,
    );
    for (const c of s.abortConditions) out.push(`- abort when this stops holding: ${describeStepLine(c)}`);
    for (const b of s.blackouts) out.push(`- blackout: ${describeBlackout(b)}`);
    out.push('', '- [ ] announced start · - [ ] observed · - [ ] notes taken · - [ ] rollback confirmed');
  });
  return out.join('\n') + '\n';
}

export function runbookHtml(plan: LoadedPlan): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Runbook: ${escapeXml(plan.plan.title)}</title><style>${HTML_STYLE}
@media print{h2{break-before:page}h2:first-of-type{break-before:auto}}</style></head><body>
${marked(runbookMarkdown(plan))}
</body></html>\n`;
}
