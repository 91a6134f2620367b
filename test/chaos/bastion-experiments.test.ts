/**
 * Runs the chaos experiments for Bastion itself (experiments/bastion/*.yaml) in CI: each starts a
 * real `bastion serve` replica behind the fault proxy, in front of fake OpenAI-compatible upstreams,
 * injects its fault and checks its hypothesis. The audit store lives on a 96 MiB tmpfs so the
 * disk-full experiment can fill it (mounting needs root, as in CI's container). Not smaller: under the
 * SIGKILL experiment's sustained load the SQLite WAL grows to its checkpoint bound (WAL_AUTOCHECKPOINT_PAGES,
 * ~31 MiB) before it is reused, and a 32 MiB filesystem ran out of space there, before any fault was injected.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExperiment } from '../../src/chaos/experiment/load-experiment.js';
import { createFaultProxyServer, type FaultProxyServer } from '../../src/chaos/proxy/control-api.js';
import { journalMarkdown } from '../../src/chaos/report/render.js';
import { runExperiment } from '../../src/chaos/runner/run-experiment.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-e2e-'));
const auditDir = join(dir, 'audit-fs');
mkdirSync(auditDir);
const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=96m', 'tmpfs', auditDir]).status === 0;

let primary: FakeUpstream;
let secondary: FakeUpstream;
let fault: FaultProxyServer;
let env: Record<string, string>;

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise((r) => s.close(r));
  return port;
}

beforeAll(async () => {
  primary = await startFakeUpstream();
  secondary = await startFakeUpstream();
  fault = createFaultProxyServer();
  const api = await fault.listen(0);
  const p = await fault.registry.create({
    name: 'primary',
    listen: '127.0.0.1:0',
    upstream: primary.url.replace('http://', ''),
  });
  const s = await fault.registry.create({
    name: 'secondary',
    listen: '127.0.0.1:0',
    upstream: secondary.url.replace('http://', ''),
  });
  const port = await freePort();
  const config = join(dir, 'gateway.yaml');
  const metricsToken = 'chaos-metrics-token-0123456789';
  writeFileSync(
    config,
    `server:
  host: 127.0.0.1
  port: ${port}
  metrics: { token: "\${METRICS_TOKEN}" }
store: sqlite://${join(auditDir, 'bastion.db')}
counters: memory
providers:
  primary:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: http://${p.listen}/v1
    retries: { max: 2, baseDelay: 50ms, maxDelay: 2s }
    breaker: { failureThreshold: 3, cooldown: 60s }
    timeouts: { connect: 500ms, firstByte: 1s, total: 5s }
  secondary:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: http://${s.listen}/v1
    retries: { max: 1, baseDelay: 50ms, maxDelay: 1s }
    timeouts: { connect: 500ms, firstByte: 2s, total: 5s }
models:
  chat: { provider: primary, model: gpt-4o-mini, fallbacks: [chat-backup] }
  chat-backup: { provider: secondary, model: gpt-4o-mini }
  chat-solo: { provider: primary, model: gpt-4o-mini }
useCases:
  app:
    models: [chat, chat-backup, chat-solo]
guards:
  timeBudget: 5s
  input:
    prompt_injection: { enabled: false }
    jailbreak: { enabled: false }
    harmful_intent: { enabled: false }
audit:
  content: full
`,
  );
  const key = spawnSync(
    process.execPath,
    ['bin/bastion.js', 'keys', 'create', '--config', config, '--use-case', 'app', '--name', 'chaos'],
    {
      encoding: 'utf8',
    },
  );
  expect(key.status, key.stderr).toBe(0);
  env = {
    ...(process.env as Record<string, string>),
    BASTION_CHAOS_HALT: '',
    GATEWAY_URL: `http://127.0.0.1:${port}`,
    GATEWAY_PORT: String(port),
    GATEWAY_CONFIG: config,
    GATEWAY_KEY: key.stdout.trim(),
    METRICS_TOKEN: metricsToken,
    PROXY_API: api,
    AUDIT_DIR: auditDir,
    WORK_DIR: dir,
  };
}, 120_000);

afterAll(async () => {
  await fault?.close();
  await primary?.close();
  await secondary?.close();
  if (mounted) spawnSync('umount', [auditDir]);
  rmSync(dir, { recursive: true, force: true });
});

async function holds(file: string): Promise<void> {
  const loaded = loadExperiment(`experiments/bastion/${file}`, env);
  const journal = await runExperiment(loaded, { env });
  // On failure the whole journal (every step's output) is in the assertion message.
  expect(
    journal.status,
    journalMarkdown(journal) + JSON.stringify(journal.steps, null, 1).slice(0, 6000),
  ).toBe('held');
  expect(journal.rollbacks.failed).toBe(0);
  expect(fault.registry.toxics('primary')).toEqual([]);
  expect(fault.registry.get('primary').enabled).toBe(true);
}

describe('chaos experiments for Bastion', () => {
  it(
    '1. primary upstream down → the fallback model answers',
    () => holds('01-upstream-down-fallback.yaml'),
    180_000,
  );
  it(
    '2. upstream 429 + Retry-After → backs off, clients never see 500',
    () => holds('02-upstream-429-retry-after.yaml'),
    180_000,
  );
  it(
    '3. upstream latency → deadlines hold, breaker opens',
    () => holds('03-upstream-latency-breaker.yaml'),
    180_000,
  );
  it(
    '4. SSE stream cut → clean error event, partial response audited',
    () => holds('04-sse-stream-cut.yaml'),
    180_000,
  );
  it(
    '5. replica SIGKILL under load → completed requests audited, chain verifies',
    () => holds('05-replica-sigkill.yaml'),
    240_000,
  );
  // Needs a small filesystem for the store: tmpfs, which needs root (CI runs as root).
  it.runIf(mounted)(
    '6. disk full under the audit store → fail closed, resumes',
    () => holds('06-disk-full.yaml'),
    180_000,
  );
});
