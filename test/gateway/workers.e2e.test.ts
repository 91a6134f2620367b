/**
 * `bastion serve` with `server.workers: 2`: real processes (a node:cluster primary and two workers) sharing one port
 * and one SQLite file, driven with the official SDK on a new connection per request so both workers serve.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import {
  awayFromMinuteBoundary,
  freshClient,
  freshRaw,
  isAlive,
  metric,
  serve,
  urlOf,
  workerPids,
  type ServeRun,
} from './cluster-harness.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const dir = mkdtempSync(join(tmpdir(), 'bastion-workers-'));
const db = join(dir, 'bastion.db');
const config = join(dir, 'gw.yaml');
const METRICS_TOKEN = 'metrics-token-0123456789';
const messages: OpenAI.ChatCompletionMessageParam[] = [{ role: 'user', content: 'hello' }];
type ApiError = InstanceType<typeof OpenAI.APIError>;

let up: FakeUpstream;
let run: ServeRun;
let url: string;
let store: Store;
let admin: string;

const yaml = (upstream: string, extra = ''): string => `
server:
  host: 127.0.0.1
  port: 0
  workers: 2
  metrics:
    token: \${METRICS_TOKEN}
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
    price: { inputPer1k: 0.5, outputPer1k: 1.0 }
useCases:
  app:
    models: [fast]
  rpm:
    models: [fast]
    limits: { rpm: 5 }
  tools-approve:
    models: [fast]
    tools: approve
guards:
  timeBudget: 5s
  input:
    prompt_injection: { enabled: false }
    jailbreak: { enabled: false }
    harmful_intent: { enabled: false }
audit:
  content: hashes
${extra}`;

async function scrape(): Promise<string> {
  const res = await freshRaw(`${url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(res.status).toBe(200);
  return res.text;
}

/** A scrape that both workers answered in time (on a loaded machine one may miss the deadline; then ask again). */
async function scrapeAll(): Promise<string> {
  for (;;) {
    const text = await scrape();
    if (metric(text, 'bastion_workers_scraped') === 2) return text;
  }
}

/** Sends `n` chat requests at once, each on its own connection; returns the statuses. */
async function burst(secret: string, n: number): Promise<number[]> {
  return Promise.all(
    Array.from({ length: n }, () =>
      freshClient(url, secret)
        .chat.completions.create({ model: 'fast', messages })
        .then(
          () => 200,
          (e: unknown) => (e as ApiError).status ?? -1,
        ),
    ),
  );
}

beforeAll(async () => {
  up = await startFakeUpstream();
  writeFileSync(config, yaml(up.baseUrl));
  // The token comes from the environment, as secrets must (written in the file it is refused).
  run = serve(['--config', config], { METRICS_TOKEN });
  url = urlOf(await run.banner);
  store = await openStore({ store: `sqlite://${db}`, counters: 'memory', keyCacheTtlMs: 0 });
  admin = (await store.keys.create({ useCase: null, admin: true, name: 'admin' })).secret;
});

