import { describe, expect, it } from 'vitest';
import { runScanner } from '../testing.js';
import scanner from './custom.js';

const opts = {
  denyList: ['Project Falcon', 'acme-internal'],
  patterns: [{ id: 'ticket', regex: 'JIRA-\\d{3,}', flags: 'i' }],
};

describe('custom scanner', () => {
  it('matches deny-listed phrases as whole words, case-insensitively', () => {
    const [f] = runScanner(scanner, 'Tell me about project falcon timelines', {}, opts);
    expect(f).toMatchObject({ kind: 'custom', type: 'deny_list', start: 14, end: 28 });
    expect(runScanner(scanner, 'Projects Falconry club', {}, opts)).toEqual([]);
  });

  it('still matches when the term is split by zero-width characters', () => {
    const text = 'see acme\u200B-internal docs';
    const [f] = runScanner(scanner, text, {}, opts);
    expect(f?.type).toBe('deny_list');
    expect(text.slice(f?.start, f?.end)).toBe('acme\u200B-internal');
  });

  it('matches configured patterns on the original text with their id', () => {
    const [f] = runScanner(scanner, 'fixed in jira-1234 yesterday', {}, opts);
    expect(f).toMatchObject({ type: 'ticket', start: 9, end: 18 });
    expect(runScanner(scanner, 'fixed in JIRA-12', {}, opts)).toEqual([]);
  });

  it('rejects a pattern that does not compile or uses unsupported flags', () => {
    expect(() => scanner.options.parse({ patterns: [{ id: 'x', regex: '[' }] })).toThrow(/compile/);
    expect(() => scanner.options.parse({ patterns: [{ id: 'x', regex: 'a', flags: 'y' }] })).toThrow();
  });
});
