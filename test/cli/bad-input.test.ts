import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, runCli, scratchFolder } from '../store/cli.js';

// Bad input found by sweeping every command (missing, broken and unwritable files, a dead target): each must end
// in one line naming the file or flag and what is wrong, a stable code and a non-zero exit, never a stack trace,
// "unexpected error", minutes of retries, or exit 0.
const { dir, file, remove } = scratchFolder('bastion-bad-input-');
afterAll(remove);

/** Runs the CLI with stdout going to /dev/full: every write fails with ENOSPC, as on a full disk. */
function runToFullDisk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  const full = openSync('/dev/full', 'w');
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ['ignore', full, 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => {
      closeSync(full);
      done({ code, stderr });
    });
  });
}

const noCrash = (stderr: string): void => {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('unexpected error');
};

describe('data scan with unparseable lines', () => {
  it('exits 1 naming the file and line, and still scans and reports the other lines', async () => {
    const jsonl = file(
      'chat.jsonl',
      '{"text":"hello"}\n{broken\n{"text":"write to john.doe@example.com"}\n\u0000\u001b[31m\n',
    );
    const res = await runCli(['data', 'scan', jsonl], dir);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stderr).toContain('1 file(s) could not be read completely');
    expect(res.stderr).toMatch(/chat\.jsonl: line 2: invalid JSON/);
    expect(res.stderr).toMatch(/chat\.jsonl: line 4: invalid JSON/);
    // The raw bytes of a broken line never reach the terminal as control characters (escape sequences).
    expect(res.stderr).not.toContain('\u001b');
    expect(res.stdout).toContain('EMAIL_ADDRESS');
    expect(res.stdout).toContain('row 3');
    const json = await runCli(['data', 'scan', jsonl, '--json'], dir);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { files: { problems: { row: number }[] }[] };
    expect(report.files[0]?.problems.map((p) => p.row)).toEqual([2, 4]);
  });

  it('a clean file still exits 0', async () => {
    const res = await runCli(['data', 'scan', file('clean.jsonl', '{"text":"hello"}\n')], dir);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).not.toContain('could not be read');
  });
});

describe('output that cannot be written (a full disk)', () => {
  it('stdout on a full disk: one line, exit 2, no stack trace', async () => {
    const res = await runToFullDisk(['redteam', 'list', '--json']);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(
      'bastion: cannot write to standard output: no space left on device (ENOSPC); the output is incomplete',
    );
    expect(res.stderr).toContain('BASTION_ERR_FILE_UNWRITABLE');
    noCrash(res.stderr);
  });

  it('a report file on a full disk or under a file names the flag file and the reason', async () => {
    const data = file('rows.csv', 'name,comment\nada,hello\n');
    const html = await runCli(['data', 'scan', data, '--html', '/dev/full'], dir);
    expect(html.code).toBe(2);
    expect(html.stderr).toContain(
      'cannot write the HTML report to /dev/full: no space left on device (ENOSPC)',
    );
    noCrash(html.stderr);
    const underFile = await runCli(['data', 'scan', data, '--html', join(data, 'report.html')], dir);
    expect(underFile.code).toBe(2);
    expect(underFile.stderr).toMatch(
      /cannot write the HTML report to .*rows\.csv\/report\.html: .*\(E[A-Z]+\)/,
    );
    const baseline = await runCli(['secrets', 'scan', data, '--write-baseline', '/dev/full'], dir);
    expect(baseline.code).toBe(2);
    expect(baseline.stderr).toContain('cannot write the baseline to /dev/full: no space left on device');
    noCrash(baseline.stderr);
  });
});

describe('redteam run checks its inputs before attacking', () => {
  const target = ['redteam', 'run', '--target', 'http://127.0.0.1:1/v1', '--retries', '0'];

  it('a missing --system-prompt file is bad input, not "unexpected error"', async () => {
    const res = await runCli([...target, '--system-prompt', join(dir, 'nope.txt')], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--system-prompt .*nope\.txt: no such file or directory \(ENOENT\)/);
    expect(res.stderr).toContain('BASTION_ERR_FILE_UNREADABLE');
    expect(res.stderr).not.toContain('probes against');
  });

  it('a --baseline that is not JSON or not a report is refused before the run', async () => {
    const broken = await runCli([...target, '--baseline', file('broken.json', '[1,2')], dir);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/--baseline .*broken\.json: not JSON/);
    expect(broken.stderr).toContain('BASTION_ERR_REDTEAM_BASELINE_INVALID');
    expect(broken.stderr).not.toContain('probes against');
    const other = await runCli([...target, '--baseline', file('other.json', '{"not":"a report"}')], dir);
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('not a red-team report');
  });

  it('a --body-template that is not JSON, or has no {{prompt}}, is refused before the run', async () => {
    const http = ['redteam', 'run', '--http', 'http://127.0.0.1:1/chat'];
    const bad = await runCli([...http, '--body-template', '{bad'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--body-template: not JSON with the placeholders filled in');
    const none = await runCli([...http, '--body-template', '{"q":"hi"}'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--body-template: has no {{prompt}} placeholder');
  });

  it('a target that answers nothing stops after the first probes with exit 2, not minutes of retries', async () => {
    // The full library: 1,214 probes. Before, each was retried against the closed port (over 4 minutes).
    const res = await runCli(['redteam', 'run', '--target', 'http://127.0.0.1:1/v1'], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(
      /http:\/\/127\.0\.0\.1:1\/v1: no answer to the first 8 probes \(.*ECONNREFUSED.*\); nothing was measured/,
    );
    expect(res.stderr).toContain('BASTION_ERR_REDTEAM_TARGET_UNREACHABLE');
  });
});

describe('chaos day --notes', () => {
  it('a missing notes file is refused before the day starts (nothing written)', async () => {
    const out = join(dir, 'day');
    // The plan's experiments read these at run time; placeholders are enough to check and plan the day.
    for (const name of ['GATEWAY_URL', 'PROXY_API']) process.env[name] = 'http://127.0.0.1:1';
    for (const name of [
      'GATEWAY_KEY',
      'METRICS_TOKEN',
      'GATEWAY_CONFIG',
      'GATEWAY_PORT',
      'WORK_DIR',
      'AUDIT_DIR',
    ])
      process.env[name] = name === 'GATEWAY_PORT' ? '1' : dir;
    const res = await runCli(
      [
        'chaos',
        'day',
        'experiments/bastion/chaos-day.yaml',
        '--dry-run',
        '--notes',
        join(dir, 'nope.md'),
        '--out',
        out,
      ],
      resolve(import.meta.dirname, '../..'),
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--notes .*nope\.md: no such file or directory \(ENOENT\)/);
    noCrash(res.stderr);
    expect(existsSync(join(out, 'runbook.md'))).toBe(false);
  });
});
