import { describe, expect, it } from 'vitest';
import { parseConfig } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';
import type { KeyRecord } from '../store/types.js';
import { checkModelAccess, effectiveLimits, fallbackChain, resolveAccess } from './access.js';
import { decideTools, withoutTools } from './access-tools.js';

const { config } = parseConfig(
  `providers:
  p: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:1/v1" }
models:
  a: { provider: p, fallbacks: [b, c, e, d], dataClasses: [public, internal] }
  b: { provider: p, dataClasses: [public, internal, pii] }
  c: { provider: p, dataClasses: [public] }
  d: { provider: p, dataClasses: [public, internal] }
  e: { provider: p, kind: embeddings, dataClasses: [public, internal] }
useCases:
  u: { models: [a, b, c, e], limits: { rpm: 10, tpm: 100 } }
`,
  'test.yaml',
);

const key = (useCase: string | null, admin = false): KeyRecord => ({
  id: 'k',
  name: 'k',
  prefix: 'bst_x',
  useCase,
  admin,
  limits: {},
  createdAt: '',
  revokedAt: null,
  lastUsedAt: null,
});

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof BastionError) return error.code;
  }
  return 'none';
};

describe('access', () => {
  const access = resolveAccess(config, key('u'));

  it('refuses admin keys and keys of unknown use cases', () => {
    expect(codeOf(() => resolveAccess(config, key(null, true)))).toBe('BASTION_ERR_GATEWAY_NO_USE_CASE');
    expect(codeOf(() => resolveAccess(config, key('gone')))).toBe('BASTION_ERR_GATEWAY_NO_USE_CASE');
  });

  it('404 unknown, 403 not allowed, 400 wrong kind', () => {
    expect(codeOf(() => checkModelAccess(config, access, 'zzz', 'chat'))).toBe(
      'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
    );
    expect(codeOf(() => checkModelAccess(config, access, 'd', 'chat'))).toBe(
      'BASTION_ERR_POLICY_MODEL_NOT_ALLOWED',
    );
    expect(codeOf(() => checkModelAccess(config, access, 'e', 'chat'))).toBe(
      'BASTION_ERR_GATEWAY_MODEL_KIND',
    );
    expect(checkModelAccess(config, access, 'a', 'chat').provider).toBe('p');
    // Prototype keys are not models.
    expect(codeOf(() => checkModelAccess(config, access, 'constructor', 'chat'))).toBe(
      'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
    );
  });

  it('fallbacks skip models outside the use case, of another kind, or accepting fewer data classes', () => {
    // b: allowed, superset of classes; c: fewer classes; e: embeddings; d: not in the use case.
    expect(fallbackChain(config, access, 'a')).toEqual(['a', 'b']);
  });

  it('key limits override use-case limits field by field', () => {
    expect(effectiveLimits({ rpm: 10, tpm: 100 }, { rpm: 2 })).toEqual({ rpm: 2, tpm: 100 });
  });
});

describe('tools policy', () => {
  const withTools = {
    model: 'a',
    tools: [{ type: 'function', function: { name: 'f' } }],
    tool_choice: 'auto',
  };
  it('deny refuses, strip removes, approve holds, allow passes', () => {
    expect(codeOf(() => decideTools('deny', withTools, 'u'))).toBe('BASTION_ERR_GATEWAY_TOOLS_DENIED');
    expect(decideTools('strip', withTools, 'u')).toMatchObject({ stripRequest: true, stripCalls: true });
    expect(decideTools('approve', withTools, 'u')).toMatchObject({ holdCalls: true, stripRequest: false });
    expect(decideTools('allow', withTools, 'u')).toMatchObject({ holdCalls: false, stripRequest: false });
    expect(decideTools('deny', { model: 'a' }, 'u').stripRequest).toBe(false);
    expect(withoutTools(withTools)).toEqual({ model: 'a' });
  });
});
