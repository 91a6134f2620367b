import { describe, expect, it } from 'vitest';
import type { Finding } from '../guards/types.js';
import { deferScan, type IngestScanFn } from './ingest-scanner.js';
import { scanTexts } from './scan-batch.js';

const finding = (text: string): Finding[] =>
  text.includes('bad') ? [{ scanner: 't', kind: 'prompt_injection', score: 1, start: 0, end: 3 }] : [];

function counted(withMany: boolean) {
  const calls = { builds: 0, one: 0, many: 0 };
  const build = (): IngestScanFn => {
    calls.builds++;
    const scan: IngestScanFn = (text) => {
      calls.one++;
      return finding(text);
    };
    if (withMany)
      scan.many = (texts) => {
        calls.many++;
        return texts.map(finding);
      };
    return scan;
  };
  return { calls, build };
}

describe('deferScan', () => {
  it('builds the scan on first use only, once', () => {
    const { calls, build } = counted(true);
    const scan = deferScan(build);
    expect(calls.builds).toBe(0);
    expect(scan('ok')).toEqual([]);
    expect(scan('bad')).toHaveLength(1);
    expect(calls).toEqual({ builds: 1, one: 2, many: 0 });
  });

  it('keeps the batch scan of the built scan: a batch is one call, with the same findings', () => {
    const { calls, build } = counted(true);
    const outcome = scanTexts(['ok', 'bad', 'fine'], deferScan(build));
    expect(outcome).toEqual({ found: [[1, finding('bad')]], errors: [] });
    expect(calls).toEqual({ builds: 1, one: 0, many: 1 });
  });

  it('scans text by text when the built scan has no batch scan', () => {
    const { calls, build } = counted(false);
    const outcome = scanTexts(['ok', 'bad'], deferScan(build));
    expect(outcome).toEqual({ found: [[1, finding('bad')]], errors: [] });
    expect(calls).toEqual({ builds: 1, one: 2, many: 0 });
  });
});
