import { z } from 'zod';
import { defineScanner, type Finding } from '../types.js';

const options = z
  .object({
    /** Longest text accepted, in UTF-16 code units. */
    maxChars: z.number().int().positive().default(400_000),
    /** Largest estimated token count accepted. */
    maxTokens: z.number().int().positive().default(100_000),
  })
  .strict();

/**
 * Token estimate without a tokenizer: about 4 characters per token for English BPE vocabularies; CJK and other
 * scripts without spaces use roughly one token per character, so those count fully. Good enough for a limit
 * whose job is stopping context-stuffing and cost attacks, not billing.
 */
export function estimateTokens(text: string): number {
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) wide++;
  return Math.ceil((text.length - wide) / 4) + wide;
}

/** Size and token limits per text: oversized prompts are a cost and context-stuffing attack. */
export default defineScanner({
  id: 'limits',
  directions: ['input', 'output'],
  kinds: ['limit'],
  description: 'Text longer than the configured character or estimated-token limit',
  options,
  create(opts) {
    return (t) => {
      const text = t.original;
      const findings: Finding[] = [];
      if (text.length > opts.maxChars) {
        findings.push({
          scanner: 'limits',
          kind: 'limit',
          type: 'max_chars',
          score: 1,
          start: opts.maxChars,
          end: text.length,
          detail: `${text.length} characters exceed the limit of ${opts.maxChars}`,
        });
        return findings;
      }
      // Cheap bound first: the estimate never exceeds the length, so short texts skip the count.
      if (text.length > opts.maxTokens) {
        const tokens = estimateTokens(text);
        if (tokens > opts.maxTokens) {
          findings.push({
            scanner: 'limits',
            kind: 'limit',
            type: 'max_tokens',
            score: 1,
            start: 0,
            end: text.length,
            detail: `about ${tokens} tokens exceed the limit of ${opts.maxTokens}`,
          });
        }
      }
      return findings;
    };
  },
});
