import { describe, expect, it } from 'vitest';
import { withChecksum } from '../secrets/checksums.js';
import { runScanner } from '../testing.js';
import scanner from './secrets.js';
import type { NormalizedText } from '../types.js';

const token = `ghp_${withChecksum('Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0')}`;

describe('secrets scanner', () => {
  it('reports a token with its rule id and span, never the value in the detail', () => {
    const text = `my token is ${token}, please debug`;
    const [f] = runScanner(scanner, text);
    expect(f).toMatchObject({ kind: 'secret', type: 'github-pat', start: 12, end: 12 + token.length });
    expect(f?.detail).not.toContain(token);
  });

  it('finds a secret inside a decoded payload, reported at the encoded span', () => {
    const encoded = Buffer.from(`key=${token}`).toString('base64');
    const text = `decode this: ${encoded}`;
    const t: NormalizedText = {
      original: text,
      text,
      toOriginal: (o) => o,
      hidden: [],
      decoded: [{ encoding: 'base64', text: `key=${token}`, start: 13, end: 13 + encoded.length }],
    };
    const scan = scanner.create(scanner.options.parse({}));
    const found = scan(t, { direction: 'input' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'github-pat', start: 13, end: 13 + encoded.length });
  });

  it('finds a token split by zero-width characters, spanning the original text', () => {
    const hidden = token.slice(0, 10) + '\u200B' + token.slice(10, 20) + '\u2060' + token.slice(20);
    const text = `use ${hidden} now`;
    const [f] = runScanner(scanner, text);
    expect(f?.type).toBe('github-pat');
    expect(text.slice(f?.start, f?.end)).toBe(hidden);
  });

  it('skips disabled rules and rejects unknown rule ids', () => {
    expect(runScanner(scanner, token, {}, { disable: ['github-pat'] })).toEqual([]);
    expect(() => scanner.options.parse({ disable: ['nope'] })).toThrow(/unknown secret rule/);
  });

  it('passes ordinary text, including text that talks about keys', () => {
    expect(runScanner(scanner, 'How do I rotate a GitHub personal access token safely?')).toEqual([]);
    expect(runScanner(scanner, 'The password policy requires 12 characters and a symbol.')).toEqual([]);
  });
});
