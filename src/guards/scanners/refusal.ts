import { z } from 'zod';
import { defineScanner, type Finding } from '../types.js';

const options = z.object({}).strict();

// Stock refusal openings in the major languages; looked for in the first 300 characters, where models refuse.
const REFUSAL_SOURCE = [
  "\\b(?:i'?m|i am) (?:sorry|afraid),? (?:but )?(?:i|that) (?:can(?:'|no)t|cannot|won'?t|am not able|'m not able|am unable)",
  "\\bi (?:can(?:'|no)?t|cannot|won'?t|will not|am unable to|'m unable to|am not able to|'m not able to) (?:help|assist|provide|comply|do that|fulfil|fulfill|share|create|write|generate|support)",
  "\\b(?:as an ai|as a language model)\\b[^.]{0,60}\\b(?:can(?:'|no)?t|cannot|not able|unable|don'?t)",
  '\\b(?:i must|i have to) (?:decline|refuse)',
  "\\bthat(?:'s| is) (?:not something|something) i (?:can(?:'|no)?t|cannot|won'?t) (?:help|assist|do)",
  '\\blo siento,? (?:pero )?no puedo',
  '\\bje (?:suis désolé|ne peux pas)',
  '\\btut mir leid,? (?:aber )?ich kann',
  '\\bich kann (?:dabei )?(?:nicht|keine)',
  '抱歉|我不能|我无法|申し訳ありませんが|できません',
].join('|');

/** The expression that defines a refusal: case-insensitive by Unicode case folding, by code point. */
export const REFUSAL = new RegExp(REFUSAL_SOURCE, 'iu');

/**
 * The same expression without the `u` flag: ~40× faster in V8 (25 µs → 0.6 µs on a 300-character answer, and
 * every answer is scanned) and the same match wherever BLOCKS_PLAIN_FORM finds nothing. Without `u` the only
 * differences are (1) case folding: `u` folds U+017F (long s) to "s" and U+212A (Kelvin sign) to "k", so they match
 * those letters and count as word characters for `\b`; no other character folds to an ASCII letter, and the one
 * non-ASCII letter of the pattern (é) has the same case class {é, É} both ways; and (2) code points: `[^.]{0,60}`
 * counts a surrogate pair as one character with `u` and two without. Neither can occur in a text without
 * U+017F, U+212A and surrogates, where code points are code units and both flags give the same index and length.
 */
const REFUSAL_PLAIN = new RegExp(REFUSAL_SOURCE, 'i');
const BLOCKS_PLAIN_FORM = /[\u017f\u212a\ud800-\udfff]/;

/** `REFUSAL.exec(head)`, by the faster expression where that is provably the same. */
export function findRefusal(head: string): RegExpExecArray | null {
  return (BLOCKS_PLAIN_FORM.test(head) ? REFUSAL : REFUSAL_PLAIN).exec(head);
}

/** Refusals, for metrics: how often a use case's model declines (a spike means an attack or a broken prompt). */
export default defineScanner({
  id: 'refusal',
  directions: ['output'],
  kinds: ['refusal'],
  description: 'Model refusals (counted for metrics; the default action is allow)',
  options,
  create() {
    return (t) => {
      const head = t.text.slice(0, 300);
      const m = findRefusal(head);
      if (!m) return [];
      const start = t.toOriginal(m.index);
      const end = t.toOriginal(m.index + m[0].length - 1) + 1;
      const f: Finding = {
        scanner: 'refusal',
        kind: 'refusal',
        type: 'refusal',
        score: 0.9,
        start,
        end,
        detail: 'the model declined',
      };
      return [f];
    };
  },
});
