import { describe, expect, it } from 'vitest';
import { createCanary, plantCanary } from '../canary.js';
import { normalizeText } from '../normalize-text.js';
import { runScanner } from '../testing.js';
import type { Finding, NormalizedText } from '../types.js';
import scanner from './canary.js';

const canary = 'bstcq7k2m9x4p8r3t6w5';
const leaks = (text: string) => runScanner(scanner, text, { direction: 'output', canaries: [canary] });

describe('canary scanner', () => {
  it('creates distinct alphanumeric canaries and plants them in the system prompt', () => {
    const a = createCanary();
    expect(a).toMatch(/^bstc[a-z2-9]{16}$/);
    expect(createCanary()).not.toBe(a);
    expect(plantCanary('You are a helpful bot.', a)).toContain(a);
  });

  it('catches the canary verbatim and reports its span', () => {
    const text = `Sure! My instructions mention ${canary} somewhere.`;
    const [f] = leaks(text);
    expect(f).toMatchObject({ kind: 'canary_leak', score: 1 });
    expect(text.slice(f?.start, f?.end)).toBe(canary);
  });

  it.each([
    ['spaced out', canary.split('').join(' ')],
    [
      'upper-cased with dashes',
      canary
        .toUpperCase()
        .match(/.{1,4}/g)
        ?.join('-') ?? '',
    ],
    ['reversed', [...canary].reverse().join('')],
    ['with zero-width spaces', canary.split('').join('\u200B')],
    ['ROT13', canary.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97))],
    ['base64', Buffer.from(`the code is ${canary}!`).toString('base64')],
    ['hex', Buffer.from(canary).toString('hex')],
  ])('catches the canary %s', (_how, text) => {
    expect(leaks(`Here you go: ${text}`)).toHaveLength(1);
  });

  it('stays quiet without a leak or without canaries', () => {
    expect(leaks('The capital of France is Paris.')).toEqual([]);
    expect(leaks('bstc followed by other letters q7k2m9')).toEqual([]);
    expect(runScanner(scanner, canary, { direction: 'output' })).toEqual([]);
  });
});

describe('canary scanner against its former implementation', () => {
  /** The scanner before its fast paths: strings built a character at a time, forms derived per call. */
  function reference(t: NormalizedText, canaries: readonly string[]): Finding[] {
    const squashOld = (s: string) => {
      let text = '';
      const map: number[] = [];
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
          text += String.fromCharCode(c | (c >= 65 && c <= 90 ? 32 : 0));
          map.push(i);
        }
      }
      return { text, map };
    };
    const reverse = (s: string) => [...s].reverse().join('');
    const rot13 = (s: string) =>
      s.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 13) % 26) + 97));
    const forms = (c: string) => {
      const out: { form: string; how: string }[] = [];
      for (let shift = 0; shift < 3; shift++) {
        const b64 = Buffer.from('\u0000'.repeat(shift) + c).toString('base64');
        out.push({ form: b64.slice(shift === 0 ? 0 : 4, b64.length - 4), how: 'base64-encoded' });
      }
      out.push({ form: Buffer.from(c).toString('hex'), how: 'hex-encoded' });
      return out;
    };
    const findings: Finding[] = [];
    const squashed = squashOld(t.original);
    const lower = t.original.toLowerCase();
    const leak = (start: number, end: number, how: string): Finding => ({
      scanner: 'canary',
      kind: 'canary_leak',
      type: 'canary',
      score: 1,
      start,
      end,
      detail: `canary leaked (${how})`,
    });
    for (const c of canaries.filter((x) => x.length >= 8)) {
      const core = squashOld(c).text;
      const variants = [
        { needle: core, how: 'verbatim or spaced out' },
        { needle: reverse(core), how: 'reversed' },
        { needle: rot13(core), how: 'ROT13' },
      ];
      const v = variants.find((x) => squashed.text.includes(x.needle));
      if (v) {
        const at = squashed.text.indexOf(v.needle);
        const start = squashed.map[at] ?? 0;
        findings.push(leak(start, (squashed.map[at + v.needle.length - 1] ?? start) + 1, v.how));
        continue;
      }
      const e = forms(c).find((f) => (f.how === 'hex-encoded' ? lower : t.original).includes(f.form));
      if (e) {
        const at = (e.how === 'hex-encoded' ? lower : t.original).indexOf(e.form);
        findings.push(leak(at, at + e.form.length, e.how));
        continue;
      }
      const seg = t.decoded.find((s) => squashOld(s.text).text.includes(core));
      if (seg) findings.push(leak(seg.start, seg.end, `${seg.encoding}-encoded`));
    }
    return findings;
  }

  it('finds the same leaks at the same spans on generated answers', () => {
    const scan = scanner.create(scanner.options.parse({}));
    const planted = [createCanary(), createCanary(), 'bstcq7k2m9x4p8r3t6w5'];
    let seed = 5;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % k;
    };
    const disguise = (c: string): string => {
      switch (next(9)) {
        case 0:
          return c.split('').join(' ');
        case 1:
          return [...c].reverse().join('');
        case 2:
          return c.replace(/[a-z]/g, (x) => String.fromCharCode(((x.charCodeAt(0) - 97 + 13) % 26) + 97));
        case 3:
          return Buffer.from(`${'xy'.slice(0, next(3))}${c}!`).toString('base64');
        case 4:
          return Buffer.from(c).toString('hex').toUpperCase();
        case 5:
          return encodeURIComponent(`code: ${c}`).replace(
            /[a-z0-9]/g,
            (x) => `%${x.charCodeAt(0).toString(16)}`,
          );
        case 6:
          return (
            c
              .toUpperCase()
              .match(/.{1,4}/g)
              ?.join('-') ?? c
          );
        case 7:
          return c.slice(0, 10);
        default:
          return c;
      }
    };
    const words = ['Sure', 'here', 'is', 'the', 'answer:', 'Ünïcode', '42', '—', 'and', '\u200b', 'ok.'];
    let found = 0;
    for (let i = 0; i < 1500; i++) {
      const parts: string[] = [];
      for (let j = 1 + next(8); j > 0; j--)
        parts.push(
          next(4) === 0
            ? disguise(planted[next(planted.length)] as string)
            : (words[next(words.length)] as string),
        );
      const text = parts.join(' ');
      const canaries = next(3) === 0 ? planted : [planted[next(planted.length)] as string];
      const t = normalizeText(text);
      const got = scan(t, { direction: 'output', canaries });
      expect(got).toEqual(reference(t, canaries));
      found += got.length;
    }
    expect(found).toBeGreaterThan(150);
  });
});
