/** One line describing a step for a human runbook: its kind and its most telling fields. */
export function describeStepLine(step: Record<string, unknown>): string {
  const kind =
    'action' in step
      ? `action ${String(step.action)}`
      : 'probe' in step
        ? `probe ${String(step.probe)}`
        : `pause ${String(step.pause)} ms`;
  const skip = new Set(['action', 'probe', 'pause', 'name', 'background', 'headers']);
  const fields = Object.entries(step)
    .filter(
      ([k, v]) =>
        !skip.has(k) &&
        v !== undefined &&
        !(typeof v === 'object' && v !== null && Object.keys(v).length === 0),
    )
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(', ');
  const name = typeof step.name === 'string' ? `**${step.name}** — ` : '';
  const bg = step.background === true ? ' (in background)' : '';
  return `${name}${kind}${bg}${fields ? `: ${fields.length > 220 ? fields.slice(0, 219) + '…' : fields}` : ''}`;
}
