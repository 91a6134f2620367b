import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { createVault } from './vault.js';

const text = 'Ask Maria Lopez (maria@example.org) to call Maria Lopez back.';
const findings = [
  { start: 4, end: 15, type: 'PERSON', kind: 'pii' },
  { start: 17, end: 34, type: 'EMAIL_ADDRESS', kind: 'pii' },
  { start: 44, end: 55, type: 'PERSON', kind: 'pii' },
];

describe('vault', () => {
  it('replaces values with stable numbered placeholders and restores them', () => {
    const vault = createVault();
    const safe = vault.tokenize(text, findings);
    expect(safe).toBe('Ask <PERSON_1> (<EMAIL_ADDRESS_1>) to call <PERSON_1> back.');
    expect(safe).not.toContain('maria@');
    expect(vault.size).toBe(2);
    expect(vault.detokenize('I emailed <EMAIL_ADDRESS_1> and told <PERSON_1>.')).toBe(
      'I emailed maria@example.org and told Maria Lopez.',
    );
    expect(
      vault
        .placeholders()
        .map((p) => p.label)
        .sort(),
    ).toEqual(['EMAIL_ADDRESS', 'PERSON']);
  });

  it('labels secrets SECRET and keeps unknown placeholders as they are', () => {
    const vault = createVault();
    expect(vault.tokenize('key ghp_abc', [{ start: 4, end: 11, type: 'github-pat', kind: 'secret' }])).toBe(
      'key <SECRET_1>',
    );
    expect(vault.detokenize('<PERSON_9> <SECRET_1>')).toBe('<PERSON_9> ghp_abc');
  });

  it('resolves overlapping findings instead of corrupting the text', () => {
    const vault = createVault();
    const out = vault.tokenize('call 555-123-4567 now', [
      { start: 5, end: 17, type: 'PHONE_NUMBER' },
      { start: 9, end: 17, type: 'US_SSN' },
    ]);
    expect(out).toBe('call <PHONE_NUMBER_1> now');
  });

  it('restores placeholders split across stream chunks at every possible cut', () => {
    const vault = createVault();
    vault.tokenize(text, findings);
    const reply = 'Sure, <PERSON_1> at <EMAIL_ADDRESS_1> — done. 3 < 4 and <b>bold</b>';
    const expected = vault.detokenize(reply);
    for (let size = 1; size <= 12; size++) {
      const detok = vault.createDetokenizer();
      let out = '';
      for (let i = 0; i < reply.length; i += size) out += detok.push(reply.slice(i, i + size));
      out += detok.flush();
      expect(out, `chunk size ${size}`).toBe(expected);
    }
  });

  it('never holds back more than a possible placeholder', () => {
    const detok = createVault().createDetokenizer();
    expect(detok.push('a < b and <PERS')).toBe('a < b and ');
    expect(detok.push('ON_1> ok')).toBe('<PERSON_1> ok');
    expect(detok.push('<lowercase>')).toBe('<lowercase>');
  });
});

describe('redact', () => {
  it('replaces spans with labelled markers or removes them', () => {
    expect(redact(text, findings)).toBe(
      'Ask [REDACTED:PERSON] ([REDACTED:EMAIL_ADDRESS]) to call [REDACTED:PERSON] back.',
    );
    expect(
      redact('see ![x](http://e/?q=1) end', [{ start: 4, end: 23, type: 'markdown_image' }], 'remove'),
    ).toBe('see  end');
  });
});
