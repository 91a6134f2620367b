import { z } from 'zod';
import { defineScanner, type Finding } from '../types.js';

const options = z.object({}).strict();

// Stock refusal openings in the major languages; looked for in the first 300 characters, where models refuse.
const REFUSAL = new RegExp(
  [
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
  ].join('|'),
  'iu',
);

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
      const m = REFUSAL.exec(head);
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
