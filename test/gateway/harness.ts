/**
 * Starts the real gateway on 127.0.0.1:0 with a real SQLite store in a temp folder, in front of fake
 * OpenAI-compatible upstreams, and hands out keys and official `openai` SDK clients.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { parseConfig } from '../../src/core/config/index.js';
import { createLogger, type Logger } from '../../src/core/log.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import type { ModelAdapter } from '../../src/providers/types.js';
import { openStore } from '../../src/store/open-store.js';
import type { AuditRecord, CreateKeyInput, Store } from '../../src/store/types.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';

export interface Harness {
  url: string;
  gateway: Gateway;
  store: Store;
  up: FakeUpstream;
  up2: FakeUpstream;
  dbPath: string;
  logs: Record<string, unknown>[];
  key(input?: Partial<CreateKeyInput>): Promise<string>;
  client(secret: string, options?: { maxRetries?: number }): OpenAI;
  /** The newest audit record; throws when the log is empty. */
  lastAudit(): Promise<AuditRecord>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** YAML appended to / replacing sections of the default test config. */
  yaml?: (urls: { up: string; up2: string; db: string }) => string;
  env?: Record<string, string>;
  localModels?: Record<string, ModelAdapter>;
}

/** What defaultYaml's `${VAR}` secrets are set to: the fake upstream's key and the metrics token. */
export const TEST_ENV = {
  TEST_UPSTREAM_KEY: 'upstream-key',
  TEST_METRICS_TOKEN: 'metrics-token-0123456789',
} as const;

/** The default test config: fast retries, a fallback pair, an unavailable model and several use cases. */
export function defaultYaml(urls: { up: string; up2: string; db: string }): string {
  return `
server:
  host: 127.0.0.1
  port: 0
  bodyLimit: 16kb
  requestTimeout: 1500ms
  headersTimeout: 1s
  metrics:
    token: \${TEST_METRICS_TOKEN}
store: sqlite://${urls.db}
counters: memory
providers:
  up:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: ${urls.up}
    apiKey: \${TEST_UPSTREAM_KEY}
    retries: { max: 1, baseDelay: 5ms, maxDelay: 20ms }
    breaker: { failureThreshold: 3, cooldown: 60s }
    timeouts: { connect: 1s, firstByte: 2s, total: 5s }
  up2:
    type: openai-compatible
    hosting: self-hosted
    baseUrl: ${urls.up2}
    retries: { max: 0 }
  nokey:
    type: openai-compatible
    hosting: saas
    baseUrl: https://api.openai.com/v1
    apiKey: \${TEST_MISSING_PROVIDER_KEY}
models:
  fast:
    provider: up
    model: gpt-4o-mini
    price: { inputPer1k: 0.5, outputPer1k: 1.0 }
    fallbacks: [backup]
  backup:
    provider: up2
    model: gpt-4o-mini
  embed:
    provider: up
    model: text-embedding-3-small
    kind: embeddings
    price: { inputPer1k: 0.1, outputPer1k: 0 }
  private:
    provider: up2
    model: gpt-4o-mini
    dataClasses: [public, internal, pii]
  offline:
    provider: nokey
  secret-model:
    provider: up
useCases:
  app:
    models: [fast, backup, embed, offline]
    tools: allow
  nofallback:
    models: [fast]
  rpm:
    models: [fast]
    limits: { rpm: 2 }
  tpm:
    models: [fast]
    limits: { tpm: 300 }
  budget:
    models: [fast]
    limits: { dailyBudgetUsd: 0.2 }
  tools-deny:
    models: [fast]
    tools: deny
  tools-strip:
    models: [fast]
    tools: strip
  tools-approve:
    models: [fast]
    tools: approve
  guarded:
    models: [fast]
    onDisallowedData: tokenize
    guards:
      input:
        secrets: { action: block }
        pii: { action: redact }
  reroute:
    models: [fast, private]
    onDisallowedData: reroute
  guarded-out:
    models: [fast]
    guards:
      output:
        secrets: { action: block }
# Gateway tests must not depend on the trained detectors' current weights (they have their own evaluation):
# these use the deterministic scanners only.
guards:
  # The test machine is shared and loaded; a scanner overrunning the default 50 ms would (rightly) fail closed.
  timeBudget: 5s
  input:
    prompt_injection: { enabled: false }
    jailbreak: { enabled: false }
    harmful_intent: { enabled: false }
audit:
  content: hashes
`;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-gw-'));
  const dbPath = join(dir, 'bastion.db');
  const up = await startFakeUpstream({ apiKey: 'upstream-key' });
  const up2 = await startFakeUpstream();
  const urls = { up: up.baseUrl, up2: up2.baseUrl, db: dbPath };
  const text = (options.yaml ?? defaultYaml)(urls);
  // The fake upstream's key and the metrics token come from the environment, as secrets must (written in the file
  // they are refused).
  const loaded = parseConfig(text, '<inline>', {
    env: { ...TEST_ENV, ...options.env },
  });
  const logs: Record<string, unknown>[] = [];
  const logger: Logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  const store = await openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
  const gateway = createGateway({ loaded, store, logger, localModels: options.localModels ?? {} });
  const url = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    gateway,
    store,
    up,
    up2,
    dbPath,
    logs,
    async key(input = {}) {
      const issued = await store.keys.create({ useCase: 'app', ...input } as CreateKeyInput);
      return issued.secret;
    },
    client(secret, clientOptions = {}) {
      return new OpenAI({
        baseURL: `${url}/v1`,
        apiKey: secret,
        maxRetries: clientOptions.maxRetries ?? 0,
        timeout: 10_000,
      });
    },
    async lastAudit() {
      let last: AuditRecord | undefined;
      for await (const r of store.audit.export()) last = r;
      if (!last) throw new Error('no audit record');
      return last;
    },
    async close() {
      await gateway.close(1000);
      await store.close();
      await up.close();
      await up2.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A raw HTTP call (for cases the SDK cannot send: bad JSON, wrong content type, oversized bodies). */
export async function raw(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<{ status: number; headers: Headers; json: Record<string, unknown> | undefined; text: string }> {
  const res = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await res.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

export function errorOf(json: Record<string, unknown> | undefined): {
  code?: string;
  type?: string;
  message?: string;
} {
  return (json?.error ?? {}) as { code?: string; type?: string; message?: string };
}

/** Sends raw bytes to the server at `url` and resolves with all it answered before it closed (or `waitMs`). */
export function rawSocket(url: string, payload: string, waitMs: number): Promise<string> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), '127.0.0.1');
    let answer = '';
    socket.on('data', (d: Buffer) => (answer += d.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    socket.write(payload);
    setTimeout(() => socket.destroy(), waitMs).unref();
  });
}
