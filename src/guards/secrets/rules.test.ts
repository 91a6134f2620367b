import { describe, expect, it } from 'vitest';
import { createSecretMatcher, findSecrets } from './find-secrets.js';
import { checksumTokenValid, withChecksum } from './checksums.js';
import { isPlaceholder, SECRET_RULES } from './rules.js';

describe('secret rules', () => {
  it('has at least 150 distinct provider formats with kebab-case ids', () => {
    expect(SECRET_RULES.length).toBeGreaterThanOrEqual(150);
    const ids = SECRET_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps keywords lower-case so the case-insensitive prefilter finds them', () => {
    for (const r of SECRET_RULES) for (const k of r.keywords) expect(k, r.id).toBe(k.toLowerCase());
  });

  it.each(SECRET_RULES.map((r) => [r.id, r] as const))(
    '%s matches its own example, inside prose too',
    (id, rule) => {
      const alone = createSecretMatcher([rule]).find(rule.example);
      expect(
        alone.map((m) => m.ruleId),
        `${id}: ${rule.example}`,
      ).toContain(id);
      const prose = `Here is the config you asked for:\n${rule.example}\nThanks!`;
      expect(findSecrets(prose).length, id).toBeGreaterThan(0);
    },
  );

  it('reports the span of the secret, not of the whole assignment', () => {
    const token = `ghp_${withChecksum('a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5')}`;
    const text = `export GITHUB_TOKEN=${token} # mine`;
    const [m] = findSecrets(text);
    expect(m?.ruleId).toBe('github-pat');
    expect(text.slice(m?.start, m?.end)).toBe(token);
    expect(m?.score).toBeGreaterThan(0.95);
  });

  it('scores a GitHub-shaped token with a wrong checksum lower', () => {
    const body = withChecksum('a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5');
    expect(checksumTokenValid(body)).toBe(true);
    const bad = body.slice(0, 35) + (body.endsWith('A') ? 'B' : 'A');
    expect(checksumTokenValid(bad)).toBe(false);
    expect(findSecrets(`ghp_${bad}`)[0]?.score).toBeLessThanOrEqual(0.75);
  });

  it('does not flag placeholders, prose about secrets, or low-entropy values', () => {
    const negatives = [
      'Set OPENAI_API_KEY=<your-api-key> in your environment.',
      'password = "changeme"',
      'api_key: ${API_KEY}',
      'token = process.env.GITHUB_TOKEN',
      'postgres://user:password@localhost:5432/db',
      'Our secret sauce is good documentation and a friendly community.',
      'The AWS key format starts with AKIA followed by sixteen characters.',
      'aws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'https://example.org/path?query=1',
      'Remember to rotate your keys every 90 days, per the security policy.',
    ];
    for (const text of negatives) expect(findSecrets(text), text).toEqual([]);
  });

  it('takes a placeholder word only where a word starts, not inside a random value', () => {
    for (const v of [
      'your-api-key',
      'MY_SECRET_KEY',
      'sk-your-key-here',
      'changeme',
      'dummy.token',
      'None',
      'REPLACE_ME',
    ])
      expect(isPlaceholder(v), v).toBe(true);
    // Random values that merely contain "my", "none", "token", "secret" are secrets.
    for (const v of ['Xk29mydkQa81LpZt', 'q8Zr0noneT4kLw2b', 'aTokenXy9Qp27LmZ', 'h7Gsecret4Lq9ZpW'])
      expect(isPlaceholder(v), v).toBe(false);
    const bearer = 'Authorization: Bearer Qz8mYk29dkqA7pLmW3rTnoneB5xV0aZc';
    expect(findSecrets(bearer).map((m) => m.ruleId)).toEqual(['authorization-bearer']);
  });

  it('reports login:password@host without a scheme, not a field name before an address', () => {
    const rule = (text: string) => findSecrets(text).map((m) => [m.ruleId, text.slice(m.start, m.end)]);
    expect(rule('user:pass@example.com')).toEqual([['login-password-at-host', 'user:pass']]);
    expect(rule('export HTTPS_PROXY=svc:Xk29dkq@proxy.corp.example.com:3128')).toEqual([
      ['login-password-at-host', 'svc:Xk29dkq'],
    ]);
    expect(rule('root:hunter22@10.0.0.5')).toEqual([['login-password-at-host', 'root:hunter22']]);
    // With its scheme the connection-string rule reports the password alone, as before.
    expect(rule('postgres://app:Xk29dkqA1@db.internal:5432/prod')).toEqual([
      ['postgres-connection-string', 'Xk29dkqA1'],
    ]);
    for (const text of [
      'Email:anna@example.org',
      'mailto:anna@example.org',
      'Support:help@example.com',
      'user:changeme@example.com',
      'see anna@example.org at 10:30',
    ])
      expect(rule(text), text).toEqual([]);
  });

  it('catches a JWT only when its header is JSON with an alg', () => {
    const header = Buffer.from('{"alg":"RS256"}').toString('base64url');
    const payload = Buffer.from('{"sub":"42"}').toString('base64url');
    expect(findSecrets(`${header}.${payload}.c2lnbmF0dXJlLXNpZ25hdHVyZQ`)[0]?.ruleId).toBe('jwt');
    expect(findSecrets(`eyJub3Rqc29u.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZQ`)).toEqual([]);
  });

  it('catches a PEM private key cut off before its END line', () => {
    expect(
      findSecrets('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmU')[0]?.ruleId,
    ).toBe('private-key-openssh');
  });
});
