import { describe, expect, it } from 'vitest';
import type { ResolvedScannerSettings } from '../guards/engine.js';
import type { Finding } from '../guards/types.js';
import { createVault } from '../guards/vault.js';
import { applyGuardActions } from './guard-policy.js';

const settings = (
  action: ResolvedScannerSettings['action'],
  kinds: string[],
  extra: Partial<ResolvedScannerSettings> = {},
) =>
  ({
    enabled: true,
    threshold: 0.5,
    action,
    failOpen: false,
    timeBudgetMs: 50,
    options: {},
    kinds,
    ...extra,
  }) as ResolvedScannerSettings;

const finding = (
  scanner: string,
  kind: Finding['kind'],
  start: number,
  end: number,
  extra: Partial<Finding> = {},
): Finding => ({
  scanner,
  kind,
  score: 0.9,
  start,
  end,
  ...extra,
});

describe('applyGuardActions (policy decide + redaction/tokenisation)', () => {
  const text = 'key AKIA1234 and mail a@b.co';
  const map = new Map([
    ['secrets', settings('redact', ['secret'])],
    ['pii', settings('flag', ['pii'])],
    ['inj', settings('block', ['prompt_injection'])],
    ['refusal', settings('allow', ['refusal'])],
  ]);

  it('redacts, blocks and flags per scanner settings, ignoring findings under threshold', () => {
    const v = applyGuardActions(text, [finding('secrets', 'secret', 4, 12)], map, 'output');
    expect(v.text).toBe('key [REDACTED:SECRET] and mail a@b.co');
    expect(v.action).toBe('redact');
    expect(
      applyGuardActions(text, [finding('inj', 'prompt_injection', 0, 3, { score: 0.2 })], map).action,
    ).toBe('allow');
    const blocked = applyGuardActions(text, [finding('inj', 'prompt_injection', 0, 3)], map);
    expect(blocked.action).toBe('block');
    expect(blocked.reasons.join(' ')).toContain('inj');
  });

  it('tokenises personal data a model may not receive, and the vault gives it back', () => {
    const vault = createVault();
    const v = applyGuardActions(
      text,
      [finding('pii', 'pii', 22, 28, { type: 'EMAIL_ADDRESS' }), finding('secrets', 'secret', 4, 12)],
      map,
      'input',
      {
        model: { name: 'm', dataClasses: ['public', 'internal'] },
        useCase: { id: 'u', onDisallowedData: 'tokenize' },
        vault,
      },
    );
    // The secret's data class (confidential) is not allowed for this model either: tokenised too (stronger than redact).
    expect(v.text).toBe('key <SECRET_1> and mail <EMAIL_ADDRESS_1>');
    expect(vault.detokenize('write to <EMAIL_ADDRESS_1>')).toBe('write to a@b.co');
  });

  it('fails closed for blocking scanners, flags for flag-only ones', () => {
    const failed = (scanner: string): Finding => finding(scanner, 'scanner_failed', 0, text.length);
    expect(applyGuardActions(text, [failed('inj')], map).action).toBe('block');
    expect(applyGuardActions(text, [failed('refusal')], map, 'output').action).toBe('flag');
  });
});
