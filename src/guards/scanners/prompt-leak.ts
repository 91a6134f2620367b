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

function words(text: string): Words {
  const out: Words = { words: [], starts: [], ends: [] };
  for (const m of text.matchAll(WORD)) {
    out.words.push(m[0].toLowerCase());
    out.starts.push(m.index);
    out.ends.push(m.index + m[0].length);
  }
  return out;
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
    const cache = new Map<string, Set<string>>();
    const shingles = (prompt: string): Set<string> => {
      let set = cache.get(prompt);
      if (!set) {
        // The system prompt goes through the same normaliser as the output, so leetspeak, homoglyphs and
        // zero-width characters in a leaked copy do not break the shingles.
        const w = words(normalize(prompt).text).words;
        set = new Set<string>();
        for (let i = 0; i + opts.n <= w.length; i++) set.add(w.slice(i, i + opts.n).join(' '));
        if (cache.size > 256) cache.clear();
        cache.set(prompt, set);
      }
      return set;
    };
    return (t, ctx) => {
      if (!ctx.systemPrompt) return [];
      const sys = shingles(ctx.systemPrompt);
      if (sys.size === 0) return [];
      const out = words(t.text);
      const seen = new Set<string>();
      let first = -1;
      let last = -1;
      for (let i = 0; i + opts.n <= out.words.length; i++) {
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
