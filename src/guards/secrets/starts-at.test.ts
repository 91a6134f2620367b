import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../../bench/guards/datasets.js';
import { mulberry32 } from '../../core/random.js';
import { createSecretMatcher } from './find-secrets.js';
import { SECRET_RULES } from './rules.js';

/**
 * Rules with `startsAt` or `startsBeforeHit` run sticky only where they say a match can begin. That is exact only if
 * the claim holds: each must find what its window scan finds (`atHits: false`), on texts dense in what it keys on
 * ('@', so the windows merge), in the literals it searches for ("://", ":") and in near misses around them.
 */
const claimed = SECRET_RULES.filter((r) => r.startsAt !== undefined || r.startsBeforeHit !== undefined);

const PIECES = [
  '@',
  '@',
  '://',
  ':',
  ':',
  '/',
  ' ',
  '\n',
  '.',
  '-',
  '_',
  '%',
  '+',
  '"',
  '<',
  'é',
  'K',
  'ſ',
  'user',
  'svc-backup',
  'pa55w0rd',
  'Xk29dkqA7pLmW3rT',
  'example.com',
  'db.internal.example.org',
  'localhost',
  '10.0.0.1',
  'postgres',
  'POSTGRESQL',
  'jdbc:mysql',
  'mongodb+srv',
  'rediss',
  'sftp',
  'HTTPS',
  'ldap',
  'amqp',
  'xpostgres',
  'ana@example.org',
  // generic-credential-assignment's names, whole, glued and cut, and what follows them.
  'encryption_key',
  'ENCRYPTION-KEY',
  'signingkey',
  'api_key',
  'apikey',
  'access-token',
  'auth_token',
  'client_secret',
  'private_key',
  'password',
  'passwd',
  'PWD',
  'credential',
  'cryption_key',
  '_key',
  ' = ',
  '="',
  'Zx9kQ2mPv7LrT4wN8bYc',
];

function texts(next: () => number, count: number, examples: readonly string[]): string[] {
  const out: string[] = [];
  for (let t = 0; t < count; t++) {
    let text = '';
    const parts = 1 + Math.floor(next() * 24);
    for (let k = 0; k < parts; k++) {
      if (next() < 0.1) text += examples[Math.floor(next() * examples.length)];
      else text += PIECES[Math.floor(next() * PIECES.length)];
    }
    out.push(text);
  }
  return out;
}

describe('secret rules with startsAt find what their window scan finds', () => {
  it('is claimed by the connection-string rules, login:password@host and the generic credential rule', () => {
    expect(claimed.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        'postgres-connection-string',
        'basic-auth-url',
        'login-password-at-host',
        'generic-credential-assignment',
      ]),
    );
  });

  for (const rule of claimed) {
    it(`${rule.id}: on random texts of its literals, logins, hosts and near misses, and on documents`, () => {
      const fast = createSecretMatcher([rule]);
      const full = createSecretMatcher([rule], { atHits: false });
      const next = mulberry32(41);
      const examples = [rule.example, rule.example.toUpperCase(), rule.example.slice(2), `x${rule.example}`];
      let found = 0;
      for (const text of texts(next, 2500, examples)) {
        const want = full.find(text);
        found += want.length;
        expect({ text, got: fast.find(text) }).toEqual({ text, got: want });
      }
      expect(found).toBeGreaterThan(100);
      // Texts where '@' windows merge over long stretches: e-mail rows and code, the examples spread through them.
      for (const file of ['guards/presidio-synth-pii-dev.jsonl', 'benign/code_technical.jsonl']) {
        const doc = corpusOf(datasetTexts(file), 1 << 17, 5);
        const text = `${doc.slice(0, 1 << 16)} ${examples.join(' ana@x.org ')} ${doc.slice(1 << 16)}`;
        expect(fast.find(text)).toEqual(full.find(text));
      }
    });
  }
});
