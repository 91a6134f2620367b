/**
 * The HTTP bad-input sweep: every route that takes a body or a query, fed what clients get wrong. Each answer must be
 * a specific 4xx with an OpenAI-style body `{error:{message,type,code}}`, logged with its code and without the raw
 * prompt, and the gateway must keep serving. test/gateway/bad-input.e2e.test.ts covers chat in depth (limits,
 * chunked bodies, slow loris); this file covers the other routes the same way, table-driven.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssistantRoutes } from '../../src/assistant/index.js';
import { openAssistantAt, type AssistantRuntime } from '../../src/assistant/runtime.js';
import { parseConfig } from '../../src/core/config/index.js';
import { createLogger } from '../../src/core/log.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { serveWebAsset } from '../../src/web/index.js';
import { startFakeUpstream, type FakeUpstream } from '../fixtures/fake-upstream.js';
import { TEST_ENV, defaultYaml, raw, rawSocket } from '../gateway/harness.js';

let dir: string;
let url: string;
let gateway: Gateway;
let store: Store;
let up: FakeUpstream;
let up2: FakeUpstream;
let runtime: AssistantRuntime;
const logs: Record<string, unknown>[] = [];
let app = '';
let admin = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bastion-http-bad-'));
  up = await startFakeUpstream({ apiKey: 'upstream-key' });
  up2 = await startFakeUpstream();
  const loaded = parseConfig(
    defaultYaml({ up: up.baseUrl, up2: up2.baseUrl, db: join(dir, 'b.db') }),
    '<inline>',
    // The fake upstream's key and the metrics token come from the environment, as secrets must.
    { env: TEST_ENV },
  );
  const logger = createLogger({
    level: 'debug',
    write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>),
  });
  store = await openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
  runtime = openAssistantAt(join(dir, 'docs.db'), loaded);
  gateway = createGateway({
    loaded,
    store,
    logger,
    assistant: createAssistantRoutes(runtime),
    web: serveWebAsset,
  });
  url = await gateway.listen(0, '127.0.0.1');
  app = (await store.keys.create({ useCase: 'app' })).secret;
  admin = (await store.keys.create({ useCase: null, admin: true })).secret;
});

afterAll(async () => {
  await gateway.close(1000);
  await store.close();
  await runtime.close();
  await up.close();
  await up2.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A marker in every bad body: it must never reach a log line (prompts and secrets stay out of logs). */
const PROMPT = 'PROMPT-MARKER-sk-this-is-the-users-text';

interface Route {
  path: string;
  key: () => string;
  /** A valid body, to prove the route works and to derive the bad ones from. */
  good: Record<string, unknown>;
  /** A body with a field of the wrong type, and the field the error must name. */
  wrongType: [Record<string, unknown>, string];
  /** The code the route answers a valid-JSON-but-wrong body with. */
  invalidCode: string;
  /**
   * Whether an unknown field is refused. OpenAI's own request bodies are loose on purpose (src/gateway/api-schemas.ts:
   * OpenAI adds parameters often and a proxy that rejects them breaks SDK upgrades); Bastion's own APIs are strict.
   */
  strict: boolean;
}

const ROUTES: Route[] = [
  {
    path: '/v1/chat/completions',
    key: () => app,
    good: { model: 'fast', messages: [{ role: 'user', content: PROMPT }] },
    wrongType: [{ model: 'fast', messages: PROMPT }, 'messages'],
    invalidCode: 'BASTION_ERR_GATEWAY_REQUEST_INVALID',
    strict: false,
  },
  {
    path: '/v1/embeddings',
    key: () => app,
    good: { model: 'embed', input: PROMPT },
    wrongType: [{ model: 'embed', input: 42 }, 'input'],
    invalidCode: 'BASTION_ERR_GATEWAY_REQUEST_INVALID',
    strict: false,
  },
  {
    path: '/v1/guard/scan',
    key: () => app,
    good: { text: PROMPT },
    wrongType: [{ text: PROMPT, direction: 7 }, 'direction'],
    invalidCode: 'BASTION_ERR_GUARDS_SCAN_INPUT',
    strict: true,
  },
  {
    path: '/v1/feedback',
    key: () => app,
    good: { response_id: 'chatcmpl-1', rating: 'up', comment: PROMPT },
    wrongType: [{ response_id: 'chatcmpl-1', rating: 5, comment: PROMPT }, 'rating'],
    invalidCode: 'BASTION_ERR_ASSISTANT_FEEDBACK_INVALID',
    strict: true,
  },
  {
    path: '/admin/v1/keys',
    key: () => admin,
    good: { useCase: 'app', name: 'sweep' },
    wrongType: [{ useCase: 'app', name: 'sweep', limits: { rpm: 'many' } }, 'limits.rpm'],
    invalidCode: 'BASTION_ERR_GATEWAY_REQUEST_INVALID',
    strict: true,
  },
];

type Answer = Awaited<ReturnType<typeof raw>>;

function send(route: Route, body: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return raw(`${url}${route.path}`, {
    headers: { authorization: `Bearer ${route.key()}`, ...headers },
    body,
  });
}

