import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
let dir: string;
let config: string;

async function bastion(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(repo, 'bin/bastion.js'), 'docs', '-c', config, ...args],
      { cwd: dir },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-docs-cli-'));
  config = join(dir, 'bastion.yaml');
  writeFileSync(
    config,
    `store: sqlite://./bastion.db\nassistant:\n  ingestOnStart: [${join(repo, 'docs')}]\n`,
  );
  mkdirSync(join(dir, 'team'));
  writeFileSync(
    join(dir, 'team', 'oncall.md'),
    '# On-call\n\nPage the on-call engineer through the incident bridge.\n',
  );
  writeFileSync(join(dir, 'team', 'leak.md'), '# Setup\n\nexport AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each case spawns the CLI (tsx start-up: seconds on a busy machine), so the budget is per spawn, not per assertion.
describe('bastion docs (CLI, on Bastion own docs)', { timeout: 90_000 }, () => {
  it('ingests the configured docs and answers "How do I rotate a key?" with a cited command', async () => {
    const ingest = await bastion('ingest', '--json');
    expect(ingest.code).toBe(0);
    expect(JSON.parse(ingest.stdout).totals.added).toBeGreaterThan(3);
    const ask = await bastion('ask', 'How do I rotate a key?', '--json');
    expect(ask.code).toBe(0);
    const answer = JSON.parse(ask.stdout) as {
      answer: string;
      citations: { source: string; heading: string }[];
    };
    expect(answer.answer).toContain('bastion keys rotate');
    expect(answer.citations[0]?.source).toMatch(/\/docs\/[a-z-]+\.md$/);
  });

  it('passes its own golden question set', async () => {
    const result = await bastion(
      'eval',
      join(repo, 'docs/eval/bastion-docs-qa.yaml'),
      '--json',
      '--min-accuracy',
      '0.7',
    );
    const report = JSON.parse(result.stdout) as { accuracy: number; citationAccuracy: number; total: number };
    expect(report.total).toBeGreaterThanOrEqual(10);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.7);
    expect(report.citationAccuracy).toBeGreaterThanOrEqual(0.8);
    expect(result.code).toBe(0);
  });

  it('rejects a file with a secret (exit 3), lists provenance, and exits 4 when it does not know', async () => {
    const ingest = await bastion('ingest', 'team');
    expect(ingest.code).toBe(3);
    expect(ingest.stdout).toMatch(/rejected\s+team\/leak\.md — secret \(aws[-_]/i);
    const sources = JSON.parse((await bastion('sources', '--json')).stdout) as {
      sources: { path: string; sha256: string; status: string }[];
    };
    expect(sources.sources.find((s) => s.path === 'team/oncall.md')).toMatchObject({ status: 'indexed' });
    expect(sources.sources.find((s) => s.path === 'team/leak.md')).toMatchObject({ status: 'rejected' });
    // Unchanged, the file is still out of the index: a second run must still say so and exit 3, not 0.
    const again = await bastion('ingest', 'team');
    expect(again.code).toBe(3);
    expect(again.stdout).toMatch(/rejected\s+team\/leak\.md — unchanged since it was rejected \(secret\)/);
    const unknown = await bastion('ask', 'What is the airspeed velocity of an unladen swallow?');
    expect(unknown.code).toBe(4);
    expect(unknown.stdout).toMatch(/I don't know/);
  });

  it('reports bad input clearly', async () => {
    const missing = await bastion('ingest', 'no-such-folder');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no-such-folder: no such file or folder/);
    // A folder without a single supported file: nothing was indexed, so not a silent "0 added" with exit 0.
    mkdirSync(join(dir, 'word-files'));
    writeFileSync(join(dir, 'word-files', 'handbook.docx'), 'not markdown');
    const nothing = await bastion('ingest', 'word-files');
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/word-files: no file to ingest \(supported: \.md/);
    const empty = await bastion('ask', '   ');
    expect(empty.stderr).toMatch(/the question is empty/);
    writeFileSync(join(dir, 'bad.yaml'), 'questions:\n  - question: q\n    facts: 3\n');
    const bad = await bastion('eval', 'bad.yaml');
    expect(bad.stderr).toMatch(/bad\.yaml:3 questions\.0\.facts/);
    const feedback = await bastion('feedback', '--since', 'yesterday-ish');
    expect(feedback.stderr).toMatch(/--since "yesterday-ish": expected a date/);
  });

  it('fails a file that is not UTF-8 alone, naming where (exit 3)', async () => {
    // Named by file, byte offset and line; the UTF-8 file beside it is indexed.
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(
      join(dir, 'legacy', 'menu.txt'),
      Buffer.from('Lunch menu\nSoupe du jour: velout\xe9\n', 'latin1'),
    );
    writeFileSync(join(dir, 'legacy', 'hours.txt'), 'The canteen opens at noon.\n');
    const latin1 = await bastion('ingest', 'legacy');
    expect(latin1.code).toBe(3);
    expect(latin1.stdout).toMatch(
      /failed\s+legacy\/menu\.txt — not UTF-8: byte 0xE9 at offset 32 \(line 2\) is not valid UTF-8; convert/,
    );
    expect(latin1.stdout).toMatch(/added\s+legacy\/hours\.txt/);
  });

  it('exports feedback as CSV with formula cells neutralised', async () => {
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'bastion.db'));
    db.prepare(
      "INSERT INTO feedback(id, response_id, request_id, key_id, rating, comment, model, created_at) VALUES ('fb_1', 'chatcmpl-1', 'req-1', 'k1', 'down', '=HYPERLINK(\"x\")', 'bastion-docs', 1700000000000)",
    ).run();
    db.close();
    const csv = await bastion('feedback', '--csv');
    expect(csv.stdout.split('\n')[0]).toBe(
      'id,created_at,rating,response_id,request_id,key_id,model,comment',
    );
    expect(csv.stdout).toContain(
      `fb_1,2023-11-14T22:13:20.000Z,down,chatcmpl-1,req-1,k1,bastion-docs,"'=HYPERLINK(""x"")"`,
    );
  });
});
