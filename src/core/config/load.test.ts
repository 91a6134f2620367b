import { describe, expect, it } from 'vitest';
import { BastionError } from '../errors/index.js';
import { loadConfigFile, parseConfig } from './load.js';

function errorOf(fn: () => unknown): BastionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof BastionError) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const PROVIDER =
  'providers:\n  up:\n    type: openai-compatible\n    hosting: self-hosted\n    baseUrl: http://127.0.0.1:1/v1\n';

describe('parseConfig', () => {
  it('fills defaults and parses durations and sizes', () => {
    const { config } = parseConfig('server:\n  bodyLimit: 2mb\n  requestTimeout: 1.5s\n', 'a.yaml');
    expect(config.server.bodyLimit).toBe(2 * 1024 * 1024);
    expect(config.server.requestTimeout).toBe(1500);
    expect(config.server.port).toBe(8080);
    expect(config.audit.failOpen).toBe(false);
    expect(Object.isFrozen(config.server)).toBe(true);
  });

  it('names file, line and field for a wrong type', () => {
    const error = errorOf(() => parseConfig('# comment\nserver:\n  port: abc\n', 'bad.yaml'));
    expect(error.code).toBe('BASTION_ERR_CONFIG_INVALID');
    expect(error.message).toBe('bad.yaml:3 server.port: expected a port number');
  });

  it('rejects unknown fields (strict objects)', () => {
    const error = errorOf(() => parseConfig('server:\n  prot: 80\n', 'bad.yaml'));
    expect(error.message).toMatch(/^bad\.yaml:2 server: .*prot/);
  });

  it('reports YAML syntax errors with their line', () => {
    const error = errorOf(() => parseConfig('server:\n  port: 1\n  port: 2\n', 'dup.yaml'));
    expect(error.code).toBe('BASTION_ERR_CONFIG_YAML');
    expect(error.message).toMatch(/^dup\.yaml:3: Map keys must be unique/);
  });

  it('checks cross references between models, providers and use cases', () => {
    const text = `${PROVIDER}models:\n  m:\n    provider: up\n    fallbacks: [ghost]\nuseCases:\n  u:\n    models: [m, nope]\n`;
    const error = errorOf(() => parseConfig(text, 'x.yaml'));
    expect(error.message).toContain('x.yaml:9 models.m.fallbacks[0]: unknown model "ghost"');
    expect(error.message).toContain('x.yaml:12 useCases.u.models[1]: unknown model "nope"');
  });

  it('interpolates ${VAR} and ${VAR:-default}', () => {
    const text = `${PROVIDER}    apiKey: \${UP_KEY}\nserver:\n  host: \${HOST:-0.0.0.0}\n`;
    const { config, missingEnv } = parseConfig(text, 'e.yaml', { env: { UP_KEY: 'sk-test' } });
    expect(config.providers.up?.apiKey).toBe('sk-test');
    expect(config.server.host).toBe('0.0.0.0');
    expect(missingEnv).toEqual([]);
  });

  it('leaves an unset optional ${VAR} out and reports it', () => {
    const { config, missingEnv } = parseConfig(`${PROVIDER}    apiKey: \${UP_KEY}\n`, 'e.yaml', { env: {} });
    expect(config.providers.up?.apiKey).toBeUndefined();
    expect(missingEnv).toEqual([{ path: ['providers', 'up', 'apiKey'], variable: 'UP_KEY' }]);
  });

  it('says which variable is missing when a required field came from it', () => {
    const error = errorOf(() =>
      parseConfig('providers:\n  p:\n    type: ${PTYPE}\n    hosting: saas\n', 'e.yaml', { env: {} }),
    );
    expect(error.message).toBe('e.yaml:3 providers.p.type: environment variable PTYPE is not set');
  });

  it('refuses a provider key written in the file, without echoing it', () => {
    const error = errorOf(() =>
      parseConfig(`${PROVIDER}    apiKey: sk-live-abc123\n`, 'k.yaml', { env: {} }),
    );
    expect(error.code).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
    expect(error.message).toBe(
      'k.yaml:6 providers.up.apiKey: a provider key may not be written in the file; write ${UP_API_KEY} and set UP_API_KEY in the environment',
    );
    expect(error.message).not.toContain('sk-live');
  });

  it('refuses a key hidden in a default or around a reference', () => {
    for (const key of ['${UP_KEY:-sk-live-abc}', 'sk-${UP_KEY}', '$${UP_KEY}']) {
      const error = errorOf(() => parseConfig(`${PROVIDER}    apiKey: "${key}"\n`, 'k.yaml', { env: {} }));
      expect(error.code, key).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
      expect(error.message).toMatch(/^k\.yaml:6 providers\.up\.apiKey: /);
    }
  });

  it('refuses a literal credential header but allows its scheme around a reference', () => {
    const literal = `${PROVIDER}    headers: { api-key: abc123, OpenAI-Organization: org-1 }\n`;
    const error = errorOf(() => parseConfig(literal, 'h.yaml', { env: {} }));
    expect(error.code).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
    expect(error.message).toContain(
      'h.yaml:6 providers.up.headers.api-key: a provider key may not be written',
    );
    expect(error.message).not.toContain('OpenAI-Organization');
    const bearer = `${PROVIDER}    headers: { authorization: "Bearer \${UP_TOKEN}" }\n`;
    const { config } = parseConfig(bearer, 'h.yaml', { env: { UP_TOKEN: 't0k' } });
    expect(config.providers.up?.headers.authorization).toBe('Bearer t0k');
  });

  it('refuses a metrics token written in the file, or in a default, and takes it from the environment', () => {
    const literal = errorOf(() =>
      parseConfig('# x\nserver:\n  metrics:\n    token: s3cret-metrics-token-0123\n', 'm.yaml', { env: {} }),
    );
    expect(literal.code).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
    expect(literal.message).toBe(
      'm.yaml:4 server.metrics.token: the metrics token may not be written in the file; write ${BASTION_METRICS_TOKEN} and set BASTION_METRICS_TOKEN in the environment',
    );
    const withDefault = errorOf(() =>
      parseConfig('server: { metrics: { token: "${MT:-s3cret-metrics-token-0123}" } }\n', 'm.yaml', {
        env: {},
      }),
    );
    expect(withDefault.message).toMatch(
      /^m\.yaml:1 server\.metrics\.token: the metrics token may not have a default/,
    );
    expect(withDefault.message).not.toContain('s3cret');
    const text = 'server: { metrics: { token: "${MT:-}" } }\n';
    expect(
      parseConfig(text, 'm.yaml', { env: { MT: 'metrics-token-0123456789' } }).config.server.metrics.token,
    ).toBe('metrics-token-0123456789');
    // Unset and optional: no token (admin keys only), not an empty one the schema would refuse.
    expect(parseConfig(text, 'm.yaml', { env: {} }).config.server.metrics.token).toBeUndefined();
  });

  it('refuses a password written in the store or counters URL, and allows it as a reference', () => {
    const store = errorOf(() =>
      parseConfig('store: postgres://app:hunter22@db.internal:5432/app\n', 's.yaml', { env: {} }),
    );
    expect(store.code).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
    expect(store.message).toBe(
      's.yaml:1 store: a password in the store URL may not be written in the file; write ${BASTION_STORE} and set BASTION_STORE in the environment',
    );
    expect(store.message).not.toContain('hunter22');
    for (const text of [
      'counters: redis://:hunter22@cache.internal:6379\n',
      'counters: rediss://default:hunter22@cache.internal:6380\n',
      'counters: "redis://default:pre${REDIS_PW}@cache:6379"\n',
      'store: "postgres://app@db.internal/app?sslmode=require&password=hunter22"\n',
      'store: "${DATABASE_URL:-postgres://app:hunter22@db/app}"\n',
    ]) {
      const error = errorOf(() => parseConfig(text, 's.yaml', { env: {} }));
      expect(error.code, text).toBe('BASTION_ERR_CONFIG_LITERAL_SECRET');
      expect(error.message, text).toMatch(
        /^s\.yaml:1 (store|counters): a password in the (store|counters) URL /,
      );
      expect(error.message, text).not.toContain('hunter22');
    }
    const env = { PGPASSWORD: 'pw', REDIS_PW: 'pw2' };
    const ok = parseConfig(
      'store: postgres://app:${PGPASSWORD}@db.internal:5432/app\ncounters: redis://:${REDIS_PW}@cache:6379\n',
      's.yaml',
      { env },
    ).config;
    expect([ok.store, ok.counters]).toEqual([
      'postgres://app:pw@db.internal:5432/app',
      'redis://:pw2@cache:6379',
    ]);
    // No password, a user only, a SQLite path with "@" and ":" in it, or a default without a password: all fine.
    for (const text of [
      'store: postgres://app@db.internal:5432/app\ncounters: redis://cache:6379\n',
      'store: "sqlite://./data/a:b@c.db"\n',
      'store: "${BASTION_STORE:-sqlite://./bastion.db}"\n',
    ])
      expect(() => parseConfig(text, 's.yaml', { env: {} }), text).not.toThrow();
  });

  it('${VAR:-} makes a key optional: unset means no key, not an error', () => {
    const text = `${PROVIDER}    apiKey: \${UP_KEY:-}\n`;
    const unset = parseConfig(text, 'o.yaml', { env: {} });
    expect(unset.config.providers.up?.apiKey).toBeUndefined();
    expect(unset.missingEnv).toEqual([]);
    expect(parseConfig(text, 'o.yaml', { env: { UP_KEY: 'sk-x' } }).config.providers.up?.apiKey).toBe('sk-x');
  });

  it('refuses a variable embedded in a longer string without default', () => {
    const error = errorOf(() => parseConfig('store: sqlite://${DIR}/x.db\n', 'e.yaml', { env: {} }));
    expect(error.code).toBe('BASTION_ERR_CONFIG_ENV');
    expect(error.message).toContain('e.yaml:1 store: environment variable DIR is not set');
  });
});

describe('shipped configs', () => {
  it.each(['bastion.yaml', 'examples/gateway.yaml'])('%s is valid without any environment', (file) => {
    const { config, missingEnv } = loadConfigFile(file, { env: {} });
    expect(config.models['gpt-4o-mini']?.price.inputPer1k).toBeGreaterThan(0);
    expect(missingEnv.map((m) => m.variable)).toEqual(['OPENAI_API_KEY']);
  });

  it('a missing file is a clear error', () => {
    expect(errorOf(() => loadConfigFile('nope.yaml')).code).toBe('BASTION_ERR_CONFIG_NOT_FOUND');
  });
});
