import { disjointSpans, labelOf, type TypedSpan } from './spans.js';

/**
 * Irreversible redaction: each span becomes `[REDACTED:<LABEL>]` (e.g. `[REDACTED:CREDIT_CARD]`), or is removed
 * when `style` is 'remove' (for exfiltration links, where even a marker would be noise).
 */
export function redact(
  text: string,
  spans: readonly TypedSpan[],
  style: 'label' | 'remove' = 'label',
): string {
  let out = '';
  let at = 0;
  for (const span of disjointSpans(spans)) {
    if (span.end > text.length) break;
    out += text.slice(at, span.start) + (style === 'remove' ? '' : `[REDACTED:${labelOf(span)}]`);
    at = span.end;
  }
  return out + text.slice(at);
}
