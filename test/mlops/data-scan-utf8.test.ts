import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDetector } from '../../src/mlops/detect/default-detector.js';
import { scanDataPath } from '../../src/mlops/datascan/scan.js';
import { runCli } from './cli-helper.js';

let dir: string;
const latin1 = (text: string) => Buffer.from(text, 'latin1');
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-datascan-utf8-'));
  // Line 2 is Latin-1 ("José" with 0xe9), and still holds an e-mail address the scan must find.
  writeFileSync(
    join(dir, 'chat.jsonl'),
    Buffer.concat([
      Buffer.from(JSON.stringify({ text: 'hello' }) + '\n'),
      latin1(JSON.stringify({ text: 'José: jose@example.org' }) + '\n'),
      Buffer.from(JSON.stringify({ text: 'bye' }) + '\n'),
    ]),
  );
  writeFileSync(join(dir, 'utf16.csv'), Buffer.from('\ufeffname,email\nann,ann@example.org\n', 'utf16le'));
  writeFileSync(join(dir, 'notes.txt'), Buffer.concat([Buffer.from('fine\n'), latin1('Ångström\n')]));
  writeFileSync(join(dir, 'doc.json'), latin1('{"owner": "Zoë", "mail": "z@example.org"}'));
  // Valid UTF-8 with a byte-order mark and CRLF: no problem at all.
  writeFileSync(join(dir, 'bom.jsonl'), '\ufeff{"text":"José"}\r\n{"text":"ok"}\r\n');
  const rows = ['text,label'];
  for (let i = 0; i < 40; i++) rows.push(`sample text number ${i},${i % 2 ? 'spam' : 'ham'}`);
  writeFileSync(join(dir, 'labels.csv'), rows.join('\n') + '\n');
  writeFileSync(
    join(dir, 'labels-latin1.csv'),
    Buffer.concat([Buffer.from(rows.slice(0, 5).join('\n') + '\n'), latin1('un café,ham\n')]),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data scan of text that is not UTF-8', () => {
  it('names the line and the byte in each format, and still scans the rest of the line', async () => {
    const report = await scanDataPath(dir, defaultDataDetector());
    const by = Object.fromEntries(report.files.map((f) => [f.file, f]));
    expect(by['chat.jsonl']?.problems).toEqual([
      { row: 2, message: 'line 2: not UTF-8: byte 0xe9 at offset 12 of the line (offset 29 of the file)' },
    ]);
    expect(by['chat.jsonl']?.findings.map((f) => f.type)).toEqual(['EMAIL_ADDRESS']);
    expect(by['utf16.csv']?.problems[0]?.message).toMatch(
      /^line 1: not UTF-8: byte 0xff at offset 0 .*looks like UTF-16/,
    );
    expect(by['notes.txt']?.problems).toEqual([
      { row: 2, message: 'line 2: not UTF-8: byte 0xc5 at offset 0 of the line (offset 5 of the file)' },
    ]);
    expect(by['doc.json']?.problems[0]?.message).toMatch(/^line 1: not UTF-8: byte 0xeb at offset 13/);
    expect(by['bom.jsonl']?.problems).toEqual([]);
    expect(by['bom.jsonl']?.rows).toBe(2);
  });

  it('bastion data scan exits 1 and names file, line and byte on stderr', () => {
    const file = join(dir, 'chat.jsonl');
    const res = runCli(['data', 'scan', file, '--forbid', 'secret']);
    expect(res.code).toBe(1);
    expect(res.stderr).toContain(`${file}: line 2: not UTF-8: byte 0xe9 at offset 12 of the line`);
    expect(runCli(['data', 'scan', join(dir, 'bom.jsonl'), '--forbid', 'secret']).code).toBe(0);
  });

  it('label-issues and drift refuse a table that is not UTF-8 with file:line and the byte, exit 2 (a Latin-1 label was a class of its own)', () => {
    const bad = join(dir, 'labels-latin1.csv');
    const issues = runCli(['data', 'label-issues', bad, '--label-column', 'label', '--text-column', 'text']);
    expect(issues.code).toBe(2);
    expect(issues.stderr).toContain(`${bad}:6: not UTF-8: byte 0xe9 at offset 6 of the line`);
    expect(issues.stderr).toContain('BASTION_ERR_MLOPS_DATA_INVALID');
    const drift = runCli(['data', 'drift', join(dir, 'labels.csv'), bad, '--label-column', 'label']);
    expect(drift.code).toBe(2);
    expect(drift.stderr).toContain(`${bad}:6: not UTF-8`);
  });
});
