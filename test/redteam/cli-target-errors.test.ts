import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/bastion.js', import.meta.url));

// An OpenAI-compatible endpoint that refuses every key, as a gateway does when the run forgot to set one.
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({ error: { message: 'Invalid API key', type: 'authentication_error', code: 'x' } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const run = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [BIN, 'redteam', 'run', ...args], {
      env: { ...process.env, BASTION_REDTEAM_API_KEY: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });

describe('bastion redteam run against a target that answers nothing', () => {
  it('fails the run (exit 1) instead of reporting every probe as blocked', async () => {
    const res = await run([
      '--target',
      url,
      '--model',
      'm',
      '--categories',
      'prompt_injection',
      '--sample',
      '20',
      '--mutators',
      'none',
      '--fail-above',
      '0.05',
    ]);
    expect(res.code, res.stderr).toBe(1);
    expect(res.stdout).toMatch(/TOTAL\s+\d+\s+0\s+0\s+0\.0%/);
    expect(res.stderr).toMatch(
      /FAIL: (\d+) of \1 probes got no answer from the target and measured nothing \(first: HTTP 401: Invalid API key\) — is the target's key in \$BASTION_REDTEAM_API_KEY\?/,
    );
  });
});
