import type { z } from 'zod';

/** What a finding is about. `scanner_failed` is emitted by the engine when a scanner throws or overruns. */
export const FINDING_KINDS = [
  'prompt_injection',
  'jailbreak',
  'pii',
  'secret',
  'harm',
  'invisible_text',
  'canary_leak',
  'prompt_leak',
  'exfiltration',
  'refusal',
  'custom',
  /** Size or token limit exceeded. */
  'limit',
  'scanner_failed',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type Direction = 'input' | 'output';

/**
 * One thing a scanner found. `start`/`end` are UTF-16 offsets into the ORIGINAL text (not the normalised one),
 * so redaction and highlighting work on what the user sent.
 */
export interface Finding {
  scanner: string;
  kind: FindingKind;
  /** Entity or rule type, Presidio names for PII (EMAIL_ADDRESS, CREDIT_CARD, …), rule ids for secrets. */
  type?: string;
  /** Confidence in [0, 1]. */
  score: number;
  start: number;
  end: number;
  /** Short human reason; never the matched secret itself. */
  detail?: string;
}

/**
 * A text normalised once per scan: NFKC, confusables folded, zero-width and tag characters removed,
 * leetspeak folded, and encoded runs (base64/hex/URL) decoded, with offsets mapped back to the original.
 */
export interface NormalizedText {
  /** The text as received. */
  readonly original: string;
  /** The normalised text scanners match against. */
  readonly text: string;
  /** Maps an offset in `text` to an offset in `original`. */
  toOriginal(offset: number): number;
  /** Decoded payloads found in the original (base64, hex, URL-encoding, …) with their original spans. */
  readonly decoded: readonly DecodedSegment[];
  /** Invisible or smuggled characters that normalisation removed, with their original spans. */
  readonly hidden: readonly HiddenSegment[];
}

export interface DecodedSegment {
  encoding: 'base64' | 'hex' | 'url' | 'rot13' | 'unicode_tags' | 'other';
  text: string;
  start: number;
  end: number;
}

export interface HiddenSegment {
  kind: 'zero_width' | 'unicode_tag' | 'bidi' | 'control' | 'variation_selector';
  start: number;
  end: number;
  /** For Unicode tag runs: the ASCII they spell. */
  decoded?: string;
}

/** Per-request facts some scanners need. */
export interface ScanContext {
  direction: Direction;
  useCase?: string;
  /** Where the text came from: a user's prompt, a retrieved document, or a tool result (indirect injection). */
  source?: 'user' | 'document' | 'tool' | 'model';
  /** The request's system prompt, for prompt-leak detection on output. */
  systemPrompt?: string;
  /** Canary tokens planted in this request's system prompt. */
  canaries?: readonly string[];
  /**
   * Only these scanners run (by id); every enabled one when absent. The gateway's stream guard uses it to run the
   * scanners that can only allow or flag once over a whole answer instead of on every round.
   */
  scanners?: ReadonlySet<string>;
}

export type ScanFn = (text: NormalizedText, ctx: ScanContext) => Finding[];

/**
 * A scanner: `create` runs once at config load (compile regexes, load weights), `scan` is the hot path.
 * Registered in src/guards/registry.ts.
 */
export interface ScannerDefinition<Options = unknown> {
  id: string;
  /** Which texts it is meant for; the engine refuses a config that enables it elsewhere. */
  directions: readonly Direction[];
  kinds: readonly FindingKind[];
  description: string;
  options: z.ZodType<Options>;
  create(options: Options): ScanFn;
}

/**
 * @example
 * export default defineScanner({ id: 'email', directions: ['input', 'output'], kinds: ['pii'],
 *   description: 'Email addresses', options: z.object({}).strict(), create: () => (t) => [] });
 */
export function defineScanner<Options>(definition: ScannerDefinition<Options>): ScannerDefinition<Options> {
  return definition;
}
