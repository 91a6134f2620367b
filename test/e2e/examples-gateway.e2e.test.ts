/**
 * Issue #2 as a new user reads it: `examples/gateway.yaml`, unedited, served by the real CLI with the deployment's
 * values from the environment (`${OPENAI_BASE_URL:-…}`, `${BASTION_STORE:-…}`, `${BASTION_PORT:-…}`), a fake
 * OpenAI-compatible upstream, and the official `openai` SDK as client: the `demo` use case's three models, the docs
 * assistant answering from the store the example names, and a `kill -9` under load that must leave an audit chain
 * `bastion audit verify` accepts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';

// The whole CLI starts (and ingests docs/) more than once; a loaded CI machine needs the room.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const CONFIG = 'examples/gateway.yaml';
const dir = mkdtempSync(join(tmpdir(), 'bastion-example-'));
let up: FakeUpstream;
let env: Record<string, string>;

interface Run {
  child: ChildProcess;
  url: string;
  exited: Promise<number | null>;
}

function bastion(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/bastion.js', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

async function serve(): Promise<Run> {
  const child = spawn(process.execPath, ['bin/bastion.js', 'serve', '--config', CONFIG], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (match && out.includes('App keys:')) resolve(match[1] as string);
    });
    void exited.then((code) => reject(new Error(`serve exited ${code}: ${out}\n${err}`)));
  });
  return { child, url, exited };
}

beforeAll(async () => {
  up = await startFakeUpstream();
  env = {
    OPENAI_BASE_URL: up.baseUrl,
    OPENAI_API_KEY: 'sk-test-upstream',
    BASTION_STORE: `sqlite://${join(dir, 'bastion.db')}`,
    BASTION_PORT: '0',
    BASTION_HOST: '127.0.0.1',
  };
});
afterAll(async () => {
  await up.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('examples/gateway.yaml, as shipped', () => {
  it('serves the demo use case: chat, streaming, embeddings, models and the docs assistant with a citation', async () => {
    const run = await serve();
    try {
      const created = await bastion(['keys', 'create', '--config', CONFIG, '--use-case', 'demo']);
      expect(created.code).toBe(0);
      expect(created.stdout).toMatch(/^bst_[0-9A-Za-z]{49}\n$/);
      const client = new OpenAI({ baseURL: `${run.url}/v1`, apiKey: created.stdout.trim(), maxRetries: 0 });

      const models = await client.models.list();
      expect(models.data.map((m) => m.id).sort()).toEqual([
        'bastion-docs',
        'gpt-4o-mini',
        'text-embedding-3-small',
      ]);
      const reply = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        messages: [{ role: 'user', content: 'Hello there' }],
      });
      expect(reply.choices[0]?.message.content).toBeTruthy();
      // The provider key came from the environment and went to the upstream named by OPENAI_BASE_URL.
      expect(up.last?.headers.authorization).toBe('Bearer sk-test-upstream');

      let streamed = '';
      const stream = await client.chat.completions.create({
        model: 'gpt-4o-mini',
        stream: true,
        messages: [{ role: 'user', content: 'Hello again' }],
      });
      for await (const chunk of stream) streamed += chunk.choices[0]?.delta?.content ?? '';
      expect(streamed).toBe(reply.choices[0]?.message.content);

      const embedding = await client.embeddings.create({ model: 'text-embedding-3-small', input: 'hello' });
      expect(embedding.data[0]?.embedding.length).toBeGreaterThan(0);

      // The example ingests ../docs on start into the store BASTION_STORE names.
      const docs = await client.chat.completions.create({
        model: 'bastion-docs',
        messages: [{ role: 'user', content: 'How do I rotate a key?' }],
      });
      const answer = docs.choices[0]?.message.content ?? '';
      expect(answer).toContain('bastion keys rotate');
      expect(answer).toMatch(/\[1\] \S*docs\/how-to-rotate-a-key\.md/);
    } finally {
      run.child.kill('SIGTERM');
      await run.exited;
    }
  });

  it('a kill -9 under load leaves an audit chain that verifies, and the next start continues it', async () => {
    const run = await serve();
    const key = (
      await bastion(['keys', 'create', '--config', CONFIG, '--use-case', 'demo', '--rpm', '100000'])
    ).stdout.trim();
    let answered = 0;
    let stop = false;
    const client = async (): Promise<void> => {
      while (!stop) {
        try {
          const res = await fetch(`${run.url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'load' }] }),
          });
          await res.text();
          if (res.status === 200) answered++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // Kill once requests are flowing, whatever the machine's speed: no timing assumption beyond "some answered".
    await vi.waitFor(() => expect(answered).toBeGreaterThanOrEqual(20), { timeout: 60_000, interval: 20 });
    run.child.kill('SIGKILL');
    await run.exited;
    stop = true;
    await Promise.all(clients);

    const verify = await bastion(['audit', 'verify', '--config', CONFIG, '--json']);
    expect(verify.code).toBe(0);
    const report = JSON.parse(verify.stdout) as { ok: boolean; count: number };
    expect(report.ok).toBe(true);
    // Every answered request was recorded before its answer left (plus the key's own creation record).
    expect(report.count).toBeGreaterThanOrEqual(answered + 1);

    const again = await serve();
    try {
      const res = await fetch(`${again.url}/v1/chat/completions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          model: 'gpt-4o-mini',
          messages: [{ role: 'user', content: 'after the crash' }],
        }),
      });
      expect(res.status).toBe(200);
    } finally {
      again.child.kill('SIGTERM');
      await again.exited;
    }
    const after = await bastion(['audit', 'verify', '--config', CONFIG, '--json']);
    expect(after.code).toBe(0);
    expect((JSON.parse(after.stdout) as { count: number }).count).toBe(report.count + 1);
  });
});
