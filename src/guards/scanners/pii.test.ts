import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
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
