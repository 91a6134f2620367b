import { describe, expect, it } from 'vitest';
import type { Finding } from '../guards/types.js';
import { memoizeScan, type IngestScanFn } from './ingest-scanner.js';
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

describe('scanTexts with a batch scan (scan.many)', () => {
  const finding: Finding = { scanner: 'pii', kind: 'pii', type: 'EMAIL_ADDRESS', score: 1, start: 0, end: 3 };
  const single = (text: string): Finding[] => {
    if (text === 'boom') throw new RangeError('scanner broke');
    return text === 'mail' ? [{ ...finding }] : [];
  };

  it('scans the texts in one batch call when it can', () => {
    const calls: number[] = [];
    const scan: IngestScanFn = (text) => single(text);
    scan.many = (texts) => {
      calls.push(texts.length);
      return texts.map(single);
    };
    const outcome = scanTexts(['clean', 'mail', 'x', 'mail'], scan);
    expect(calls).toEqual([4]);
    expect(outcome).toEqual({
      found: [
        [1, [finding]],
        [3, [finding]],
      ],
      errors: [],
    });
  });

  it('falls back to one call per text when the batch throws, so the error names its text', () => {
    const scan: IngestScanFn = (text) => single(text);
    scan.many = (texts) => texts.map(single);
    const outcome = scanTexts(['clean', 'mail', 'boom', 'mail'], scan);
    expect(outcome.found).toEqual([
      [1, [finding]],
      [3, [finding]],
    ]);
    expect(outcome.errors).toEqual([[2, 'RangeError: scanner broke']]);
  });

  it('memoizeScan keeps the batch path and answers repeated texts from its memo', () => {
    const batches: string[][] = [];
    const scan: IngestScanFn = (text) => single(text);
    scan.many = (texts) => {
      batches.push([...texts]);
      return texts.map(single);
    };
    const memo = memoizeScan(scan);
    expect(memo.many).toBeDefined();
    expect(scanTexts(['mail', 'clean'], memo).found).toEqual([[0, [finding]]]);
    expect(scanTexts(['mail', 'new', 'clean', 'another'], memo).found).toEqual([[0, [finding]]]);
    expect(batches).toEqual([
      ['mail', 'clean'],
      ['new', 'another'],
    ]);
    // Copies: a caller that edits its findings does not edit the memo.
    const first = memo.many!(['mail'])[0]!;
    first[0]!.start = 99;
    expect(memo.many!(['mail'])[0]).toEqual([finding]);
  });
});
