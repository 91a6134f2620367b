import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
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

  describe('a port another process holds fails before the docs ingest, not after it', () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(
      join(docs, 'keys.md'),
      '# Keys\n\nCreate an admin key with `bastion keys create --admin`.\n',
    );
    const docsConfig = (name: string, extra = '') => {
      const file = join(dir, `${name}.yaml`);
      writeFileSync(
        file,
        `server:\n  port: 0\n${extra}store: sqlite://${join(dir, `${name}.db`)}\ncounters: sqlite\nproviders:\n  local:\n    type: local\n    hosting: local\nmodels:\n  bastion-docs:\n    provider: local\nuseCases:\n  docs:\n    models: [bastion-docs]\nassistant:\n  ingestOnStart: [${docs}]\n  indexPath: ${join(dir, `${name}-index.db`)}\n`,
      );
      return file;
    };
    /** A real listener on a random loopback port, as another program would hold it. */
    async function occupy(): Promise<{ server: Server; port: number }> {
      const server = createServer();
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const address = server.address();
      return { server, port: typeof address === 'object' && address ? address.port : 0 };
    }

    for (const workers of ['1', '2']) {
      it(`--workers ${workers}: exits 2 naming the port; the ingest never ran`, async () => {
        const { server, port } = await occupy();
        try {
          const config = docsConfig(`busy-${workers}`);
          const run = serve([
            '--config',
            config,
            '--host',
            '127.0.0.1',
            '--port',
            String(port),
            '--workers',
            workers,
          ]);
          expect(await run.exited).toBe(2);
          expect(run.stderr()).toContain(`Cannot listen on 127.0.0.1:${port}`);
          expect(run.stderr()).toContain('another process uses it');
          expect(run.stderr()).not.toContain('docs assistant: index ready');
          expect(existsSync(join(dir, `busy-${workers}-index.db`))).toBe(false);
        } finally {
          await new Promise((resolve) => server.close(resolve));
        }
      });
    }

    it('a busy server.metrics.listen port fails before the ingest too', async () => {
      const { server, port } = await occupy();
      try {
        const config = docsConfig('busy-metrics', `  metrics:\n    listen: 127.0.0.1:${port}\n`);
        const run = serve(['--config', config, '--host', '127.0.0.1']);
        expect(await run.exited).toBe(2);
        expect(run.stderr()).toContain(`Cannot listen on 127.0.0.1:${port}`);
        expect(run.stderr()).toContain('server.metrics.listen');
        expect(run.stderr()).not.toContain('docs assistant: index ready');
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('with the port free the index is ready before the server says it listens', async () => {
      const run = serve(['--config', docsConfig('free'), '--host', '127.0.0.1', '--port', '0']);
      try {
        const banner = await run.banner;
        expect(banner).toContain('Docs assistant chat page');
        expect(run.stderr()).toContain('docs assistant: index ready');
        expect(existsSync(join(dir, 'free-index.db'))).toBe(true);
      } finally {
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
      }
    });
  });
});
