/** One sensitive value found in a text: personal data or a credential. Offsets are UTF-16 into that text. */
export interface Detection {
  kind: 'pii' | 'secret';
  /** Presidio entity names for PII (EMAIL_ADDRESS, CREDIT_CARD, …), rule ids for secrets. */
  type: string;
  start: number;
  end: number;
  score: number;
}

/** What the data and bundle scanners need from Bastion's guards: text in, detections out. Pure and synchronous. */
export interface TextDetector {
  detect(text: string): Detection[];
}

/** Replaces each detected span with `[TYPE]` and trims to a window around the first one: safe to print. */
export function redactedSample(text: string, detections: readonly Detection[], width = 40): string {
  const sorted = [...detections].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const d of sorted) {
    if (d.start < cursor) continue;
    out += text.slice(cursor, d.start) + `[${d.type}]`;
    cursor = d.end;
  }
  out += text.slice(cursor);
  const first = out.indexOf('[');
  const start = Math.max(0, first - width);
  const snippet = out.slice(start, start + width * 3).replace(/\s+/g, ' ');
  return (start > 0 ? '…' : '') + snippet + (start + width * 3 < out.length ? '…' : '');
}
