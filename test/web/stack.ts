/**
 * The docs assistant behind the real gateway: real SQLite store (keys, audit, and the docs index in the same
 * file), `bastion-docs` registered as a local model, and the page, feedback and passage routes in front.
 *
 * Until the gateway mounts the web page and the assistant routes itself, a small front server here does that
 * mounting (assets, `POST /v1/feedback`, `GET /v1/docs/passages/:id`, each authenticated with the store's key
 * authenticator exactly as the gateway does) and forwards every other request to the real gateway unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAssistantRoutes,
  createDocsModel,
  openAssistant,
  type AssistantRuntime,
} from '../../src/assistant/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { isBastionError } from '../../src/core/errors/index.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { serveWebAsset } from '../../src/web/index.js';

export interface WebStack {
  url: string;
  gatewayUrl: string;
  store: Store;
  runtime: AssistantRuntime;
  key(useCase?: string): Promise<string>;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

export async function startWebStack(docsPaths: string[]): Promise<WebStack> {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-web-'));
  const db = join(dir, 'bastion.db');
  const loaded = parseConfig(
    `server: { host: 127.0.0.1, port: 0 }
store: sqlite://${db}
counters: memory
providers:
  local: { type: local, hosting: local }
models:
  bastion-docs: { provider: local, dataClasses: [public, internal, confidential, pii] }
useCases:
  # The extractive docs model can only return documentation text, so harmful-intent detection on questions
  # is flagged rather than blocking (the default detector also flags ordinary how-to questions).
  docs: { models: [bastion-docs], guards: { input: { harmful_intent: { action: flag } } } }
audit: { content: hashes }
assistant: { ingestOnStart: [] }
`,
    join(dir, 'bastion.yaml'),
  );
  const store = await openStore({
    store: loaded.config.store,
    counters: loaded.config.counters,
    baseDir: loaded.baseDir,
  });
  const runtime = openAssistant(loaded);
  runtime.ingest(docsPaths);
  const gateway: Gateway = createGateway({
    loaded,
    store,
    localModels: { 'bastion-docs': createDocsModel({ assistant: runtime.assistant }) },
  });
  const gatewayUrl = await gateway.listen(0, '127.0.0.1');
  const routes = createAssistantRoutes(runtime);
  const target = new URL(gatewayUrl);

  const front: Server = createServer((req, res) => {
    void (async () => {
      if (serveWebAsset(req, res)) return;
      const path = (req.url ?? '/').split('?', 1)[0] ?? '/';
      const passage = /^\/v1\/docs\/passages\/([^/]+)$/.exec(path);
      if ((path === '/v1/feedback' && req.method === 'POST') || (passage && req.method === 'GET')) {
        const secret = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
        const auth = await store.auth.authenticate(secret);
        if (!auth.ok)
          return json(res, 401, {
            error: {
              message: 'Invalid API key',
              type: 'authentication_error',
              code: 'BASTION_ERR_GATEWAY_AUTH_INVALID',
            },
          });
        try {
          const result = passage
            ? routes.passage(decodeURIComponent(passage[1] ?? ''))
            : routes.feedback(JSON.parse(await readBody(req)) as unknown, { keyId: auth.key.id });
          return json(res, result.status, result.body);
        } catch (error) {
          if (isBastionError(error))
            return json(res, error.status, {
              error: { message: error.message, type: error.type, code: error.code },
            });
          throw error;
        }
      }
      const upstream = request(
        { host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    })().catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const address = front.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    gatewayUrl,
    store,
    runtime,
    async key(useCase = 'docs') {
      return (await store.keys.create({ useCase })).secret;
    },
    async close() {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
      await gateway.close(500);
      await runtime.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
