import { z } from 'zod';
import { DEFAULT_PII_TYPES, PII_TYPES, detectPii, type PiiType } from '../pii/detect-pii.js';
import { foldForIdentifiers } from '../pii/fold.js';
import { defineScanner, type Finding } from '../types.js';

const options = z
  .object({
    /** Entity types to report (Presidio names). Dates, places and organisations are off by default. */
    entities: z.array(z.enum(PII_TYPES as [PiiType, ...PiiType[]])).default([...DEFAULT_PII_TYPES]),
    /** Matches below this never become findings (the policy threshold then applies on top). */
    minScore: z.number().min(0).max(1).default(0.3),
  })
  .strict();

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
    const types = opts.entities;
    return (t) => {
      const folded = foldForIdentifiers(t.original);
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
