import { describe, expect, it } from 'vitest';
import { createCanary, plantCanary } from '../canary.js';
import { runScanner } from '../testing.js';
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
