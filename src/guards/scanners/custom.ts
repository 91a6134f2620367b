import { z } from 'zod';
import { originalSpan } from '../span.js';
import { defineScanner, type Finding } from '../types.js';

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    // The boolean is the answer: zod reports it as an option error naming the pattern.
    return false;
  }
}

const pattern = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_.-]+$/, 'expected letters, digits, _ . -'),
    regex: z.string().min(1),
    /** Extra RegExp flags: i, m, s, u (g is always added). */
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'expected only the flags i, m, s, u')
      .default(''),
    score: z.number().min(0).max(1).default(1),
  })
  .strict()
  .refine((p) => compiles(p.regex, `g${p.flags}`), { message: 'regex does not compile' });

const options = z
  .object({
    /** Words or phrases refused for this use case; matched case-insensitively as whole words on the normalised text. */
    denyList: z.array(z.string().min(1)).default([]),
    /** Regular expressions matched on the original text. */
    patterns: z.array(pattern).default([]),
  })
  .strict();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Per-use-case deny lists and patterns (project code names, competitor names, ticket formats…).
 * Deny-list terms match on the NORMALISED text, so "pr0ject-x" with a zero-width space or homoglyphs still matches.
 */
export default defineScanner({
  id: 'custom',
  directions: ['input', 'output'],
  kinds: ['custom'],
  description: 'Per-use-case deny lists (whole words, normalised) and regular expressions',
  options,
  create(opts) {
    const deny =
      opts.denyList.length > 0
        ? new RegExp(
            `(?<![\\p{L}\\p{N}])(?:${opts.denyList
              .map((w) => escape(w.normalize('NFKC').toLowerCase()))
              .sort((a, b) => b.length - a.length)
              .join('|')})(?![\\p{L}\\p{N}])`,
            'giu',
          )
        : undefined;
    const patterns = opts.patterns.map((p) => ({ ...p, re: new RegExp(p.regex, `g${p.flags}`) }));
    return (t) => {
      const findings: Finding[] = [];
      if (deny) {
        for (const m of t.text.matchAll(deny)) {
          const span = originalSpan(t, m.index, m.index + m[0].length);
          findings.push({
            scanner: 'custom',
            kind: 'custom',
            type: 'deny_list',
            score: 1,
            ...span,
            detail: 'deny-listed term',
          });
        }
      }
      for (const p of patterns) {
        p.re.lastIndex = 0;
        for (const m of t.original.matchAll(p.re)) {
          if (m[0].length === 0) continue;
          findings.push({
            scanner: 'custom',
            kind: 'custom',
            type: p.id,
            score: p.score,
            start: m.index,
            end: m.index + m[0].length,
            detail: `pattern ${p.id}`,
          });
        }
      }
      return findings;
    };
  },
});
