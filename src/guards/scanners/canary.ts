import { z } from 'zod';
import { defineScanner, type Finding, type NormalizedText } from '../types.js';

// `plant` is read by the gateway, not here: it plants a fresh canary in each request's system prompt (opt-in: a
// random line in the system prompt changes the prompt prefix, so providers' prompt caching stops matching).
const options = z.object({ plant: z.boolean().optional() }).strict();

interface Squashed {
  text: string;
  /** map[i]: offset in the original of the squashed text's character i, for i < text.length. */
  map: Int32Array;
}

/** Bytes of the squashed text, reused: decoded into a string before squash returns. */
let scratch = Buffer.allocUnsafe(4096);

/** Letters and digits only, lower-cased, with a map back: undoes spacing, punctuation and zero-width tricks. */
function squash(s: string): Squashed {
  // The kept characters are ASCII: written as bytes and decoded once. Appending one character at a time to a string
  // cost ~1.5 times as much (a canary is looked for in every answer once planting is on).
  const n = s.length;
  if (scratch.length < n) scratch = Buffer.allocUnsafe(Math.max(n, 2 * scratch.length));
  const bytes = scratch;
  // Only map[0, text.length) is meaningful (and read: every index comes from a match in the text).
  const map = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      bytes[k] = c | (c >= 65 && c <= 90 ? 32 : 0);
      map[k++] = i;
    }
  }
  return { text: bytes.toString('latin1', 0, k), map };
}

const reverse = (s: string) => [...s].reverse().join('');
const rot13 = (s: string) =>
  s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));

/** Encodings of the canary a model might be talked into producing, as they appear in the output. */
function encodedForms(canary: string): { form: string; how: string }[] {
  const forms: { form: string; how: string }[] = [];
  for (let shift = 0; shift < 3; shift++) {
    // base64 of the canary at each 3-byte alignment, trimmed to the characters that do not depend on neighbours.
    const b64 = Buffer.from('\u0000'.repeat(shift) + canary).toString('base64');
    const skip = shift === 0 ? 0 : 4;
    forms.push({ form: b64.slice(skip, b64.length - 4), how: 'base64-encoded' });
  }
  forms.push({ form: Buffer.from(canary).toString('hex'), how: 'hex-encoded' });
  return forms;
}

interface CanaryForms {
  core: string;
  variants: { needle: string; how: string }[];
  encoded: { form: string; how: string }[];
}

/**
 * What is looked for, per canary: kept for the last canaries, since a streamed answer is scanned round after round
 * with the same one (and one canary per request, so a small table holds every stream in flight).
 */
const formsOf = new Map<string, CanaryForms>();
function canaryForms(canary: string): CanaryForms {
  let forms = formsOf.get(canary);
  if (!forms) {
    const core = squash(canary).text;
    forms = {
      core,
      variants: [
        { needle: core, how: 'verbatim or spaced out' },
        { needle: reverse(core), how: 'reversed' },
        { needle: rot13(core), how: 'ROT13' },
      ],
      encoded: encodedForms(canary),
    };
    if (formsOf.size >= 256) formsOf.clear();
    formsOf.set(canary, forms);
  }
  return forms;
}

/**
 * Canary leaks: the per-request canary planted in the system prompt (src/guards/canary.ts) appearing in the output,
 * verbatim, spaced out, re-cased, reversed, ROT13'd, or base64/hex encoded. A leak proves the model disclosed its
 * instructions, whatever the wording around it.
 */
export default defineScanner({
  id: 'canary',
  directions: ['output'],
  kinds: ['canary_leak'],
  description:
    'Per-request canary from the system prompt leaking in the output, also encoded, reversed or spaced out',
  options,
  create() {
    return (t: NormalizedText, ctx) => {
      const canaries = (ctx.canaries ?? []).filter((c) => c.length >= 8);
      if (canaries.length === 0) return [];
      const findings: Finding[] = [];
      const squashed = squash(t.original);
      // Only the hex form is looked for case-insensitively: lower-cased on first need.
      let lower: string | undefined;
      for (const canary of canaries) {
        const { core, variants, encoded } = canaryForms(canary);
        let found = false;
        for (const v of variants) {
          const at = squashed.text.indexOf(v.needle);
          if (at === -1) continue;
          const start = squashed.map[at] ?? 0;
          const end = (squashed.map[at + v.needle.length - 1] ?? start) + 1;
          findings.push({
            scanner: 'canary',
            kind: 'canary_leak',
            type: 'canary',
            score: 1,
            start,
            end,
            detail: `canary leaked (${v.how})`,
          });
          found = true;
          break;
        }
        if (found) continue;
        for (const { form, how } of encoded) {
          const haystack = how === 'hex-encoded' ? (lower ??= t.original.toLowerCase()) : t.original;
          const at = haystack.indexOf(form);
          if (at !== -1) {
            findings.push({
              scanner: 'canary',
              kind: 'canary_leak',
              type: 'canary',
              score: 1,
              start: at,
              end: at + form.length,
              detail: `canary leaked (${how})`,
            });
            found = true;
            break;
          }
        }
        if (found) continue;
        for (const seg of t.decoded) {
          if (squash(seg.text).text.includes(core)) {
            findings.push({
              scanner: 'canary',
              kind: 'canary_leak',
              type: 'canary',
              score: 1,
              start: seg.start,
              end: seg.end,
              detail: `canary leaked (${seg.encoding}-encoded)`,
            });
            break;
          }
        }
      }
      return findings;
    };
  },
});
