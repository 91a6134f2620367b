import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { SECRET_RULES } from '../../src/guards/secrets/rules.js';
import { defaultDataDetector, defaultSecretDetector } from '../../src/mlops/detect/default-detector.js';
import { scanBundlePath } from '../../src/mlops/secrets/bundle-scan.js';

// Files with tens of thousands of findings: the work must grow linearly (counted, never timed). `bastion secrets
// scan` of 60,000 tokens took 24 s of CPU: each finding's byte offset measured its whole prefix again, and overlaps
// were resolved against every finding kept so far.
const dir = mkdtempSync(join(tmpdir(), 'bastion-many-findings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const token = SECRET_RULES.find((r) => r.id === 'github-pat')?.example ?? '';

describe('scans of files with many findings', () => {
  it('secrets scan: byte offsets stay exact after multi-byte text, measured in one pass over the file', async () => {
    const n = 4000;
    // "é" and "€" are 2 and 3 bytes in UTF-8: the offsets are bytes, the detector's spans UTF-16 units.
    const lines = Array.from({ length: n }, (_, i) => `// café € ${i}\nconst t${i} = "${token}";`);
    const text = lines.join('\n') + '\n';
    const file = join(dir, 'config.js');
    writeFileSync(file, text);
    const measure = vi.spyOn(Buffer, 'byteLength');
    let report;
    try {
      report = await scanBundlePath(file, defaultSecretDetector());
    } finally {
      const measured = measure.mock.calls.reduce(
        (sum, [value]) => sum + (typeof value === 'string' ? value.length : 0),
        0,
      );
      measure.mockRestore();
      // One pass: the strings measured add up to the file once (the quadratic way: n²/2 prefixes ≈ 8·10^8 chars).
      expect(measured).toBeLessThanOrEqual(text.length);
    }
    const found = report.findings.filter((f) => f.rule === 'github-pat');
    expect(found).toHaveLength(n);
    const bytes = readFileSync(file);
    for (const f of [found[0], found[n / 2], found[n - 1]])
      expect(bytes.subarray(f!.offset, f!.offset + 4).toString()).toBe(token.slice(0, 4));
  });

  it('data scan detector: one cell with thousands of secrets and e-mails keeps them all, disjoint, in text order', () => {
    const cell = Array.from({ length: 3000 }, (_, i) => `u${i}@example.org key "${token}"`).join(' ; ');
    const found = defaultDataDetector().detect(cell);
    expect(found.filter((d) => d.type === 'EMAIL_ADDRESS')).toHaveLength(3000);
    expect(found.filter((d) => d.kind === 'secret')).toHaveLength(3000);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});
