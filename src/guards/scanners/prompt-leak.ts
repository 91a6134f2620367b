import { z } from 'zod';
import { normalize } from '../normalize/index.js';
import { defineScanner, type Finding } from '../types.js';

const options = z
  .object({
    /** Words per shingle. */
    n: z.number().int().min(3).max(12).default(5),
    /** Shingles of the system prompt that must reappear for a score of 1 (shorter prompts: half of theirs). */
    saturation: z.number().int().positive().default(12),
  })
  .strict();

interface Words {
  words: string[];
  starts: number[];
  ends: number[];
}

const WORD = /[\p{L}\p{N}]+/gu;
/** A code unit outside ASCII: only then can a word hold more than [A-Za-z0-9]. */
// eslint-disable-next-line no-control-regex -- the class is "not ASCII", controls included
const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * The words of `text` (runs of letters and digits), lower-cased, with their spans. On ASCII text WORD's classes are
 * exactly [A-Za-z0-9] (no other ASCII character is a letter or a number), so a loop over the code units finds the
 * same runs without a match object per word: most answers are ASCII, and this runs on every answer of a request
 * with a system prompt.
 */
export function words(text: string): Words {
  const out: Words = { words: [], starts: [], ends: [] };
  if (NON_ASCII.test(text)) {
    for (const m of text.matchAll(WORD)) {
      out.words.push(m[0].toLowerCase());
      out.starts.push(m.index);
      out.ends.push(m.index + m[0].length);
    }
    return out;
  }
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 0;
    const word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (word) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out.words.push(text.slice(start, i).toLowerCase());
      out.starts.push(start);
      out.ends.push(i);
      start = -1;
    }
  }
  return out;
}

/** A system prompt's shingles, and every word in them (a shingle can only match where all its words are here). */
interface PromptShingles {
  grams: Set<string>;
  words: Set<string>;
}

/**
 * System-prompt leaks: word n-grams of `ctx.systemPrompt` reappearing in the output. Case and punctuation are
 * ignored, so a reformatted copy still counts; a single shared stock phrase ("you are a helpful assistant") stays
 * far below the threshold because the score needs many distinct shingles.
 */
export default defineScanner({
  id: 'prompt_leak',
  directions: ['output'],
  kinds: ['prompt_leak'],
  description: 'Output repeating the system prompt (word n-gram overlap)',
  options,
  create(opts) {
    // The same system prompt arrives with every request of a use case: keep its shingles.
    const cache = new Map<string, PromptShingles>();
    const shingles = (prompt: string): PromptShingles => {
      let set = cache.get(prompt);
      if (!set) {
        // The system prompt goes through the same normaliser as the output, so leetspeak, homoglyphs and
        // zero-width characters in a leaked copy do not break the shingles.
        const w = words(normalize(prompt).text).words;
        set = { grams: new Set<string>(), words: new Set<string>() };
        for (let i = 0; i + opts.n <= w.length; i++) {
          set.grams.add(w.slice(i, i + opts.n).join(' '));
          for (let k = i; k < i + opts.n; k++) set.words.add(w[k] as string);
        }
        if (cache.size > 256) cache.clear();
        cache.set(prompt, set);
      }
      return set;
    };
    return (t, ctx) => {
      if (!ctx.systemPrompt) return [];
      const { grams: sys, words: sysWords } = shingles(ctx.systemPrompt);
      if (sys.size === 0) return [];
      const out = words(t.text);
      const seen = new Set<string>();
      let first = -1;
      let last = -1;
      // Only where opts.n words in a row all occur in the system prompt's shingles can a shingle repeat: the
      // n-gram strings (a slice and a join per word of the answer, most of the cost) are built only there.
      let run = 0;
      for (let j = 0; j < out.words.length; j++) {
        run = sysWords.has(out.words[j] as string) ? run + 1 : 0;
        if (run < opts.n) continue;
        const i = j - opts.n + 1;
        const gram = out.words.slice(i, i + opts.n).join(' ');
        if (!sys.has(gram)) continue;
        seen.add(gram);
        if (first === -1) first = i;
        last = i + opts.n - 1;
      }
      if (seen.size === 0) return [];
      const needed = Math.max(2, Math.min(opts.saturation, Math.ceil(sys.size / 2)));
      const score = Math.min(1, seen.size / needed);
      const finding: Finding = {
        scanner: 'prompt_leak',
        kind: 'prompt_leak',
        type: 'system_prompt',
        score,
        start: t.toOriginal(out.starts[first] ?? 0),
        end: t.toOriginal((out.ends[last] ?? t.text.length) - 1) + 1,
        detail: `${seen.size} of ${sys.size} system-prompt ${opts.n}-word sequences repeated`,
      };
      return [finding];
    };
  },
});
