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
});
