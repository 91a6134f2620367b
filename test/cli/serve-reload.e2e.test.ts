/**
 * SIGHUP to a one-process `bastion serve`: the config is read again and swapped in for new requests while a
 * request in flight finishes on the gateway it started on; a broken file is logged with file:line and the running
 * configuration keeps serving. A real server process, driven with the official SDK.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { serve, urlOf, type ServeRun } from '../gateway/cluster-harness.js';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const dir = mkdtempSync(join(tmpdir(), 'bastion-reload-'));
const db = join(dir, 'bastion.db');
const config = join(dir, 'gw.yaml');
type ApiError = InstanceType<typeof OpenAI.APIError>;

const yaml = (
  upstream: string,
  { models = '[fast]', keepAlive = '5s', scanner = 'prompt_injection' } = {},
) => `
server:
  host: 127.0.0.1
  port: 0
  keepAliveTimeout: ${keepAlive}
store: sqlite://${db}
counters: sqlite
providers:
  up:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: ${upstream}
    retries: { max: 0 }
models:
  fast:
    provider: up
    model: gpt-4o-mini
  second:
    provider: up
    model: gpt-4o-mini
useCases:
  app:
    models: ${models}
guards:
  input:
    ${scanner}: { enabled: false }
    jailbreak: { enabled: false }
    harmful_intent: { enabled: false }
`;

let up: FakeUpstream;
let run: ServeRun;
let client: OpenAI;

const logged = (msg: string) => run.logs().filter((l) => l.msg === msg);
async function waitForLog(msg: string, count: number): Promise<Record<string, unknown>> {
  while (logged(msg).length < count) await new Promise((r) => setTimeout(r, 50));
  return logged(msg)[count - 1] as Record<string, unknown>;
}
const ask = (model: string) =>
  client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hello' }] });
const statusOf = (p: Promise<unknown>) =>
  p.then(
    () => 200,
    (e: ApiError) => e.status ?? 0,
  );

beforeAll(async () => {
  up = await startFakeUpstream();
  writeFileSync(config, yaml(up.baseUrl));
  const store = await openStore({ store: `sqlite://${db}`, counters: 'memory' });
  const key = await store.keys.create({ useCase: 'app', name: 'reload' });
  await store.close();
  run = serve(['--config', config, '--port', '0']);
  const banner = await run.banner;
  while (!run.stdout().includes('kill -HUP')) await new Promise((r) => setTimeout(r, 20));
  expect(run.stdout()).toContain(`Reload the config without a restart: kill -HUP ${run.child.pid}`);
  // Started with --config: the key hints name it, or the key would land in another store (401 here).
  expect(run.stdout()).toContain(`App keys: npx bastion keys create --use-case app --config ${config}`);
  client = new OpenAI({ baseURL: `${urlOf(banner)}/v1`, apiKey: key.secret, maxRetries: 0 });
});

afterAll(async () => {
  run?.child.kill('SIGKILL');
  await up?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bastion serve (one process): SIGHUP reloads the config in place', () => {
  it('new requests get the new config; a stream in flight finishes on the old gateway', async () => {
    expect(await statusOf(ask('fast'))).toBe(200);
    expect(await statusOf(ask('second'))).toBe(403);
    const pid = run.child.pid;

    // A stream that takes ~1.5 s, started before the reload and read to the end after it.
    up.enqueue({ chunkDelayMs: 150, content: 'one two three four five six seven eight nine ten' });
    const stream = await client.chat.completions.create({
      model: 'fast',
      stream: true,
      messages: [{ role: 'user', content: 'long' }],
    });
    const iterator = stream[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(first.done).toBe(false);

    writeFileSync(config, yaml(up.baseUrl, { models: '[fast, second]', keepAlive: '6s' }));
    run.child.kill('SIGHUP');
    const reloaded = await waitForLog(
      'configuration reloaded: new requests use it, requests in flight finish as they started',
      1,
    );
    expect(reloaded.models).toEqual(['fast', 'second']);
    // keepAliveTimeout belongs to the listening socket: logged as needing a restart.
    const warned = await waitForLog(
      'changed settings that take effect only after a restart (the old values stay in force)',
      1,
    );
    expect(warned.settings).toEqual(['server.keepAliveTimeout']);

    expect(await statusOf(ask('second'))).toBe(200);
    let text = first.value?.choices[0]?.delta.content ?? '';
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      text += next.value.choices[0]?.delta.content ?? '';
    expect(text).toContain('ten');
    expect(run.child.pid).toBe(pid); // the same process: nothing restarted
    expect(run.child.exitCode).toBe(null);
  });

  it('a broken file is logged with file:line and the running config keeps serving', async () => {
    writeFileSync(config, 'server:\n  port: [not a port\n');
    run.child.kill('SIGHUP');
    const failed = await waitForLog('reload failed; still serving the previous configuration', 1);
    expect(String(failed.reason)).toContain('gw.yaml:');
    expect(await statusOf(ask('second'))).toBe(200);

    // Valid YAML, but a scanner id no registry has: found when the guard engine is built, named with its line.
    writeFileSync(config, yaml(up.baseUrl, { models: '[fast]', scanner: 'prompt_injektion' }));
    run.child.kill('SIGHUP');
    const unknown = await waitForLog('reload failed; still serving the previous configuration', 2);
    expect(String(unknown.reason)).toMatch(/gw\.yaml:\d+/);
    expect(String(unknown.reason)).toContain('prompt_injektion');
    expect(await statusOf(ask('second'))).toBe(200);

    // Fixed: the next SIGHUP applies it (second is no longer allowed).
    writeFileSync(config, yaml(up.baseUrl));
    run.child.kill('SIGHUP');
    await waitForLog(
      'configuration reloaded: new requests use it, requests in flight finish as they started',
      2,
    );
    expect(await statusOf(ask('second'))).toBe(403);
    expect(await statusOf(ask('fast'))).toBe(200);
  });

  it('SIGTERM after reloads drains and exits 0', async () => {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.stderr()).not.toContain('shutdown failed');
  });
});
