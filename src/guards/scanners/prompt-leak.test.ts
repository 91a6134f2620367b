import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize-text.js';
import { runScanner } from '../testing.js';
import type { Finding } from '../types.js';
import scanner, { words } from './prompt-leak.js';

const systemPrompt =
  'You are the support assistant for Globex. Only answer questions about Globex routers. Never mention competitor products. ' +
  'If the user asks for a refund, direct them to the billing portal at billing.globex.example and do not promise anything. ' +
  'Keep answers under one hundred words and always end with a friendly sign-off.';
const scan = (text: string) => runScanner(scanner, text, { direction: 'output', systemPrompt });

describe('prompt_leak scanner', () => {
  it('scores a verbatim copy of the system prompt at 1', () => {
    expect(scan(`My instructions are: ${systemPrompt}`)[0]?.score).toBe(1);
  });

  it('catches a re-cased, re-punctuated partial copy', () => {
    const leak =
      'sure. "ONLY ANSWER QUESTIONS ABOUT GLOBEX ROUTERS - never mention competitor products; if the user asks for a refund, direct them to the billing portal"';
    const [f] = scan(leak);
    expect(f?.score).toBeGreaterThanOrEqual(0.5);
    expect(leak.slice(f?.start, f?.end).toLowerCase()).toContain('only answer');
  });

  it('sees through zero-width characters and leetspeak in the leaked copy', () => {
    const leak =
      'N3ver ment\u200Bion c0mpetitor pr0ducts. If the user asks for a refund, d1rect them to the billing portal at billing.globex.example and do not promise anything.';
    expect(scan(leak)[0]?.score).toBeGreaterThanOrEqual(0.5);
  });

  it('stays low on an ordinary answer sharing a stock phrase', () => {
    const answer =
      'You are the owner of the router, so you can reset it by holding the button for ten seconds. Have a nice day!';
    expect(scan(answer).every((f) => f.score < 0.5)).toBe(true);
    expect(runScanner(scanner, systemPrompt, { direction: 'output' })).toEqual([]);
  });
});

describe('prompt_leak fast paths', () => {
  /** The scanner before its fast paths: the regex for words, every n-gram position tried. */
  function reference(text: string, prompt: string, n = 5, saturation = 12): Finding[] {
    const wordsOf = (s: string) => {
      const out = { words: [] as string[], starts: [] as number[], ends: [] as number[] };
      for (const m of s.matchAll(/[\p{L}\p{N}]+/gu)) {
        out.words.push(m[0].toLowerCase());
        out.starts.push(m.index);
        out.ends.push(m.index + m[0].length);
      }
      return out;
    };
    const w = wordsOf(normalizeText(prompt).text).words;
    const sys = new Set<string>();
    for (let i = 0; i + n <= w.length; i++) sys.add(w.slice(i, i + n).join(' '));
    if (sys.size === 0) return [];
    const t = normalizeText(text);
    const out = wordsOf(t.text);
    const seen = new Set<string>();
    let first = -1;
    let last = -1;
    for (let i = 0; i + n <= out.words.length; i++) {
      const gram = out.words.slice(i, i + n).join(' ');
      if (!sys.has(gram)) continue;
      seen.add(gram);
      if (first === -1) first = i;
      last = i + n - 1;
    }
    if (seen.size === 0) return [];
    const needed = Math.max(2, Math.min(saturation, Math.ceil(sys.size / 2)));
    return [
      {
        scanner: 'prompt_leak',
        kind: 'prompt_leak',
        type: 'system_prompt',
        score: Math.min(1, seen.size / needed),
        start: t.toOriginal(out.starts[first] ?? 0),
        end: t.toOriginal((out.ends[last] ?? t.text.length) - 1) + 1,
        detail: `${seen.size} of ${sys.size} system-prompt ${n}-word sequences repeated`,
      },
    ];
  }

  it('splits ASCII text into the words the Unicode expression finds', () => {
    let seed = 3;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % k;
    };
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let j = next(60); j > 0; j--) text += String.fromCharCode(next(128));
      const expected = [...text.matchAll(/[\p{L}\p{N}]+/gu)];
      const got = words(text);
      expect(got.words).toEqual(expected.map((m) => m[0].toLowerCase()));
      expect(got.starts).toEqual(expected.map((m) => m.index));
      expect(got.ends).toEqual(expected.map((m) => m.index + m[0].length));
    }
  });

  it('finds what trying every position finds, on generated answers mixing the system prompt and other words', () => {
    const promptWords = systemPrompt.split(' ');
    const other = [
      'router',
      'the',
      'and',
      'Ünïcode',
      'ß',
      'straße',
      'x2',
      '…',
      'Globex',
      'hello',
      'you',
      'are',
    ];
    let seed = 11;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % k;
    };
    const scanOne = scanner.create(scanner.options.parse({}));
    const scanThree = scanner.create(scanner.options.parse({ n: 3, saturation: 4 }));
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      for (let j = 0; j < 3 + next(6); j++) {
        if (next(2) === 0) {
          // A stretch of the system prompt, possibly re-cased.
          const at = next(promptWords.length);
          const stretch = promptWords.slice(at, at + 1 + next(9)).join(' ');
          parts.push(next(3) === 0 ? stretch.toUpperCase() : stretch);
        } else parts.push(other[next(other.length)] as string);
      }
      const text = parts.join(next(2) === 0 ? ' ' : ', ');
      const got = scanOne(normalizeText(text), { direction: 'output', systemPrompt });
      expect(got).toEqual(reference(text, systemPrompt));
      expect(scanThree(normalizeText(text), { direction: 'output', systemPrompt })).toEqual(
        reference(text, systemPrompt, 3, 4),
      );
      found += got.length;
    }
    expect(found).toBeGreaterThan(300);
    expect(found).toBeLessThan(1450);
  });
});