afterAll(async () => {
  await store?.close();
  if (run && run.child.exitCode === null) {
    run.child.kill('SIGTERM');
    await run.exited;
  }
  await up?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('bastion serve with server.workers: 2', () => {
  it('prints the banner once, for the whole server, and /healthz answers from every worker', async () => {
    const out = run.stdout();
    expect(out.match(/listening on/g)).toHaveLength(1);
    expect(out).toContain('Workers: 2 processes share the port');
    expect(workerPids(run).size).toBe(2);
    const health = await Promise.all(Array.from({ length: 6 }, () => freshRaw(`${url}/healthz`)));
    expect(health.map((h) => h.status)).toEqual([200, 200, 200, 200, 200, 200]);
  });

  it('a key with rpm 5 gets exactly 5 requests through in total, across both workers', async () => {
    const secret = (await store.keys.create({ useCase: 'rpm', name: 'rpm5', limits: { rpm: 5 } })).secret;
    await awayFromMinuteBoundary();
    const statuses = await burst(secret, 14);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(9);
  });

  it('a key with rpm 64 (consumed from per-worker quota leases) never gets more than 64 through across both workers', async () => {
    const secret = (await store.keys.create({ useCase: 'rpm', name: 'rpm64', limits: { rpm: 64 } })).secret;
    await awayFromMinuteBoundary();
    const statuses = await burst(secret, 80);
    const admitted = statuses.filter((s) => s === 200).length;
    expect(admitted).toBeLessThanOrEqual(64);
    // The documented bound: with 2 processes, at most 1/16 of the limit may sit unused in the other's lease.
    expect(admitted).toBeGreaterThanOrEqual(64 - 64 / 16);
    expect(statuses.filter((s) => s === 429)).toHaveLength(80 - admitted);
  });

  it('concurrent requests through both workers leave an audit chain that `bastion audit verify` accepts', async () => {
    const secret = (await store.keys.create({ useCase: 'app', name: 'audit' })).secret;
    const before = (await store.audit.head()).seq;
    const statuses = await burst(secret, 24);
    expect(statuses.every((s) => s === 200)).toBe(true);
    // Every request left exactly one record (the chain head moved by 24, no gap, no fork).
    expect((await store.audit.head()).seq - before).toBe(24);
    const verify = spawnSync(process.execPath, ['bin/bastion.js', 'audit', 'verify', '--config', config], {
      encoding: 'utf8',
      env: { ...process.env, OPENAI_API_KEY: '' },
    });
    expect(verify.stderr + verify.stdout).not.toContain('BASTION_ERR');
    expect(verify.status).toBe(0);
  });

  it('/metrics sums counters and histograms over the workers and keeps breaker state per worker', async () => {
    const secret = (await store.keys.create({ useCase: 'app', name: 'metrics' })).secret;
    const series = 'bastion_requests_total{route="chat",status="200",model="fast",use_case="app"}';
    const countSeries = 'bastion_request_duration_ms_count{route="chat"}';
    const first = await scrapeAll();
    const ok0 = metric(first, series) ?? 0;
    const count0 = metric(first, countSeries) ?? 0;
    const statuses = await burst(secret, 10);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const text = await scrapeAll();
    // Whichever worker took the scrape, it reports all ten requests, not its share.
    expect(metric(text, series)).toBe(ok0 + 10);
    expect((metric(text, countSeries) ?? 0) - count0).toBeGreaterThanOrEqual(10);
    // Both workers served (round-robin over new connections) and both answered the scrape.
    expect(metric(text, 'bastion_worker_requests_total{worker="1"}')).toBeGreaterThan(0);
    expect(metric(text, 'bastion_worker_requests_total{worker="2"}')).toBeGreaterThan(0);
    expect(metric(text, 'bastion_workers')).toBe(2);
    expect(metric(text, 'bastion_workers_scraped')).toBe(2);
    expect(metric(text, 'bastion_breaker_state{provider="up",worker="1"}')).toBe(0);
    expect(metric(text, 'bastion_breaker_state{provider="up",worker="2"}')).toBe(0);
    // One HELP/TYPE per metric: a valid exposition, not two workers' texts glued together.
    expect(text.match(/# TYPE bastion_requests_total /g)).toHaveLength(1);
  });

  it('a key revoked or rotated through the admin API is refused by every worker from the response on', async () => {
    const issued = await store.keys.create({ useCase: 'app', name: 'to-revoke' });
    // Warm both workers' auth caches with the key.
    expect((await burst(issued.secret, 6)).every((s) => s === 200)).toBe(true);
    const revoked = await freshRaw(`${url}/admin/v1/keys/${issued.record.id}/revoke`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(revoked.status).toBe(200);
    expect(await burst(issued.secret, 8)).toEqual(new Array(8).fill(401));

    const other = await store.keys.create({ useCase: 'app', name: 'to-rotate' });
    expect((await burst(other.secret, 6)).every((s) => s === 200)).toBe(true);
    const rotated = await freshRaw(`${url}/admin/v1/keys/${other.record.id}/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(rotated.status).toBe(200);
    const fresh = (JSON.parse(rotated.text) as { secret: string }).secret;
    expect(await burst(other.secret, 8)).toEqual(new Array(8).fill(401));
    expect(await burst(fresh, 6)).toEqual(new Array(6).fill(200));
  });

  it('a key revoked outside the server (CLI, another host) is refused by every worker within the cache TTL', async () => {
    const issued = await store.keys.create({ useCase: 'app', name: 'cli-revoke' });
    expect((await burst(issued.secret, 6)).every((s) => s === 200)).toBe(true);
    await store.keys.revoke(issued.record.id);
    // Documented bound: 2 s (the key cache TTL). Poll until a whole burst is refused; the test timeout is the limit.
    let statuses = await burst(issued.secret, 8);
    while (!statuses.every((s) => s === 401)) {
      await new Promise((r) => setTimeout(r, 250));
      statuses = await burst(issued.secret, 8);
    }
    expect(statuses).toEqual(new Array(8).fill(401));
  });

  it('a tool call held on one worker is approved and collected through others, exactly once', async () => {
    up.set({ echoToolCalls: true });
    try {
      const secret = (await store.keys.create({ useCase: 'tools-approve', name: 'tools' })).secret;
      const tools: OpenAI.ChatCompletionTool[] = [
        {
          type: 'function',
          function: { name: 'delete_repo', parameters: { type: 'object', properties: {} } },
        },
      ];
      const held = (await freshClient(url, secret)
        .chat.completions.create({ model: 'fast', messages, tools })
        .catch((e: unknown) => e)) as ApiError;
      expect(held.status).toBe(409);
      const id = (held.error as { approval_id: string }).approval_id;
      const listed = await Promise.all(
        [1, 2, 3].map(() =>
          freshRaw(`${url}/admin/v1/approvals`, { headers: { authorization: `Bearer ${admin}` } }),
        ),
      );
      for (const l of listed) expect(l.text).toContain(id);
      const approved = await freshRaw(`${url}/admin/v1/approvals/${id}/approve`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
      });
      expect(approved.status).toBe(200);
      // Four retries race on both workers: one gets the held answer, the others are told it was collected.
      const retries = await Promise.all(
        [1, 2, 3, 4].map(() =>
          freshClient(url, secret)
            .chat.completions.create(
              { model: 'fast', messages, tools },
              { headers: { 'x-bastion-approval': id } },
            )
            .then(
              (r) => (r.choices[0]?.message.tool_calls?.length ? 200 : -1),
              (e: unknown) => (e as ApiError).status ?? -1,
            ),
        ),
      );
      expect(retries.filter((s) => s === 200)).toHaveLength(1);
      expect(retries.filter((s) => s === 404)).toHaveLength(3);
    } finally {
      up.set({});
    }
  });

  it('a worker that dies is restarted; the server keeps serving and its counters never go backwards', async () => {
    const secret = (await store.keys.create({ useCase: 'app', name: 'restart' })).secret;
    const series = 'bastion_requests_total{route="chat",status="200",model="fast",use_case="app"}';
    expect((await burst(secret, 6)).every((s) => s === 200)).toBe(true);
    const before = metric(await scrapeAll(), series) ?? 0;
    const old = workerPids(run).get(1) as number;
    process.kill(old, 'SIGKILL');
    // Restarted with backoff: wait for the primary's log line and a full scrape again.
    let text = '';
    for (;;) {
      await new Promise((r) => setTimeout(r, 200));
      const restarted = workerPids(run).get(1);
      if (restarted === old || !run.logs().some((l) => l.msg === 'gateway worker listening again')) continue;
      text = await scrape();
      if (metric(text, 'bastion_workers_scraped') === 2) break;
    }
    expect(run.logs().some((l) => l.msg === 'gateway worker died; restarting' && l.worker === 1)).toBe(true);
    expect(metric(text, 'bastion_worker_restarts_total')).toBe(1);
    expect(metric(text, series)).toBeGreaterThanOrEqual(before);
    expect((await burst(secret, 6)).every((s) => s === 200)).toBe(true);
  });

  it('SIGHUP replaces every worker with one that read the config again; a broken config leaves them serving', async () => {
    const issued = await store.keys.create({ useCase: 'added', name: 'reload' });
    expect((await burst(issued.secret, 2)).some((s) => s === 200)).toBe(false);
    const before = workerPids(run);
    const reloads = (msg: string) => run.logs().filter((l) => l.msg === msg).length;
    writeFileSync(
      config,
      yaml(up.baseUrl).replace('useCases:\n', 'useCases:\n  added:\n    models: [fast]\n'),
    );
    run.child.kill('SIGHUP');
    while (reloads('reload complete: every worker runs the current configuration') === 0)
      await new Promise((r) => setTimeout(r, 200));
    const after = workerPids(run);
    expect(after.get(1)).not.toBe(before.get(1));
    expect(after.get(2)).not.toBe(before.get(2));
    for (const pid of before.values()) expect(isAlive(pid)).toBe(false);
    expect(await burst(issued.secret, 6)).toEqual(new Array(6).fill(200));

    writeFileSync(config, 'server:\n  port: [not a port\n');
    run.child.kill('SIGHUP');
    while (
      reloads('reload failed; the running workers keep serving with the configuration they started with') ===
      0
    )
      await new Promise((r) => setTimeout(r, 200));
    const failed = run.logs().find((l) => String(l.msg).startsWith('reload failed'));
    expect(String(failed?.reason)).toContain('gw.yaml'); // the worker's own config error, file named
    expect(workerPids(run).get(2)).toBe(after.get(2));
    expect(await burst(issued.secret, 6)).toEqual(new Array(6).fill(200));
    writeFileSync(config, yaml(up.baseUrl));
  });

  it('SIGTERM drains and stops the primary and every worker, exit code 0', async () => {
    const pids = [...workerPids(run).values()];
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    for (const pid of pids) {
      // The primary waits for its workers' exit before it exits itself.
      expect(isAlive(pid)).toBe(false);
    }
  });
});

describe('bastion serve --workers: start-up failures', () => {
  it('workers that cannot listen (port in use): the primary exits non-zero with the worker error, no loop', async () => {
    const blocker = await startFakeUpstream();
    const port = new URL(blocker.baseUrl).port;
    try {
      const failing = serve(['--config', config, '--port', port, '--workers', '2']);
      expect(await failing.exited).not.toBe(0);
      expect(failing.stderr()).toContain('Cannot listen on 127.0.0.1:' + port);
      expect(failing.stderr()).toContain('BASTION_ERR_GATEWAY_WORKER_FAILED');
      expect(failing.stdout()).not.toContain('listening on');
    } finally {
      await blocker.close();
    }
  });

  it('counters: memory with several workers is refused with the fix named', async () => {
    const memory = join(dir, 'memory.yaml');
    writeFileSync(memory, yaml(up.baseUrl).replace('counters: sqlite', 'counters: memory'));
    const failing = serve(['--config', memory]);
    expect(await failing.exited).toBe(2);
    expect(failing.stderr()).toContain('counters: memory');
    expect(failing.stderr()).toContain('counters: sqlite');
  });

  it("the docs assistant's start-up ingest runs once (worker 1, before the others), not once per worker", async () => {
    const docs = join(dir, 'docs');
    mkdirSync(docs, { recursive: true });
    writeFileSync(
      join(docs, 'keys.md'),
      '# Keys\n\nCreate an admin key with `bastion keys create --admin`.\n',
    );
    const docsConfig = join(dir, 'docs.yaml');
    writeFileSync(
      docsConfig,
      `server:\n  port: 0\n  workers: 2\nstore: sqlite://${join(dir, 'docs.db')}\ncounters: sqlite\nproviders:\n  local:\n    type: local\n    hosting: local\nmodels:\n  bastion-docs:\n    provider: local\nuseCases:\n  docs:\n    models: [bastion-docs]\nassistant:\n  ingestOnStart: [${docs}]\n`,
    );
    const docsRun = serve(['--config', docsConfig]);
    try {
      const banner = await docsRun.banner;
      expect(banner).toContain('Docs assistant chat page');
      const ingests = docsRun.logs().filter((l) => l.msg === 'docs assistant: index ready');
      expect(ingests).toHaveLength(1);
      expect(ingests[0]?.worker).toBe(1); // worker 1, alone, before worker 2 started
      expect(ingests[0]?.added).toBe(1);
      const logs = docsRun.logs();
      const ingested = logs.findIndex((l) => l.msg === 'docs assistant: index ready');
      const secondStarted = logs.findIndex((l) => l.msg === 'gateway worker started' && l.worker === 2);
      expect(secondStarted).toBeGreaterThan(ingested);
    } finally {
      docsRun.child.kill('SIGTERM');
      expect(await docsRun.exited).toBe(0);
    }
  });

  it('a bad --workers value is a clear error', async () => {
    const failing = serve(['--config', config, '--workers', 'lots']);
    expect(await failing.exited).toBe(2);
    expect(failing.stderr()).toContain('--workers: expected a whole number from 1 to 64, or auto');
  });
});
