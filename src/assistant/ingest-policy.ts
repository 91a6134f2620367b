import type { IngestFindingAction } from '../core/config/assistant-schema.js';
import type { Finding } from '../guards/types.js';
import type { Chunk } from './chunk.js';
import { FINDING_THRESHOLD, type IngestScanFn } from './ingest-scanner.js';

export interface IngestPolicy {
  pii: IngestFindingAction;
  secrets: IngestFindingAction;
}

export interface ChunkVerdict {
  /** The chunk to index (possibly redacted), or null when quarantined. */
  chunk: (Chunk & { flags: string[] }) | null;
  /** Set when the policy rejects the whole file. */
  reject: string | null;
  quarantine: {
    reason: string;
    scanner: string;
    score: number;
    /**
     * What a reviewer who releases the passage gets indexed: the chunk with the personal-data and secrets policy
     * applied (redacted or flagged), or null when that policy would refuse it (`hold` says why).
     */
    held: (Chunk & { flags: string[] }) | null;
    hold: string | null;
    /** Where in the chunk's text the finding starts (0 when it covers the heading or the whole text). */
    at: number;
  } | null;
  /** Counts for the source's provenance record, e.g. "pii:redacted". */
  tally: string[];
}

// Instruction-like text in a document is never indexed: retrieved passages reach a model, and a passage that
// talks to the model is an indirect prompt injection. A scanner that failed counts the same way (fail closed).
const QUARANTINE_KINDS = new Set(['prompt_injection', 'jailbreak', 'scanner_failed', 'exfiltration']);

function actionFor(finding: Finding, policy: IngestPolicy): IngestFindingAction | null {
  if (finding.kind === 'secret') return policy.secrets;
  if (finding.kind === 'pii') return policy.pii;
  return null;
}

/** Replaces spans right to left so earlier offsets stay valid; overlapping spans merge into one marker. */
export function redactSpans(
  text: string,
  spans: readonly { start: number; end: number; label: string }[],
): string {
  const sorted = [...spans].sort((a, b) => b.start - a.start);
  let out = text;
  let floor = Infinity;
  for (const span of sorted) {
    const end = Math.min(span.end, floor);
    if (end <= span.start) continue;
    out = out.slice(0, span.start) + `[REDACTED:${span.label}]` + out.slice(end);
    floor = span.start;
  }
  return out;
}

/**
 * Scans one chunk and applies the ingest policy: quarantine instruction-like text, reject the file or redact or
 * flag personal data and secrets.
 */
export function judgeChunk(chunk: Chunk, scan: IngestScanFn, policy: IngestPolicy): ChunkVerdict {
  return judgeFindings(chunk, scan(scanText(chunk)), policy);
}

/** Heading and body are scanned as one text: detectors judge a lone heading ("Limits") unreliably. */
export function scanText(chunk: Pick<Chunk, 'heading' | 'text'>): string {
  return `${chunk.heading}\n${chunk.text}`;
}

/** `judgeChunk` with the chunk's scan already done: `scanned` are the findings for `scanText(chunk)`. */
export function judgeFindings(chunk: Chunk, scanned: readonly Finding[], policy: IngestPolicy): ChunkVerdict {
  // Most passages have no finding at all (97% of the bench corpus): indexed as they are, without the filtering,
  // redaction and verdict objects below (what they would produce for no findings, built directly).
  if (scanned.length === 0)
    return { chunk: { ...chunk, flags: [] }, reject: null, tally: [], quarantine: null };
  const offset = chunk.heading.length + 1;
  const findings = scanned.filter((f) => f.score >= FINDING_THRESHOLD || f.kind === 'scanner_failed');
  const injection = findings.find((f) => QUARANTINE_KINDS.has(f.kind));
  const rest = injection ? findings.filter((f) => !QUARANTINE_KINDS.has(f.kind)) : findings;
  const judged = applyDataPolicy(chunk, rest, offset, policy);
  if (injection) {
    return {
      chunk: null,
      reject: null,
      quarantine: {
        reason: injection.type ? `${injection.kind}/${injection.type}` : injection.kind,
        scanner: injection.scanner,
        score: injection.score,
        // Released or not, the passage never bypasses the personal-data and secrets policy.
        held: judged.chunk,
        hold: judged.reject ? `the ingest policy refuses it: ${judged.reject}` : null,
        at: Math.max(0, injection.start - offset),
      },
      tally: [`${injection.kind}:quarantined`],
    };
  }
  return { ...judged, quarantine: null };
}

/** The personal-data and secrets part of the policy: reject the file, redact the spans, or flag. */
function applyDataPolicy(
  chunk: Chunk,
  findings: readonly Finding[],
  offset: number,
  policy: IngestPolicy,
): Pick<ChunkVerdict, 'chunk' | 'reject' | 'tally'> {
  const tally: string[] = [];
  const redactions: { start: number; end: number; label: string }[] = [];
  const flags: string[] = [];
  for (const f of findings) {
    const action = actionFor(f, policy);
    if (action === null) {
      flags.push(`${f.kind}${f.type ? `/${f.type}` : ''}`);
      continue;
    }
    const label = f.type ?? f.kind;
    if (action === 'reject') {
      tally.push(`${f.kind}:rejected`);
      return { chunk: null, reject: `${f.kind} (${label}) in "${chunk.heading}"`, tally };
    }
    if (action === 'redact') {
      tally.push(`${f.kind}:redacted`);
      // A finding in the heading line cannot be redacted inside the body; redact the whole heading instead.
      if (f.start < offset) redactions.push({ start: 0, end: 0, label });
      else redactions.push({ start: f.start - offset, end: f.end - offset, label });
    } else {
      tally.push(`${f.kind}:flagged`);
      flags.push(`${f.kind}/${label}`);
    }
  }
  const headingRedacted = redactions.some((r) => r.end === 0);
  const text = redactSpans(
    chunk.text,
    redactions.filter((r) => r.end > 0),
  );
  return {
    chunk: { ...chunk, heading: headingRedacted ? '[REDACTED]' : chunk.heading, text, flags },
    reject: null,
    tally,
  };
}
