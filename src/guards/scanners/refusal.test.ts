import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
import scanner, { REFUSAL, findRefusal } from './refusal.js';

const refused = (text: string) => runScanner(scanner, text, { direction: 'output' }).length > 0;

describe('refusal scanner', () => {
  it.each([
    "I'm sorry, but I can't help with that request.",
    'I cannot assist with creating malware.',
    'As an AI language model, I cannot provide medical diagnoses.',
    'Lo siento, pero no puedo ayudar con eso.',
    'Tut mir leid, aber ich kann das nicht tun.',
    '抱歉，我不能帮助你。',
  ])('detects %s', (text) => expect(refused(text)).toBe(true));

  it.each([
    'Sure! Here is the summary you asked for.',
    'I can help with that: first, open the settings.',
    "The function can't be called twice; use a guard.",
  ])('does not flag %s', (text) => expect(refused(text)).toBe(false));
});

describe('refusal expression without the u flag (findRefusal)', () => {
  it('folds case like the u flag for every BMP character except U+017F and U+212A', () => {
    // The letters and the one non-ASCII letter of the expression, as literals and around \b.
    const letters = [...'abcdefghijklmnopqrstuvwxyzé'];
    const pairs = letters.map((l) => [new RegExp(`^${l}$`, 'iu'), new RegExp(`^${l}$`, 'i')] as const);
    const wordU = /^a\b/iu;
    const wordPlain = /^a\b/i;
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const same =
        pairs.every(([u, plain]) => u.test(ch) === plain.test(ch)) &&
        wordU.test(`a${ch}`) === wordPlain.test(`a${ch}`);
      if (!same) differ.push(c);
    }
    expect(differ).toEqual([0x017f, 0x212a]);
  });

  it('finds what REFUSAL finds, at the same place, on generated answers', () => {
    const pieces = [
      "I'm sorry, but I can't help",
      'i am afraid that cannot',
      'I cannot assist',
      "i won't generate",
      'As an AI, I don\u2019t',
      'as a language model I cannot',
      'I must decline',
      "That's not something I can help",
      'Lo siento, no puedo',
      'je suis désolé',
      'JE SUIS DÉSOLÉ',
      'Tut mir leid, ich kann',
      'Ich kann dabei nicht',
      '我无法',
      'できません',
      'Sure, here it is.',
      'The function',
      ' ',
      '. ',
      'x',
      '_',
      '9',
      'I',
      "'",
      '\u017f',
      '\u212a',
      '\u{1f600}',
      '\ud800',
      'ß',
      'İ',
      'ı',
    ];
    let seed = 12345;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    const flip = (s: string): string =>
      [...s].map((c) => (next(3) === 0 ? c.toUpperCase() : next(3) === 0 ? c.toLowerCase() : c)).join('');
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      const parts = 1 + next(8);
      for (let j = 0; j < parts; j++) text += flip(pieces[next(pieces.length)] as string);
      const head = text.slice(0, 300);
      const a = REFUSAL.exec(head);
      const b = findRefusal(head);
      expect(b?.index).toBe(a?.index);
      expect(b?.[0]).toBe(a?.[0]);
      if (a) matched++;
    }
    // The generator must exercise both outcomes.
    expect(matched).toBeGreaterThan(2000);
    expect(matched).toBeLessThan(19_000);
  });
});
