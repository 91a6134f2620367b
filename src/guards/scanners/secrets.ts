import { z } from 'zod';
import { foldForIdentifiers, hasHiddenOrWide } from '../pii/fold.js';
import { createSecretMatcher } from '../secrets/find-secrets.js';
import { SECRET_RULES } from '../secrets/rules.js';
import { defineScanner, type Finding } from '../types.js';
import { mayFold } from './may-fold.js';

const options = z
  .object({
    /** Rule ids to skip (e.g. `jwt` for an app that legitimately forwards ID tokens). */
    disable: z.array(z.string()).default([]),
    /** Also scan payloads the normaliser decoded (base64, hex, URL-encoding): a key smuggled encoded is still a key. */
    decoded: z.boolean().default(true),
  })
  .strict()
  .superRefine((o, ctx) => {
    const known = new Set(SECRET_RULES.map((r) => r.id));
    o.disable.forEach((id, i) => {
      if (!known.has(id))
        ctx.addIssue({ code: 'custom', path: ['disable', i], message: `unknown secret rule "${id}"` });
    });
  });

/**
 * API keys, tokens, private keys and credentials (src/guards/secrets/rules.ts). Matches the ORIGINAL text, since
 * secrets are case- and character-exact, and each decoded payload, reported at the span of its encoded form.
 */
export default defineScanner({
  id: 'secrets',
  directions: ['input', 'output'],
  kinds: ['secret'],
  description: `Secrets: ${SECRET_RULES.length} provider token formats, private keys, JWTs, connection strings, credentials by name`,
  options,
  create(opts) {
    const skip = new Set(opts.disable);
    const matcher = createSecretMatcher(SECRET_RULES.filter((r) => !skip.has(r.id)));
    return (t) => {
      const findings: Finding[] = matcher.find(t.original).map((m) => ({
        scanner: 'secrets',
        kind: 'secret',
        type: m.ruleId,
        score: m.score,
        start: m.start,
        end: m.end,
        detail: m.description,
      }));
      // A key broken up with zero-width characters or typed in fullwidth forms is still a key.
      // hasHiddenOrWide looks for a subset of what foldForIdentifiers folds: none without a character >= U+00A0.
      const folded =
        mayFold(t.original) && hasHiddenOrWide(t.original) ? foldForIdentifiers(t.original) : undefined;
      if (folded) {
        for (const m of matcher.find(folded.text)) {
          const start = folded.toOriginal(m.start);
          const end = folded.toOriginal(m.end - 1) + 1;
          if (findings.some((f) => f.start < end && start < f.end)) continue;
          findings.push({
            scanner: 'secrets',
            kind: 'secret',
            type: m.ruleId,
            score: m.score,
            start,
            end,
            detail: `${m.description} (hidden characters removed)`,
          });
        }
      }
      if (opts.decoded) {
        for (const seg of t.decoded) {
          for (const m of matcher.find(seg.text)) {
            findings.push({
              scanner: 'secrets',
              kind: 'secret',
              type: m.ruleId,
              score: m.score,
              start: seg.start,
              end: seg.end,
              detail: `${m.description} (${seg.encoding}-encoded)`,
            });
          }
        }
      }
      return findings;
    };
  },
});
