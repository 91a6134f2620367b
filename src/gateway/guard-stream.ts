import type { GuardEngine } from '../guards/engine.js';
import type { Finding } from '../guards/types.js';
import { applyGuardActions, type ActedFinding } from './guard-policy.js';

/**
 * Output guards on a stream. Text is held back by a small window so a secret or an e-mail address split
 * across chunks is still seen whole: each round scans the held text, releases everything before the
 * window (never cutting through a finding), and keeps the rest for the next round.
 */
export interface StreamGuard {
  /** Adds generated text; returns the text safe to send now (possibly redacted, possibly empty). */
  push(text: string): string;
  /** End of stream: the rest of the held text, scanned. */
  flush(): string;
  readonly blocked: readonly ActedFinding[];
  /** Why the stream was blocked (policy reasons, never the matched text). */
  readonly reasons: readonly string[];
  readonly findings: readonly Finding[];
}

/** Characters held back; longer than the tokens most detectors match (keys, card numbers, e-mails). */
export const HOLD_BACK_CHARS = 96;
/**
 * Multi-line secrets (PEM/OpenSSH/PGP blocks) are far longer than the window and only match once their END
 * line arrived, so an open `-----BEGIN …` holds everything from that line on, up to this many characters.
 */
export const MAX_BLOCK_HOLD_CHARS = 16_384;
const OPEN_BLOCK = /-----BEGIN [A-Z0-9 ]{1,40}-----/g;
const CLOSED_BLOCK = /-----END [A-Z0-9 ]{1,40}-----/;

/** Offset of a BEGIN marker with no END after it, or -1. */
function openBlockStart(text: string): number {
  let open = -1;
  for (const match of text.matchAll(OPEN_BLOCK)) {
    // The block is closed only once its whole END line arrived: scanners match complete blocks.
    const end = text.slice(match.index + match[0].length).search(CLOSED_BLOCK);
    if (end === -1) {
      open = match.index;
      break;
    }
  }
  return open;
}

export function createStreamGuard(engine: GuardEngine, useCase: string): StreamGuard {
  // Built on the first finding: most streams have none, and `settings()` makes a new map per call.
  let settings: ReturnType<GuardEngine['settings']> | undefined;
  let held = '';
  const blocked: ActedFinding[] = [];
  const reasons: string[] = [];
  const findings: Finding[] = [];

  const round = (final: boolean): string => {
    if (held.length === 0) return '';
    const scan = engine.scan(held, { direction: 'output', useCase, source: 'model' });
    let cut = final ? held.length : Math.max(0, held.length - HOLD_BACK_CHARS);
    const block = final ? -1 : openBlockStart(held);
    if (block !== -1 && held.length - block < MAX_BLOCK_HOLD_CHARS) cut = Math.min(cut, block);
    // Never release half of a finding: hold back from its start.
    for (const f of scan.findings) if (f.start < cut && f.end > cut) cut = f.start;
    if (scan.findings.length === 0) {
      // Nothing found: released as is, as guardText does for a clean text (no policy decision to make).
      const text = held.slice(0, cut);
      held = held.slice(cut);
      return text;
    }
    const released = scan.findings.filter((f) => f.end <= cut);
    settings ??= engine.settings('output', useCase);
    const verdict = applyGuardActions(held.slice(0, cut), released, settings, 'output');
    findings.push(...released);
    if (verdict.action === 'block') {
      blocked.push(...verdict.blocked);
      reasons.push(...verdict.reasons);
    }
    held = held.slice(cut);
    return verdict.text;
  };

  return {
    push(text) {
      held += text;
      // Scan in rounds of at least the window, so the cost stays linear in the stream length.
      return held.length >= HOLD_BACK_CHARS * 2 ? round(false) : '';
    },
    flush: () => round(true),
    blocked,
    reasons,
    findings,
  };
}
