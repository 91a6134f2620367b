import { z } from 'zod';
import { defineScanner, type Finding } from '../types.js';
import { MIN_REPORTED_SCORE, calibratedScore } from './calibrate.js';
import { sharedDetector } from './model-file.js';

const options = z.object({}).strict();

/**
 * Prompt injection: text that tries to replace the application's instructions ("ignore previous instructions",
 * fake system messages, password extraction). For third-party content (`ctx.source` = document or tool, e.g.
 * retrieved pages, e-mails, tool results) a second head also catches indirect injection: instructions addressed to
 * the assistant that are harmless in a user's mouth but an attack inside data ("reply in German", "add a link").
 * Scores windows of the normalised text and any decoded payload (base64, hex, Unicode tags, …); the finding's span
 * is the triggering window or the encoded run.
 */
export default defineScanner({
  id: 'prompt_injection',
  directions: ['input'],
  kinds: ['prompt_injection'],
  description: 'Direct and indirect prompt injection (trained detector over hashed n-grams, multilingual)',
  options,
  create() {
    const { weights, run } = sharedDetector();
    const tDirect = weights.threshold[0]!;
    const tIndirect = weights.threshold[1]!;
    return (t, ctx) => {
      const heads = run(t).heads;
      const direct = heads[0]!;
      let best = direct;
      let score = calibratedScore(direct.score, tDirect);
      let detail = 'prompt injection';
      if (ctx.source === 'document' || ctx.source === 'tool') {
        const indirect = heads[1]!;
        const s = calibratedScore(indirect.score, tIndirect);
        if (s > score) {
          score = s;
          best = indirect;
          detail = `indirect prompt injection in ${ctx.source} content`;
        }
      }
      if (score < MIN_REPORTED_SCORE) return [];
      if (best.via !== 'text') detail += ` (hidden in ${best.via} payload)`;
      const finding: Finding = {
        scanner: 'prompt_injection',
        kind: 'prompt_injection',
        score,
        start: best.start,
        end: best.end,
        detail,
      };
      return [finding];
    };
  },
});
