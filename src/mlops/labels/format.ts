import type { DriftReport } from './drift.js';
import type { LabelIssuesReport } from './run.js';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Terminal summary of label issues: the ranked suspects a human should look at first. */
export function formatLabelIssues(report: LabelIssuesReport, show: number): string {
  const lines = [
    `${report.file}: ${report.rows} rows, classes ${report.classes.map((c, i) => `${c}=${report.classCounts[i]}`).join(' ')}`,
    `${report.suspects.length} suspected label issue(s) (confident learning, ${report.model} model, out-of-sample k-fold) in ${report.elapsedMs} ms`,
  ];
  if (report.suspects.length > 0) {
    lines.push('  row    score  given -> suggested  preview');
    for (const s of report.suspects.slice(0, show)) {
      lines.push(
        `  ${String(s.index).padStart(5)}  ${s.score.toFixed(3)}  ${s.given} -> ${s.suggested}  ${JSON.stringify(s.preview)}`,
      );
    }
    if (report.suspects.length > show)
      lines.push(`  … ${report.suspects.length - show} more (--json for all)`);
  }
  const sim = report.simulation;
  if (sim) {
    lines.push(
      `simulated ${pct(sim.rate)} flips (seed ${sim.seed}, ${sim.flipped} rows): precision ${sim.precision.toFixed(3)} recall ${sim.recall.toFixed(3)} F1 ${sim.f1.toFixed(3)} AUROC ${sim.auroc.toFixed(4)}`,
    );
  }
  return lines.join('\n') + '\n';
}

export function formatDrift(report: DriftReport): string {
  const lines = [
    `${report.old.file} (${report.old.rows} rows) -> ${report.new.file} (${report.new.rows} rows)`,
  ];
  if (report.label) {
    lines.push(`label "${report.label.column}": PSI ${report.label.psi.toFixed(4)} (${report.label.level})`);
    for (const [k, v] of Object.entries(report.label.oldShare)) {
      lines.push(`  ${k}: ${pct(v)} -> ${pct(report.label.newShare[k] ?? 0)}`);
    }
  }
  for (const c of [...report.columns].sort((a, b) => b.psi - a.psi)) {
    lines.push(`  ${c.column.padEnd(24)} ${c.kind.padEnd(12)} PSI ${c.psi.toFixed(4)}  ${c.level}`);
  }
  if (report.droppedColumns.length > 0)
    lines.push(`  dropped columns (only in ${report.old.file}): ${report.droppedColumns.join(', ')}`);
  if (report.addedColumns.length > 0)
    lines.push(`  added columns (only in ${report.new.file}): ${report.addedColumns.join(', ')}`);
  return lines.join('\n') + '\n';
}
