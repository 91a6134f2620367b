import { labelOf, type TypedSpan } from './spans.js';

/** What the caller's policy says about the text so far: spans to redact, or a reason to stop the stream. */
export interface StreamInspection {
  redact: readonly TypedSpan[];
  stop?: string;
}

export interface StreamGuardOptions {
  /** Characters kept back so a value split across deltas is redacted before any part of it is sent. */
  holdBack?: number;
  /** Re-inspect after this many new characters (the whole text so far is inspected: spans need context). */
  scanEvery?: number;
}

export interface StreamGuardStep {
  /** Text safe to send now (already redacted). */
  text: string;
  /** Set once the policy stopped the stream; nothing more is sent after it. */
  stop?: string;
}

export interface StreamGuard {
  push(delta: string): StreamGuardStep;
  end(): StreamGuardStep;
}

/**
 * Output guarding for streamed responses: deltas are buffered, the text so far is inspected every `scanEvery`
 * characters, and only the part older than `holdBack` characters is released, with redactions applied. A span that
 * straddles the release point is held back whole. When `inspect` says stop, the stream ends there.
 *
 * @example
 * const guard = createStreamGuard((text) => {
 *   const d = decide({ direction: 'output', findings: engine.scan(text, ctx).findings, settings });
 *   return { redact: d.redact, ...(d.action === 'block' ? { stop: d.reasons.join('; ') } : {}) };
 * });
 * for await (const delta of upstream) { const s = guard.push(delta); send(s.text); if (s.stop) break; }
 * send(guard.end().text);
 */
export function createStreamGuard(
  inspect: (text: string) => StreamInspection,
  options: StreamGuardOptions = {},
): StreamGuard {
  const holdBack = options.holdBack ?? 256;
  const scanEvery = options.scanEvery ?? 128;
  let full = '';
  let emitted = 0;
  let inspectedAt = -1;
  let spans: readonly TypedSpan[] = [];
  let stop: string | undefined;

  const inspectNow = () => {
    const r = inspect(full);
    inspectedAt = full.length;
    spans = [...r.redact].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    if (r.stop !== undefined) stop = r.stop;
  };

  const release = (upTo: number): string => {
    let to = upTo;
    for (const s of spans) if (s.start < to && s.end > to && s.start >= emitted) to = Math.min(to, s.start);
    if (to <= emitted) return '';
    let out = '';
    let at = emitted;
    for (const s of spans) {
      if (s.end <= at || s.start >= to) continue;
      out += full.slice(at, Math.max(at, s.start));
      // A span already partly sent (longer than the hold-back) gets its marker once, where it began.
      if (s.start >= emitted) out += `[REDACTED:${labelOf(s)}]`;
      at = Math.min(s.end, to);
    }
    out += full.slice(at, to);
    emitted = to;
    return out;
  };

  const step = (text: string): StreamGuardStep => (stop === undefined ? { text } : { text, stop });

  return {
    push(delta) {
      if (stop !== undefined) return { text: '', stop };
      full += delta;
      if (full.length - inspectedAt >= scanEvery || inspectedAt < 0) inspectNow();
      if (stop !== undefined) return { text: '', stop };
      // Only text that was inspected with `holdBack` characters of context after it is final: a value that
      // straddled the end of the inspected text was not visible whole yet.
      return step(release(inspectedAt - holdBack));
    },
    end() {
      if (stop !== undefined) return { text: '', stop };
      if (inspectedAt !== full.length) inspectNow();
      if (stop !== undefined) return { text: '', stop };
      return step(release(full.length));
    },
  };
}
