/**
 * `bastion serve --workers 2` on the multi-replica stores: keys and the audit log in PostgreSQL, counters in Redis.
 * Two worker processes must share them exactly as two replicas do.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { serviceUrl, uniqueName } from '../store/services.js';
import { awayFromMinuteBoundary, freshClient, serve, urlOf, type ServeRun } from './cluster-harness.js';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const base = serviceUrl('BASTION_TEST_POSTGRES_URL');
const redis = serviceUrl('BASTION_TEST_REDIS_URL');
const schema = uniqueName('bastion_gw_workers');
const storeUrl = `${base}${base.includes('?') ? '&' : '?'}schema=${schema}`;
const dir = mkdtempSync(join(tmpdir(), 'bastion-workers-pg-'));
const config = join(dir, 'gw.yaml');
type ApiError = InstanceType<typeof OpenAI.APIError>;

let up: FakeUpstream;
let run: ServeRun;
let url: string;
let store: Store;

beforeAll(async () => {
  up = await startFakeUpstream();
  writeFileSync(
    config,
    `server:\n  port: 0\n  workers: 2\nstore: ${storeUrl}\ncounters: ${redis}\nproviders:\n  up:\n    type: openai-compatible\n    hosting: self-hosted\n    baseUrl: ${up.baseUrl}\n    retries: { max: 0 }\nmodels:\n  fast:\n    provider: up\n    model: gpt-4o-mini\nuseCases:\n  app:\n    models: [fast]\nguards:\n  timeBudget: 5s\n  input:\n    prompt_injection: { enabled: false }\n    jailbreak: { enabled: false }\n    harmful_intent: { enabled: false }\naudit:\n  content: hashes\n`,
  );
  run = serve(['--config', config]);
  url = urlOf(await run.banner);
  store = await openStore({ store: storeUrl, counters: 'memory', keyCacheTtlMs: 0 });
});

afterAll(async () => {
  await store?.close();
  if (run && run.child.exitCode === null) {
    run.child.kill('SIGTERM');
    await run.exited;
  }
  await up?.close();
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
  rmSync(dir, { recursive: true, force: true });
});

const burst = (secret: string, n: number): Promise<number[]> =>
  Promise.all(
    Array.from({ length: n }, () =>
      freshClient(url, secret)
        .chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'hi' }] })
        .then(
          () => 200,
          (e: unknown) => (e as ApiError).status ?? -1,
        ),
    ),
  );

describe('bastion serve --workers 2 on PostgreSQL + Redis', () => {
  it('Redis counters hold a limit across workers: rpm 4 lets exactly 4 of 12 through', async () => {
    const secret = (await store.keys.create({ useCase: 'app', name: 'rpm4', limits: { rpm: 4 } })).secret;
    await awayFromMinuteBoundary();
    const statuses = await burst(secret, 12);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(8);
  });

  it('both workers append to one PostgreSQL chain that `bastion audit verify` accepts', async () => {
    const secret = (await store.keys.create({ useCase: 'app', name: 'audit' })).secret;
    const before = (await store.audit.head()).seq;
    expect((await burst(secret, 20)).every((s) => s === 200)).toBe(true);
    expect((await store.audit.head()).seq - before).toBe(20);
    const verify = spawnSync(process.execPath, ['bin/bastion.js', 'audit', 'verify', '--config', config], {
      encoding: 'utf8',
      env: { ...process.env, OPENAI_API_KEY: '' },
    });
    expect(verify.stderr + verify.stdout).not.toContain('BASTION_ERR');
    expect(verify.status).toBe(0);
  });
});
