import type { GuardEngine, GuardScanResult } from '../guards/engine.js';
import type { Finding, ScanContext } from '../guards/types.js';
import { dataClassOf } from '../policy/data-classes.js';
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

/** The output scanners of a use case, split by whether they can change what the client receives. */
interface ScannerSplit {
  /** Can redact, tokenize or block (or block by failing): they run on every round, before text is released. */
  rounds: ReadonlySet<string>;
  /**
   * Can only allow or flag, and their findings carry no data class, so a failure only flags too (policy/decide):
   * nothing they find changes the released bytes. They run once over the whole answer at the end (refusal, by
   * default): on a 200-word answer the rounds scan every character twice and the refusal expression was ~40 % of
   * each round's cost.
   */
  atEnd: ReadonlySet<string>;
}

const splits = new WeakMap<GuardEngine, Map<string, ScannerSplit>>();

function splitScanners(engine: GuardEngine, useCase: string): ScannerSplit {
  let byUseCase = splits.get(engine);
  if (!byUseCase) {
    byUseCase = new Map();
    splits.set(engine, byUseCase);
  }
  let split = byUseCase.get(useCase);
  if (!split) {
    const rounds = new Set<string>();
    const atEnd = new Set<string>();
    for (const [id, s] of engine.settings('output', useCase)) {
      const notesOnly =
        (s.action === 'allow' || s.action === 'flag') && s.kinds.every((k) => dataClassOf(k) === undefined);
      (notesOnly ? atEnd : rounds).add(id);
    }
    split = { rounds, atEnd };
    byUseCase.set(useCase, split);
  }
  return split;
}

const NOTHING_FOUND: Pick<GuardScanResult, 'findings'> = { findings: [] };

export function createStreamGuard(
  engine: GuardEngine,
  useCase: string,
  facts: Pick<ScanContext, 'systemPrompt' | 'canaries'> = {},
): StreamGuard {
  // Looked up on the first finding: most streams have none.
  let settings: ReturnType<GuardEngine['settings']> | undefined;
  const split = splitScanners(engine, useCase);
  let held = '';
  /** Everything pushed, for the end-of-stream scanners (kept only when there are some). */
  let whole = '';
  const blocked: ActedFinding[] = [];
  const reasons: string[] = [];
  const findings: Finding[] = [];

  /** Whether a round ran before the end: an answer that ends within the first round is scanned once, whole. */
  let scannedBefore = false;

  const round = (final: boolean): string => {
    if (held.length === 0) return '';
    // The last round of an answer no earlier round saw is its whole text: every scanner runs there, in one call.
    const all = final && !scannedBefore;
    scannedBefore = true;
    const scan =
      split.rounds.size === 0 && !all
        ? NOTHING_FOUND
        : engine.scan(held, {
            direction: 'output',
            useCase,
            source: 'model',
            ...facts,
            ...(split.atEnd.size > 0 && !all ? { scanners: split.rounds } : {}),
          });
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
      if (split.atEnd.size > 0) whole += text;
      // Scan in rounds of at least the window, so the cost stays linear in the stream length.
      return held.length >= HOLD_BACK_CHARS * 2 ? round(false) : '';
    },
    flush() {
      const whollyScanned = !scannedBefore;
      const rest = round(true);
      if (split.atEnd.size > 0 && whole.length > 0 && !whollyScanned) {
        const scan = engine.scan(whole, {
          direction: 'output',
          useCase,
          source: 'model',
          ...facts,
          scanners: split.atEnd,
        });
        findings.push(...scan.findings);
        whole = '';
      }
      return rest;
    },
    blocked,
    reasons,
    findings,
  };
}
