import { describe, expect, it } from 'vitest';
import type { Finding } from '../guards/types.js';
import { packTexts, scanTexts, unpackTexts } from './scan-batch.js';

describe('packTexts / unpackTexts', () => {
  it('gives back every text exactly, whatever its characters', () => {
    const texts = [
      '',
      'plain ASCII passage',
      'Latin-1: café, naïve, ©',
      'two-byte: — • “quoted”',
      'astral: 🔑 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
      'lone high \uD83D then text',
      'lone low \uDD11 at the end\uDC00',
      'pair split at the end \uD83D',
      'x'.repeat(5000),
      'NUL \0 inside',
    ];
    const packed = packTexts(texts);
    // The lone surrogates travel as strings; everything else as UTF-8.
    expect(packed.raw.map(([i]) => i)).toEqual([5, 6, 7]);
    expect(unpackTexts(packed)).toEqual(texts);
  });

  it('survives a transfer to another thread (own ArrayBuffers, not a shared pool)', () => {
    const packed = packTexts(['alpha', 'beta — gamma']);
    const copy = structuredClone(packed, {
      transfer: [packed.bytes.buffer as ArrayBuffer, packed.ends.buffer as ArrayBuffer],
    });
    expect(unpackTexts(copy)).toEqual(['alpha', 'beta — gamma']);
    expect(packed.bytes.byteLength).toBe(0);
  });

  it('packs nothing into an empty batch', () => {
    expect(unpackTexts(packTexts([]))).toEqual([]);
  });
});

describe('scanTexts', () => {
  const finding: Finding = { scanner: 'pii', kind: 'pii', type: 'EMAIL_ADDRESS', score: 1, start: 0, end: 3 };
  it('reports findings by index and a scan that throws for its text only', () => {
    const outcome = scanTexts(['clean', 'mail', 'boom', 'mail'], (text) => {
      if (text === 'boom') throw new RangeError('scanner broke');
      return text === 'mail' ? [finding] : [];
    });
    expect(outcome.found).toEqual([
      [1, [finding]],
      [3, [finding]],
    ]);
    expect(outcome.errors).toEqual([[2, 'RangeError: scanner broke']]);
  });
});
