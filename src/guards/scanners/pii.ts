import { z } from 'zod';
import { DEFAULT_PII_TYPES, PII_TYPES, detectPii, type PiiType } from '../pii/detect-pii.js';
import { foldForIdentifiers } from '../pii/fold.js';
import { defineScanner, type Finding } from '../types.js';
import { mayFold } from './may-fold.js';

const options = z
  .object({
    /** Entity types to report (Presidio names). Dates, places and organisations are off by default. */
    entities: z.array(z.enum(PII_TYPES as [PiiType, ...PiiType[]])).default([...DEFAULT_PII_TYPES]),
    /** Matches below this never become findings (the policy threshold then applies on top). */
    minScore: z.number().min(0).max(1).default(0.3),
  })
  .strict();

/**
 * Recognizers that cannot match without an ASCII digit: each of their patterns needs a `\d` (`[0-9]`, also with the
 * `u` flag): phone, card, IBAN, SSN, NINO, NHS and street-address patterns (pii/numbers.ts, phone.ts, heuristics.ts).
 * IP addresses need one too, except IPv6, which is looked for around a ":" only; e-mail addresses around an "@".
 */
const NEED_DIGIT: ReadonlySet<PiiType> = new Set<PiiType>([
  'PHONE_NUMBER',
  'CREDIT_CARD',
  'IBAN_CODE',
  'US_SSN',
  'UK_NINO',
  'NHS',
  'STREET_ADDRESS',
]);
const DIGIT = /[0-9]/;

/**
 * The configured types less the recognizers that provably find nothing in `text`: most prompts and answers have no
 * digit and no "@", and each recognizer has a fixed cost even then (the digit search, a candidate list, a pattern
 * object). detectPii runs the rest in the same order; the skipped ones would have added no match, so its overlap
 * resolution sees the same list and returns the same result.
 */
function recognizersFor(configured: readonly PiiType[]): (text: string) => readonly PiiType[] {
  const byShape = new Map<number, readonly PiiType[]>();
  return (text) => {
    const digit = DIGIT.test(text);
    const shape = (digit ? 1 : 0) | (text.includes('@') ? 2 : 0) | (text.includes(':') ? 4 : 0);
    let types = byShape.get(shape);
    if (!types) {
      types = configured.filter((type) => {
        if (NEED_DIGIT.has(type)) return digit;
        if (type === 'EMAIL_ADDRESS') return (shape & 2) !== 0;
        if (type === 'IP_ADDRESS') return digit || (shape & 4) !== 0;
        return true;
      });
      byShape.set(shape, types);
    }
    return types;
  };
}

/**
 * Personal data, validated where a checksum exists (Luhn + IIN for cards, mod-97 for IBANs, mod-11 for NHS numbers,
 * SSA rules for SSNs, libphonenumber for international phones), and pattern heuristics for names and addresses.
 * Runs on the original text and, when it contains non-ASCII, on a copy with invisible characters removed and
 * fullwidth forms folded, so "4111\u200B1111…" with zero-width spaces or fullwidth digits is still a card.
 */
export default defineScanner({
  id: 'pii',
  directions: ['input', 'output'],
  kinds: ['pii'],
  description:
    'Personal data: email, phone, card, IBAN, SSN, NINO, NHS, IP (validated), names, addresses (heuristic)',
  options,
  create(opts) {
    const typesFor = recognizersFor(opts.entities);
    return (t) => {
      const folded = mayFold(t.original) ? foldForIdentifiers(t.original) : undefined;
      const text = folded ? folded.text : t.original;
      const types = typesFor(text);
      if (types.length === 0) return [];
      const matches = folded
        ? detectPii(folded.text, { types, minScore: opts.minScore }).map((m) => ({
            ...m,
            start: folded.toOriginal(m.start),
            // The end maps from the last character, so invisible characters after the value stay outside the span.
            end: folded.toOriginal(m.end - 1) + 1,
          }))
        : detectPii(t.original, { types, minScore: opts.minScore });
      return matches.map((m): Finding => ({
        scanner: 'pii',
        kind: 'pii',
        type: m.type,
        score: m.score,
        start: m.start,
        end: m.end,
        detail: m.detail,
      }));
    };
  },
});
