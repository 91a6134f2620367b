import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize-text.js';
import { DEFAULT_PII_TYPES, detectPii, type PiiType } from '../pii/detect-pii.js';
import { foldForIdentifiers } from '../pii/fold.js';
import { runScanner } from '../testing.js';
import type { Finding } from '../types.js';
import scanner from './pii.js';

const types = (text: string, options: unknown = {}) =>
  runScanner(scanner, text, {}, options)
    .filter((f) => f.score >= 0.5)
    .map((f) => f.type);

describe('pii scanner', () => {
  it('finds validated identifiers with their spans', () => {
    const text =
      'Mail ana.lopez@example.org, card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6780.';
    const found = runScanner(scanner, text);
    const byType = Object.fromEntries(found.map((f) => [f.type, text.slice(f.start, f.end)]));
    expect(byType.EMAIL_ADDRESS).toBe('ana.lopez@example.org');
    expect(byType.CREDIT_CARD).toBe('4111 1111 1111 1111');
    expect(byType.IBAN_CODE).toBe('DE89 3704 0044 0532 0130 00');
    expect(byType.US_SSN).toBe('123-45-6780');
  });

  it('rejects look-alikes that fail the checksum or the rules', () => {
    expect(types('card 4111 1111 1111 1112')).not.toContain('CREDIT_CARD');
    expect(types('IBAN DE89 3704 0044 0532 0130 01')).not.toContain('IBAN_CODE');
    expect(types('SSN 666-45-6789')).not.toContain('US_SSN');
    expect(types('version 1.2.3.400 and 999.1.1.1')).not.toContain('IP_ADDRESS');
    expect(types('The years 2010-2015 were good; pi is 3.14159.')).toEqual([]);
  });

  it('validates international phone numbers and needs context for bare digit runs', () => {
    expect(types('Call me on +44 20 7946 0958 tomorrow')).toContain('PHONE_NUMBER');
    expect(types('Phone: 9498777106')).toContain('PHONE_NUMBER');
    expect(types('Order 9498777106 shipped')).not.toContain('PHONE_NUMBER');
    expect(types('my driving licence number is 2270661551')).not.toContain('PHONE_NUMBER');
  });

  it('finds UK NINO, NHS number (with context) and IP addresses', () => {
    expect(types('My national insurance number is AB 12 34 56 C')).toContain('UK_NINO');
    expect(types('NHS number 943 476 5919')).toContain('NHS');
    expect(types('NHS number 943 476 5918')).not.toContain('NHS');
    expect(types('server at 203.0.113.7 and 2001:db8::8a2e:370:7334')).toEqual(['IP_ADDRESS', 'IP_ADDRESS']);
  });

  it('sees through zero-width characters and fullwidth digits, reporting original spans', () => {
    const zw = 'card 4111\u200B1111\u200B1111\u200B1111 thanks';
    const [f] = runScanner(scanner, zw).filter((x) => x.type === 'CREDIT_CARD');
    expect(zw.slice(f?.start, f?.end)).toBe('4111\u200B1111\u200B1111\u200B1111');
    expect(types('card ４１１１ １１１１ １１１１ １１１１')).toContain('CREDIT_CARD');
    expect(types('write to ana\u200B@example.org')).toContain('EMAIL_ADDRESS');
  });

  it('finds names after naming cues and leaves ordinary capitalised words alone', () => {
    expect(types('Hello, my name is Maria Gonzalez and I need help')).toContain('PERSON');
    expect(
      types('Capitalized words like Wisdom and Discipline are often mistaken with names.'),
    ).not.toContain('PERSON');
  });

  it('reports only the configured entity types', () => {
    expect(types('ana@example.org on 2024-05-01', { entities: ['DATE_TIME'] })).toEqual(['DATE_TIME']);
    expect(() => scanner.options.parse({ entities: ['SHOE_SIZE'] })).toThrow();
  });
});

describe('pii scanner skips recognizers that cannot match (no digit, no "@", no ":")', () => {
  /** What the scanner returned before it skipped any recognizer: every configured type on every text. */
  function reference(text: string, entities: readonly PiiType[]): Finding[] {
    const folded = foldForIdentifiers(text);
    const matches = folded
      ? detectPii(folded.text, { types: entities, minScore: 0.3 }).map((m) => ({
          ...m,
          start: folded.toOriginal(m.start),
          end: folded.toOriginal(m.end - 1) + 1,
        }))
      : detectPii(text, { types: entities, minScore: 0.3 });
    return matches.map((m) => ({ scanner: 'pii', kind: 'pii', ...m }));
  }
  const pieces = [
    'Ana Lopez',
    'My name is John Smith',
    'ana.lopez@example.org',
    'mail me at x@y',
    '@',
    'fe80::1ff:fe23:4567:890a',
    'ab::cd:ef:ab',
    'fe::ab',
    'at 10:30',
    ':',
    '4111 1111 1111 1111',
    '+44 20 7946 0958',
    'call 020 7946 0958',
    'DE89 3704 0044 0532 0130 00',
    'SSN 123-45-6780',
    'AB 12 34 56 C',
    '943 476 5919',
    '192.168.1.20',
    '10 Downing Street',
    'Calle Mayor 5',
    'Hauptstraße 12',
    'P.O. Box 123',
    'Baker Street',
    'on 12 March 2024 in London',
    '４１１１ １１１１ １１１１ １１１１',
    '\u200b',
    ' and ',
    ', ',
    '. ',
    'Summarise the benefits of an LLM gateway in one sentence.',
  ];
  it('finds exactly what every recognizer finds, on generated texts with and without digits', () => {
    const all = [...DEFAULT_PII_TYPES, 'DATE_TIME', 'GPE', 'ORGANIZATION'] as PiiType[];
    const scanAll = scanner.create(scanner.options.parse({ entities: all }));
    const scanDefault = scanner.create(scanner.options.parse({}));
    let seed = 99;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return (seed >>> 16) % n;
    };
    let withDigits = 0;
    let found = 0;
    for (let i = 0; i < 2000; i++) {
      let text = '';
      for (let j = 1 + next(5); j > 0; j--) text += pieces[next(pieces.length)] + (next(2) ? ' ' : ', ');
      if (/[0-9]/.test(text)) withDigits++;
      const n = normalizeText(text);
      const a = scanDefault(n, { direction: 'input' });
      expect(a).toEqual(reference(text, DEFAULT_PII_TYPES));
      found += a.length;
      expect(scanAll(n, { direction: 'output' })).toEqual(reference(text, all));
    }
    // Both kinds of text, and texts with findings, were generated.
    expect(withDigits).toBeGreaterThan(300);
    expect(withDigits).toBeLessThan(1950);
    expect(found).toBeGreaterThan(700);
  });
});
