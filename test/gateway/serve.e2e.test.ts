import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each test starts the whole CLI; on a loaded CI machine that can take a while.
vi.setConfig({ testTimeout: 100_000 });

const dir = mkdtempSync(join(tmpdir(), 'bastion-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts `bastion serve` as users do and collects stdout until the banner is complete. */
function serve(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['bin/bastion.js', 'serve', ...args], {
    env: { ...process.env, OPENAI_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const banner = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner; stdout: ${out}\nstderr: ${err}`)), 80_000);
    child.stdout.on('data', () => {
      if (out.includes('App keys:') || out.includes('No admin key')) {
        clearTimeout(timer);
        setTimeout(() => resolve(out), 50);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${err}`)));
  });
  // Tests of start-up failures never await the banner.
  banner.catch(() => undefined);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, banner, exited, stderr: () => err };
}

describe('bastion serve', () => {
  it('prints the URL, unavailable models with the reason, how to make an admin key; drains on SIGTERM', async () => {
    const config = join(dir, 'gw.yaml');
    writeFileSync(
      config,
      `server:\n  metrics:\n    listen: 127.0.0.1:0\nstore: sqlite://${join(dir, 'b.db')}\ncounters: memory\nproviders:\n  openai:\n    type: openai-compatible\n    hosting: saas\n    baseUrl: https://api.openai.com/v1\n    apiKey: \${OPENAI_API_KEY}\nmodels:\n  gpt-4o-mini:\n    provider: openai\nuseCases:\n  demo:\n    models: [gpt-4o-mini]\n`,
    );
    const run = serve(['--config', config, '--port', '0', '--host', '127.0.0.1']);
    const banner = await run.banner;
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)?.[1];
    expect(url).toBeDefined();
    expect(banner).toContain('gpt-4o-mini: OPENAI_API_KEY is not set');
    expect(banner).toContain('npx bastion keys create --admin');
    const metricsUrl = /metrics \(no auth, separate listener\): (\S+)/.exec(banner)?.[1];
    expect(metricsUrl).toBeDefined();
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    // The separate listener serves metrics without auth, and nothing else.
    expect((await fetch(metricsUrl as string)).status).toBe(200);
    expect((await fetch((metricsUrl as string).replace('/metrics', '/v1/models'))).status).toBe(404);
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).toContain('shutting down');
  });

  it('a bad --port is a clear error and a non-zero exit', async () => {
    const run = serve(['--port', 'eighty']);
    expect(await run.exited).not.toBe(0);
    expect(run.stderr()).toContain('--port: expected a number');
  });

  it('a config error names file, line and field', async () => {
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'server:\n  port: nope\n');
    const run = serve(['--config', config]);
    expect(await run.exited).not.toBe(0);
    expect(run.stderr()).toContain('bad.yaml:2 server.port');
  });
});
