import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDataDetector } from '../../src/mlops/detect/default-detector.js';
import { scanDataPath } from '../../src/mlops/datascan/scan.js';
import { runCli } from './cli-helper.js';

let dir: string;
const AWS = 'AKIA' + 'Q3EGRIXMPLE7ZK4T'; // split so this test file is not itself a finding
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-datascan-'));
  mkdirSync(join(dir, 'ds'));
  const rows = ['id,email,comment'];
  for (let i = 0; i < 500; i++) rows.push(`${i},user${i}@example.org,"plain text, row ${i}"`);
  rows.push(`500,none,"my card is 4111 1111 1111 1111, call +44 20 7946 0958"`);
  rows.push(`501,none,"deploy key ${AWS}"`);
  writeFileSync(join(dir, 'ds', 'users.csv'), rows.join('\n') + '\n');
  writeFileSync(
    join(dir, 'ds', 'chat.jsonl'),
    [
      JSON.stringify({
        messages: [{ role: 'user', content: 'my SSN is 536-22-1234' }],
        meta: { ip: '203.0.113.9' },
      }),
      '{broken',
      JSON.stringify({ messages: [{ role: 'assistant', content: 'ok' }] }),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'ds', 'records.json'),
    JSON.stringify([{ owner: { mail: 'owner@example.com' } }, { owner: { mail: 'none' } }], null, 2),
  );
  writeFileSync(join(dir, 'ds', 'notes.txt'), 'nothing here\nemail me: someone@corp.example\n');
  writeFileSync(join(dir, 'ds', 'numbers.csv'), '1,2.5\n3,4\n5,6\n');
  writeFileSync(join(dir, 'ds', 'bad.csv'), 'a,b\n1,"unterminated\n');
  await parquetWriteFile({
    filename: join(dir, 'ds', 'table.parquet'),
    columnData: [
      { name: 'name', data: ['ann', 'bo', 'cy'] },
      { name: 'contact', data: ['ann@example.net', 'n/a', 'IBAN GB82 WEST 1234 5698 7654 32'] },
    ],
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('data scan', { timeout: 120_000 }, () => {
  it('counts PII and secrets per column/field in CSV, JSONL, Parquet and text, and reports broken lines', async () => {
    const report = await scanDataPath(join(dir, 'ds'), defaultDataDetector());
    const get = (file: string) => report.files.find((f) => f.file === file);
    const csv = get('users.csv');
    expect(csv?.rows).toBe(502);
    const count = (file: string, field: string, type: string) =>
      get(file)?.findings.find((x) => x.field === field && x.type === type)?.count ?? 0;
    expect(count('users.csv', 'email', 'EMAIL_ADDRESS')).toBe(500);
    expect(count('users.csv', 'comment', 'CREDIT_CARD')).toBe(1);
    expect(count('users.csv', 'comment', 'PHONE_NUMBER')).toBe(1);
    expect(count('users.csv', 'comment', 'aws-access-key-id')).toBe(1);
    expect(count('chat.jsonl', 'messages[].content', 'US_SSN')).toBe(1);
    expect(count('chat.jsonl', 'meta.ip', 'IP_ADDRESS')).toBe(1);
    expect(get('chat.jsonl')?.problems[0]?.message).toMatch(/line 2: invalid JSON/);
    expect(count('notes.txt', '(text)', 'EMAIL_ADDRESS')).toBe(1);
    expect(count('records.json', 'owner.mail', 'EMAIL_ADDRESS')).toBe(1);
    expect(get('records.json')?.problems).toEqual([]);
    expect(count('table.parquet', 'contact', 'EMAIL_ADDRESS')).toBe(1);
    expect(count('table.parquet', 'contact', 'IBAN_CODE')).toBe(1);
    expect(
      get('bad.csv')
        ?.problems.map((p) => p.message)
        .join(),
    ).toMatch(/unterminated quoted field/);
    // Samples never contain the values themselves.
    const all = JSON.stringify(report);
    expect(all).not.toContain('4111 1111 1111 1111');
    expect(all).not.toContain(AWS);
    expect(all).not.toContain('536-22-1234');
    expect(all).toContain('my card is [CREDIT_CARD]');
  });

  it('CLI: exits 1 when a forbidden kind is found, 0 when allowed, and writes a self-contained HTML report', () => {
    const html = join(dir, 'report.html');
    const res = runCli(['data', 'scan', join(dir, 'ds', 'users.csv'), '--html', html]);
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/forbidden: aws-access-key-id in .*users.csv:comment/);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/);
    const notes = runCli(['data', 'scan', join(dir, 'ds', 'notes.txt'), '--json']);
    expect(notes.code).toBe(0);
    expect((JSON.parse(notes.stdout) as { totals: Record<string, number> }).totals.EMAIL_ADDRESS).toBe(1);
    expect(runCli(['data', 'scan', join(dir, 'ds', 'notes.txt'), '--forbid', 'pii']).code).toBe(1);
    expect(runCli(['data', 'scan', join(dir, 'missing.csv')]).code).toBe(2);
  });
});