/** The answer is an OpenAI-style error with this status and code, and the gateway logged that code. */
function expectError(res: Answer, status: number, code: string, what: string): void {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  const error = (res.json?.error ?? {}) as Record<string, unknown>;
  expect(error.code, what).toBe(code);
  expect(typeof error.message, what).toBe('string');
  expect(typeof error.type, what).toBe('string');
  expect(res.headers.get('content-type'), what).toMatch(/^application\/json/);
  expect(
    logs.some((l) => l.code === code && (l.level === 'warn' || l.level === 'error')),
    `${what}: a log line with ${code}`,
  ).toBe(true);
}

describe.each(ROUTES)('POST $path with bad input', (route) => {
  const json = (value: unknown) => JSON.stringify(value);

  it('accepts the valid body (so the refusals below are about the input)', async () => {
    const res = await send(route, json(route.good));
    expect(res.status, res.text).toBeLessThan(300);
  });

  it('malformed JSON, an empty body, and JSON that is not an object: 400', async () => {
    expectError(
      await send(route, `{"text": "${PROMPT}`),
      400,
      'BASTION_ERR_GATEWAY_BODY_MALFORMED',
      'truncated JSON',
    );
    expectError(
      await send(route, `${PROMPT} is not JSON`),
      400,
      'BASTION_ERR_GATEWAY_BODY_MALFORMED',
      'prose',
    );
    expectError(await send(route, ''), 400, 'BASTION_ERR_GATEWAY_BODY_MALFORMED', 'empty body');
    for (const value of [[route.good], 'text', 42, null]) {
      const res = await send(route, json(value));
      expect(res.status, `${json(value)}: ${res.text}`).toBe(400);
      expect((res.json?.error as { code?: string } | undefined)?.code).toBe(route.invalidCode);
    }
  });

  it('a field of the wrong type, missing fields, an unknown field: 400 naming the field', async () => {
    const [body, field] = route.wrongType;
    const wrong = await send(route, json(body));
    expectError(wrong, 400, route.invalidCode, 'wrong type');
    expect(JSON.stringify(wrong.json)).toContain(field);
    expectError(await send(route, json({})), 400, route.invalidCode, 'missing fields');
    const unknown = await send(route, json({ ...route.good, surprise: true }));
    if (route.strict) {
      expectError(unknown, 400, route.invalidCode, 'unknown field');
      expect(JSON.stringify(unknown.json)).toContain('surprise');
    } else expect(unknown.status, unknown.text).toBe(200);
  });

  it('invalid UTF-8: 400; a wrong content type or a compressed body: 415; a body over the limit: 413', async () => {
    const bad = Buffer.concat([
      Buffer.from(`{"text":"${PROMPT} `),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('"}'),
    ]);
    expectError(await send(route, bad), 400, 'BASTION_ERR_GATEWAY_BODY_ENCODING', 'invalid UTF-8');
    expectError(
      await send(route, PROMPT, { 'content-type': 'text/plain' }),
      415,
      'BASTION_ERR_GATEWAY_CONTENT_TYPE',
      'text/plain',
    );
    const gzipped = await send(route, gzipSync(json(route.good)), { 'content-encoding': 'gzip' });
    expectError(gzipped, 415, 'BASTION_ERR_GATEWAY_CONTENT_TYPE', 'gzip body');
    expect((gzipped.json?.error as { message: string }).message).toContain('Content-Encoding "gzip"');
    expectError(
      await send(route, json({ ...route.good, name: 'x'.repeat(40_000) })),
      413,
      'BASTION_ERR_GATEWAY_BODY_TOO_LARGE',
      'over the 16 kB limit',
    );
  });

  it('a body that stalls mid-way: 408 within the request timeout, and the connection closes', async () => {
    const answer = await rawSocket(
      url,
      `POST ${route.path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${route.key()}\r\n` +
        `Content-Type: application/json\r\nContent-Length: 200\r\n\r\n{"text": "${PROMPT}`,
      6000,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('BASTION_ERR_GATEWAY_REQUEST_TIMEOUT');
    expect(answer).toMatch(/connection: close/i);
  });
});

describe('query strings', () => {
  const get = (path: string, secret = admin) =>
    raw(`${url}${path}`, { method: 'GET', headers: { authorization: `Bearer ${secret}` } });

  it('admin: a boolean query that is not true/false, or a parameter the route does not know: 400 naming it', async () => {
    expect((await get('/admin/v1/keys?include_revoked=true')).status).toBe(200);
    const maybe = await get('/admin/v1/keys?include_revoked=maybe');
    expectError(maybe, 400, 'BASTION_ERR_GATEWAY_REQUEST_INVALID', 'include_revoked=maybe');
    expect((maybe.json?.error as { param?: string }).param).toBe('include_revoked');
    const unknown = await get('/admin/v1/keys?includeRevoked=true');
    expectError(unknown, 400, 'BASTION_ERR_GATEWAY_REQUEST_INVALID', 'unknown parameter');
    expect((unknown.json?.error as { message: string }).message).toContain('includeRevoked');
    expectError(
      await get('/admin/v1/approvals?status=held'),
      400,
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      'approvals',
    );
  });

  it('OpenAI routes ignore query parameters, as OpenAI does (Azure clients add ?api-version=…)', async () => {
    expect((await get('/v1/models?api-version=2024-06-01', app)).status).toBe(200);
    const chat = await raw(`${url}/v1/chat/completions?api-version=2024-06-01`, {
      headers: { authorization: `Bearer ${app}` },
      body: JSON.stringify({ model: 'fast', messages: [{ role: 'user', content: 'hi' }] }),
    });
    expect(chat.status, chat.text).toBe(200);
  });

  it('path parameters that are not valid URL encoding, or name nothing: 400 / 404, never a crash', async () => {
    expectError(
      await get('/v1/models/%E0%A4%A', app),
      400,
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      'model id',
    );
    expectError(
      await get('/v1/docs/passages/%ZZ', app),
      400,
      'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      'passage id',
    );
    expectError(
      await get('/v1/docs/passages/p_0123456789abcdef', app),
      404,
      'BASTION_ERR_ASSISTANT_PASSAGE_NOT_FOUND',
      'unknown passage',
    );
    expectError(await get('/admin/v1/keys/key_nope'), 404, 'BASTION_ERR_STORE_KEY_NOT_FOUND', 'unknown key');
    expectError(
      await get('/admin/v1/approvals/apr_000000000000000000000000'),
      404,
      'BASTION_ERR_GATEWAY_APPROVAL_NOT_FOUND',
      'unknown approval',
    );
  });

  it('web routes: the page ignores a query; a POST to it or an unknown page is a JSON 404/405, not HTML', async () => {
    expect((await fetch(`${url}/?utm_source=x`)).status).toBe(200);
    const post = await raw(`${url}/`, { body: PROMPT, headers: { 'content-type': 'text/plain' } });
    expect(post.status).toBe(404);
    expect((post.json?.error as { code?: string }).code).toBe('BASTION_ERR_GATEWAY_ROUTE_NOT_FOUND');
    expect((await fetch(`${url}/assets/nope.js`)).status).toBe(404);
  });
});

describe('malformed HTTP', () => {
  it.each([
    ['a header line without a colon', 'GET /v1/models HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n', 400],
    [
      'Content-Length with Transfer-Encoding (request smuggling)',
      'POST /v1/guard/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      400,
    ],
    [
      'two different Content-Lengths',
      'POST /v1/guard/scan HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello',
      400,
    ],
    ['not HTTP at all', `${PROMPT}\r\n\r\n`, 400],
    ['headers over 16 kB', `GET /v1/models HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ])('%s: %i with a JSON error body, then the connection closes', async (_what, payload, status) => {
    const answer = await rawSocket(url, payload, 3000);
    expect(answer.startsWith(`HTTP/1.1 ${status} `), answer).toBe(true);
    expect(answer).toMatch(/connection: close/i);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string } };
    expect(body.error.code).toMatch(/^BASTION_ERR_GATEWAY_/);
  });
});

describe('clients that go away', () => {
  it.each([
    ['/v1/embeddings', { model: 'embed', input: PROMPT }, 'embed'],
    ['/v1/chat/completions', { model: 'fast', messages: [{ role: 'user', content: PROMPT }] }, 'fast'],
  ])(
    'a client that disconnects while the provider answers %s: the call is still audited (499)',
    async (path, body, model) => {
      up.set({ latencyMs: 400 });
      const before = up.requests;
      const controller = new AbortController();
      const pending = fetch(`${url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${app}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: controller.signal,
      }).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
      controller.abort();
      await pending;
      await new Promise((r) => setTimeout(r, 600));
      up.set({});
      expect(up.requests).toBe(before + 1);
      const records = [];
      for await (const record of store.audit.export()) records.push(record);
      const last = records[records.length - 1];
      expect(last?.status).toBe(499);
      expect(last?.model).toBe(model);
      expect((await store.audit.verify()).ok).toBe(true);
    },
  );

  it('a client that closes mid-body: logged, no crash, and the gateway keeps serving', async () => {
    const { port } = new URL(url);
    await new Promise<void>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /v1/guard/scan HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${app}\r\n` +
            `Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{"text": "${PROMPT}`,
          () => setTimeout(() => socket.destroy(), 50),
        );
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    await new Promise((r) => setTimeout(r, 200));
    const ok = await raw(`${url}/v1/guard/scan`, {
      headers: { authorization: `Bearer ${app}` },
      body: JSON.stringify({ text: 'still here' }),
    });
    expect(ok.status).toBe(200);
  });
});

describe('logs', () => {
  it('no log line of the whole sweep holds the raw prompt', () => {
    expect(logs.length).toBeGreaterThan(50);
    const leaking = logs.filter((l) => JSON.stringify(l).includes(PROMPT.slice(0, 10)));
    expect(leaking).toEqual([]);
  });
});
