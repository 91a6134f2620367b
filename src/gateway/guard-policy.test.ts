import { describe, expect, it } from 'vitest';
import type { ResolvedScannerSettings } from '../guards/engine.js';
import type { Finding } from '../guards/types.js';
import { applyGuardActions, redact } from './guard-policy.js';

const settings = (action: ResolvedScannerSettings['action'], extra: Partial<ResolvedScannerSettings> = {}) =>
  ({
    enabled: true,
    threshold: 0.5,
    action,
    failOpen: false,
    timeBudgetMs: 50,
    options: {},
    ...extra,
  }) as ResolvedScannerSettings;

const finding = (scanner: string, start: number, end: number, extra: Partial<Finding> = {}): Finding => ({
  scanner,
  kind: 'secret',
  score: 0.9,
  start,
  end,
  ...extra,
});

describe('applyGuardActions', () => {
  const text = 'key AKIA1234 and mail a@b.co';
  it('redacts, blocks and flags per scanner settings, ignoring findings under threshold', () => {
    const map = new Map([
      ['secrets', settings('redact')],
      ['pii', settings('flag')],
      ['inj', settings('block')],
    ]);
    const v = applyGuardActions(
      text,
      [finding('secrets', 4, 12, { type: 'aws' }), finding('pii', 21, 27)],
      map,
    );
    expect(v.text).toBe('key [REDACTED:AWS] and mail a@b.co');
    expect(v.blocked).toEqual([]);
    expect(v.acted.map((a) => a.action)).toEqual(['redact', 'flag']);
    const low = applyGuardActions(text, [finding('inj', 0, 3, { score: 0.2 })], map);
    expect(low.acted).toEqual([]);
    expect(applyGuardActions(text, [finding('inj', 0, 3)], map).blocked).toHaveLength(1);
  });

  it('fails closed: a failed blocking or redacting scanner blocks; a failed flag-only or fail-open one flags', () => {
    const failed = (scanner: string): Finding => finding(scanner, 0, text.length, { kind: 'scanner_failed' });
    const map = new Map([
      ['secrets', settings('redact')],
      ['refusal', settings('allow')],
      ['open', settings('block', { failOpen: true })],
    ]);
    expect(applyGuardActions(text, [failed('secrets')], map).blocked).toHaveLength(1);
    expect(applyGuardActions(text, [failed('refusal')], map).blocked).toHaveLength(0);
    expect(applyGuardActions(text, [failed('open')], map).blocked).toHaveLength(0);
    expect(applyGuardActions(text, [failed('unknown')], map).blocked).toHaveLength(1);
  });
});

describe('redact', () => {
  it('merges overlapping spans and keeps offsets right', () => {
    expect(
      redact('abcdefghij', [finding('a', 1, 4), finding('b', 3, 6), finding('c', 8, 9, { type: 'x' })]),
    ).toBe('a[REDACTED:SECRET]gh[REDACTED:X]j');
  });
});
