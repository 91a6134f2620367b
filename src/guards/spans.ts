/** A span to replace, with the entity type that names its replacement. */
export interface TypedSpan {
  start: number;
  end: number;
  type?: string;
  kind?: string;
}

/** Non-overlapping spans in text order: where spans overlap, the earlier-starting (then longer) one wins. */
export function disjointSpans<T extends TypedSpan>(spans: readonly T[]): T[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let reach = -1;
  for (const s of sorted) {
    if (s.start < reach) continue;
    out.push(s);
    reach = s.end;
  }
  return out;
}

/** The placeholder stem for a span: its PII type, or SECRET for secrets, upper snake case. */
export function labelOf(span: TypedSpan): string {
  if (span.kind === 'secret') return 'SECRET';
  const label = (span.type ?? span.kind ?? 'REDACTED').toUpperCase().replace(/[^A-Z0-9]+/g, '_');
  return /^[A-Z]/.test(label) ? label : `X_${label}`;
}
