import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { BastionError, isBastionError } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import { silentLogger } from '../../core/log.js';
import { isLoopback } from './address.js';
import { ProxyRegistry, type ProxyRegistryOptions } from './registry.js';
import { TOXICS } from './toxics/index.js';

/** The Toxiproxy API version this server mirrors; clients that check the version see a 2.x. */
export const TOXIPROXY_API_VERSION = '2.12.0';
const MAX_BODY = 1024 * 1024;

export interface FaultProxyServerOptions extends ProxyRegistryOptions {
  logger?: Logger;
}

export interface FaultProxyServer {
  readonly registry: ProxyRegistry;
  /** Starts the control API; returns its base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

type Handler = (match: RegExpExecArray, body: () => Promise<unknown>) => Promise<[number, unknown]>;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY)
      throw new BastionError('BASTION_ERR_CHAOS_REQUEST_INVALID', 'request body larger than 1 MiB');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8').trim();
  if (text === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    throw new BastionError('BASTION_ERR_CHAOS_REQUEST_INVALID', 'request body is not valid JSON', { cause });
  }
}

/**
 * The fault proxy with its Toxiproxy-compatible HTTP control API (default port 8474), so existing
 * Toxiproxy clients drive it unchanged.
 *
 * @example
 * const server = createFaultProxyServer({ allowUpstreams: [] });
 * const url = await server.listen(8474); // http://127.0.0.1:8474
 */
export function createFaultProxyServer(options: FaultProxyServerOptions = {}): FaultProxyServer {
  const registry = new ProxyRegistry(options);
  const log = options.logger ?? silentLogger;
  const p = (n: string) => decodeURIComponent(n);

  const routes: [string, RegExp, Handler][] = [
    ['GET', /^\/version$/, async () => [200, { version: TOXIPROXY_API_VERSION, server: 'bastion-chaos' }]],
    ['POST', /^\/reset$/, async () => (await registry.reset(), [204, undefined])],
    [
      'GET',
      /^\/toxics$/,
      async () => [
        200,
        Object.entries(TOXICS).map(([type, d]) => ({ type, level: d.level, description: d.description })),
      ],
    ],
    ['GET', /^\/proxies$/, async () => [200, registry.list()]],
    ['POST', /^\/proxies$/, async (_m, body) => [201, await registry.create(await body())]],
    ['POST', /^\/populate$/, async (_m, body) => [201, { proxies: await registry.populate(await body()) }]],
    ['GET', /^\/proxies\/([^/]+)$/, async (m) => [200, registry.get(p(m[1] ?? '')).toJSON()]],
    [
      'POST',
      /^\/proxies\/([^/]+)$/,
      async (m, body) => [200, await registry.update(p(m[1] ?? ''), await body())],
    ],
    [
      'PATCH',
      /^\/proxies\/([^/]+)$/,
      async (m, body) => [200, await registry.update(p(m[1] ?? ''), await body())],
    ],
    ['DELETE', /^\/proxies\/([^/]+)$/, async (m) => (await registry.remove(p(m[1] ?? '')), [204, undefined])],
    ['GET', /^\/proxies\/([^/]+)\/toxics$/, async (m) => [200, registry.toxics(p(m[1] ?? ''))]],
    [
      'POST',
      /^\/proxies\/([^/]+)\/toxics$/,
      async (m, body) => [200, registry.addToxic(p(m[1] ?? ''), await body())],
    ],
    [
      'GET',
      /^\/proxies\/([^/]+)\/toxics\/([^/]+)$/,
      async (m) => [200, registry.toxic(p(m[1] ?? ''), p(m[2] ?? ''))],
    ],
    [
      'POST',
      /^\/proxies\/([^/]+)\/toxics\/([^/]+)$/,
      async (m, body) => [200, registry.updateToxic(p(m[1] ?? ''), p(m[2] ?? ''), await body())],
    ],
    [
      'PATCH',
      /^\/proxies\/([^/]+)\/toxics\/([^/]+)$/,
      async (m, body) => [200, registry.updateToxic(p(m[1] ?? ''), p(m[2] ?? ''), await body())],
    ],
    [
      'DELETE',
      /^\/proxies\/([^/]+)\/toxics\/([^/]+)$/,
      async (m) => (registry.removeToxic(p(m[1] ?? ''), p(m[2] ?? '')), [204, undefined]),
    ],
  ];

  const send = (res: ServerResponse, status: number, body: unknown) => {
    if (body === undefined) {
      res.writeHead(status).end();
      return;
    }
    const text = JSON.stringify(body);
    res
      .writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) })
      .end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname.replace(/\/+$/, '') || '/';
    let pathMatched = false;
    try {
      for (const [method, pattern, handler] of routes) {
        const match = pattern.exec(path);
        if (!match) continue;
        pathMatched = true;
        if (method !== req.method) continue;
        const [status, body] = await handler(match, () => readJson(req));
        send(res, status, body);
        return;
      }
      send(res, pathMatched ? 405 : 404, {
        error: pathMatched ? 'method not allowed' : 'not found',
        status: pathMatched ? 405 : 404,
      });
    } catch (error) {
      if (isBastionError(error) && error.expose) {
        send(res, error.status, { error: error.message, status: error.status, code: error.code });
        return;
      }
      log.error('fault proxy API error', { error, path });
      send(res, 500, { error: 'internal error', status: 500 });
    }
  };

  let server: Server | undefined;
  return {
    registry,
    async listen(port, host = '127.0.0.1') {
      if (!options.allowNonLoopbackListen && !isLoopback(host)) {
        throw new BastionError(
          'BASTION_ERR_CHAOS_LISTEN_NOT_ALLOWED',
          `control API host ${host} is not loopback (use --allow-non-loopback)`,
        );
      }
      const s = createServer((req, res) => void handle(req, res));
      await new Promise<void>((resolve, reject) => {
        s.once('error', (cause) =>
          reject(
            new BastionError('BASTION_ERR_CHAOS_LISTEN_FAILED', `cannot listen on ${host}:${port}`, {
              cause,
            }),
          ),
        );
        s.listen(port, host, () => resolve());
      });
      server = s;
      const address = s.address();
      const actual = address && typeof address === 'object' ? address.port : port;
      return `http://${host.includes(':') ? `[${host}]` : host}:${actual}`;
    },
    async close() {
      await registry.closeAll();
      const s = server;
      server = undefined;
      if (s) {
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
}
