import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { resolve as resolvePath } from 'node:path';
import type { Socket } from 'node:net';
import type { LoadedConfig } from '../core/config/index.js';
import { systemClock, type Clock } from '../core/clock.js';
import { BastionError } from '../core/errors/index.js';
import { silentLogger, type Logger } from '../core/log.js';
import { createProviderRouter, type ModelAdapter, type ProviderRouter } from '../providers/index.js';
import type { AssistantRoutes } from '../assistant/index.js';
import { createGuardEngine, type GuardEngine } from '../guards/engine.js';
import type { Store } from '../store/types.js';
import { createApprovals } from './approvals.js';
import type { ClusterLink } from './cluster/worker-link.js';
import { RequestContext } from './context.js';
import type { GatewayCore } from './core.js';
import { sendError } from './error-funnel.js';
import { createGatewayMetrics } from './metrics.js';
import { finishRequest, writeAudit } from './pipeline.js';
import { handleAdmin } from './routes/admin.js';
import { handleFeedback, handlePassage } from './routes/assistant.js';
import { handleGuardScan } from './routes/guard-scan.js';
import { handleChat } from './routes/chat.js';
import { handleEmbeddings } from './routes/embeddings.js';
import { handleHealth } from './routes/health.js';
import { handleMetrics, handlePublicMetrics, refreshBreakerStates } from './routes/metrics.js';
import { handleModel, handleModels } from './routes/models.js';

export interface GatewayOptions {
  loaded: LoadedConfig;
  /** Keys, counters and audit. Without it every authenticated route answers 503. */
  store?: Store;
  logger?: Logger;
  /** Adapters for `local` provider models, e.g. the docs assistant's `bastion-docs`. */
  localModels?: Readonly<Record<string, ModelAdapter>>;
  clock?: Clock;
  /** The docs assistant's feedback and passage handlers (`POST /v1/feedback`, `GET /v1/docs/passages/:id`). */
  assistant?: AssistantRoutes;
  /**
   * Static pages served for GET/HEAD before the 404 (the web chat page at `/` and `/assets/*`); returns true
   * when it answered. Injected by the CLI because `web/` sits above `gateway/`. The page holds no data: every
   * API call it makes carries the user's key.
   */
  web?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Replaces the guard engine built from the config. */
  guards?: GuardEngine;
  /** Replaces the provider router built from the config (tests of the gateway alone). */
  providers?: ProviderRouter;
  /**
   * Set in a worker of `bastion serve --workers N`: metrics are answered for the whole server, key changes reach
   * every worker's auth cache at once, and tool-call approvals are kept by the primary.
   */
  cluster?: ClusterLink;
  /**
   * The gateway this one replaces (a config reload of `bastion serve`): its metrics (counters go on instead of
   * restarting at zero) and its pending tool-call approvals are kept.
   */
  carryOver?: Gateway;
}

export interface Gateway {
  /** Starts listening; resolves to the base URL, e.g. `http://127.0.0.1:8080`. */
  listen(port?: number, host?: string): Promise<string>;
  /** The metrics-only listener (`server.metrics.listen`), when configured; resolves to its URL. */
  listenMetrics(): Promise<string | undefined>;
  /** Stops accepting, lets in-flight requests finish (up to `graceMs`), then closes upstream pools. */
  close(graceMs?: number): Promise<void>;
  /** Models that cannot be served and why (for the start-up banner). */
  unavailableModels(): { model: string; reason: string }[];
  readonly core: GatewayCore;
  /** Answers one request: what this gateway's listener calls, and another gateway's after `handOver`. */
  readonly handle: (req: IncomingMessage, res: ServerResponse) => void;
  /** Answers one request on the metrics-only listener (`server.metrics.listen`). */
  readonly handleMetricsListener: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * A config reload: this gateway's listeners send new requests to `next` (created with `carryOver: this`, never
   * listening itself); requests in flight here finish here. Call it on the gateway that listens; its `close()`
   * then drains `next` too. Drain the gateway replaced with `retire()`.
   */
  handOver(next: Gateway): void;
  /**
   * Drains a gateway whose requests went to another (`handOver`): waits up to `graceMs` for its requests in flight,
   * aborts the rest, then closes its upstream pools. Leaves the listeners alone.
   */
  retire(graceMs?: number): Promise<void>;
}

/** A route handler; `path` is the URL path without the query. */
type Handler = (ctx: RequestContext, gw: GatewayCore, path: string) => void | Promise<void>;

/**
 * Creates the gateway: a plain node:http server (no framework: every microsecond on this path is
 * added to every LLM call) whose routes run explicit, ordered stages over one request context.
 *
 * @example
 * const gateway = createGateway({ loaded: loadConfigFile('bastion.yaml'), store: await openStore(...) });
 * const url = await gateway.listen(8080, '127.0.0.1');
 */
export function createGateway(options: GatewayOptions): Gateway {
  const { config } = options.loaded;
  const log = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const metrics = options.carryOver?.core.metrics ?? createGatewayMetrics();
  const providers =
    options.providers ??
    createProviderRouter({
      loaded: options.loaded,
      localModels: options.localModels ?? {},
      clock,
      onBreakerChange: (event) => log.warn('circuit breaker changed state', { ...event }),
      onRetry: (event) => {
        metrics.upstreamRetries.inc({ provider: event.provider });
        log.info('retrying upstream call', {
          provider: event.provider,
          attempt: event.attempt,
          delayMs: event.delayMs,
        });
      },
    });
  const core: GatewayCore = {
    config,
    store: options.store,
    log,
    metrics,
    providers,
    availability: new Map(providers.availability.map((a) => [a.model, a])),
    clock,
    approvals: options.cluster?.approvals ?? options.carryOver?.core.approvals ?? createApprovals(),
    cluster: options.cluster,
    assistant: options.assistant,
    // Built once: a misspelled scanner id or bad options fail here, at start-up, not on a request.
    guards:
      options.guards ??
      (config.guards.enabled
        ? createGuardEngine(
            config.guards,
            Object.fromEntries(Object.entries(config.useCases).map(([id, uc]) => [id, uc.guards])),
            { logger: log },
          )
        : undefined),
    draining: false,
    auditFailedAt: 0,
  };

  options.cluster?.serve({
    snapshot: () => {
      refreshBreakerStates(core);
      const all = metrics.snapshot();
      // Requests this worker answered, labelled by worker: how evenly the kernel spreads connections. Summed from
      // the requests counter at scrape time, so the hot path counts nothing more.
      let handled = 0;
      for (const s of all.find((m) => m.name === 'bastion_requests_total')?.series ?? [])
        handled += s.value ?? 0;
      all.push({
        name: 'bastion_worker_requests_total',
        help: 'Requests answered by each worker process.',
        type: 'counter',
        labelNames: [],
        merge: 'per-worker',
        series: [{ values: [], value: handled }],
      });
      return all;
    },
    invalidateKey: (keyId) => options.store?.auth.invalidate(keyId),
  });

  const route = (method: string, path: string): { name: string; handler: Handler } | BastionError => {
    switch (path) {
      case '/healthz':
        return method === 'GET' || method === 'HEAD'
          ? { name: 'healthz', handler: handleHealth }
          : notAllowed(method, path);
      case '/v1/chat/completions':
        return method === 'POST' ? { name: 'chat', handler: handleChat } : notAllowed(method, path);
      case '/v1/embeddings':
        return method === 'POST'
          ? { name: 'embeddings', handler: handleEmbeddings }
          : notAllowed(method, path);
      case '/v1/models':
        return method === 'GET' ? { name: 'models', handler: handleModels } : notAllowed(method, path);
      case '/metrics':
        return method === 'GET' ? { name: 'metrics', handler: handleMetrics } : notAllowed(method, path);
    }
    if (path.startsWith('/v1/models/')) {
      return method === 'GET' ? { name: 'models', handler: handleModel } : notAllowed(method, path);
    }
    if (path === '/v1/guard/scan') {
      return method === 'POST' ? { name: 'guard_scan', handler: handleGuardScan } : notAllowed(method, path);
    }
    if (path === '/v1/feedback') {
      return method === 'POST' ? { name: 'feedback', handler: handleFeedback } : notAllowed(method, path);
    }
    if (path.startsWith('/v1/docs/passages/')) {
      return method === 'GET' ? { name: 'passage', handler: handlePassage } : notAllowed(method, path);
    }
    if (path.startsWith('/admin/v1/')) return { name: 'admin', handler: handleAdmin };
    return new BastionError('BASTION_ERR_GATEWAY_ROUTE_NOT_FOUND', `No route ${method} ${path}`);
  };

  const inFlight = new Set<RequestContext>();

  const onRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const ctx = new RequestContext(randomUUID(), req, res, log, performance.now());
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const found = route(req.method ?? 'GET', path);
    res.on('close', () => {
      // The client went away before the answer ended: stop upstream work at once.
      if (!res.writableFinished) ctx.abort.abort();
    });
    if (found instanceof BastionError) {
      if (options.web && (req.method === 'GET' || req.method === 'HEAD') && options.web(req, res)) return;
      ctx.route = 'unknown';
      void finishRequest(ctx, core, found);
      return;
    }
    ctx.route = found.name;
    // Draining (shutdown, or a worker replaced by a reload): a request that still arrives on an open keep-alive
    // connection is answered, and that connection closes after it, so the client's next request opens a new one
    // (to another worker or replica) instead of getting an error it must retry.
    if (core.draining) res.shouldKeepAlive = false;
    inFlight.add(ctx);
    core.metrics.inFlight.set({}, inFlight.size);
    let pending: void | Promise<void>;
    try {
      pending = found.handler(ctx, core, path);
    } catch (error) {
      pending = Promise.reject(error);
    }
    const done = (thrown?: unknown): void => {
      const end = finishRequest(ctx, core, thrown);
      void end.finally(() => {
        inFlight.delete(ctx);
        core.metrics.inFlight.set({}, inFlight.size);
        if (ctx.route === 'admin' && thrown === undefined && !ctx.audited) {
          // Key changes leave an audit record too; the response is already out, so a failure is only logged.
          writeAudit(ctx, core).catch((error: unknown) =>
            log.error('audit append failed for an admin action', { requestId: ctx.id, error }),
          );
        }
        if (inFlight.size === 0 && drainWaiters.size > 0) {
          for (const resolve of drainWaiters) resolve();
          drainWaiters.clear();
        }
      });
    };
    if (pending instanceof Promise) pending.then(() => done(), done);
    else done();
  };

  const sockets = new Set<Socket>();
  const makeServer = (handler: (req: IncomingMessage, res: ServerResponse) => void, tls = false): Server => {
    const tlsFiles =
      tls && config.server.tls ? readTls(config.server.tls, options.loaded.baseDir) : undefined;
    const create = (tlsFiles ? createHttpsServer : createServer) as typeof createServer;
    const server = create(
      {
        ...tlsFiles,
        // The body reader enforces requestTimeout with a JSON 408 and a log line; node's own check is the backstop.
        requestTimeout: config.server.requestTimeout + 2000,
        headersTimeout: config.server.headersTimeout,
        keepAliveTimeout: config.server.keepAliveTimeout,
        // Timeouts are enforced by a periodic sweep; check often enough that a 10 s limit means ~10 s.
        connectionsCheckingInterval: Math.max(
          100,
          Math.min(1000, Math.floor(config.server.headersTimeout / 4)),
        ),
        noDelay: true,
      },
      handler,
    );
    server.on('connection', (socket: Socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) =>
      onClientError(error, socket, log),
    );
    return server;
  };

  const onMetricsRequest = (req: IncomingMessage, res: ServerResponse): void => {
    const ctx = new RequestContext(randomUUID(), req, res, log, performance.now());
    const path = (req.url ?? '/').split('?', 1)[0];
    ctx.route = 'metrics';
    if (path === '/metrics' && req.method === 'GET')
      handlePublicMetrics(ctx, core).catch((error: unknown) => sendError(res, error, log, ctx.id));
    else
      sendError(
        res,
        new BastionError('BASTION_ERR_GATEWAY_ROUTE_NOT_FOUND', 'This listener serves GET /metrics only'),
        log,
        ctx.id,
      );
  };

  const server = makeServer(onRequest, true);
  const scheme = config.server.tls ? 'https' : 'http';
  let metricsServer: Server | undefined;
  // close() and retire() may both wait (a reload's retire, then a shutdown): each is told when none is in flight.
  const drainWaiters = new Set<() => void>();
  // The gateway this one's listeners hand their requests to (handOver, a config reload).
  let successor: Gateway | undefined;
  const waitInFlight = async (graceMs: number): Promise<void> => {
    if (inFlight.size === 0) return;
    await Promise.race([
      new Promise<void>((resolve) => {
        drainWaiters.add(resolve);
      }),
      new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref()),
    ]);
  };

  return {
    core,
    listen(port = config.server.port, host = config.server.host) {
      return listenOn(server, port, host, scheme);
    },
    async listenMetrics() {
      const address = config.server.metrics.listen;
      if (!address) return undefined;
      const { host, port } = splitHostPort(address);
      metricsServer = makeServer(successor?.handleMetricsListener ?? onMetricsRequest);
      return listenOn(metricsServer, port, host);
    },
    async close(graceMs = 10_000) {
      core.draining = true;
      // Answers not yet started say "Connection: close" too; node keeps a busy connection open after close().
      for (const ctx of inFlight) if (!ctx.res.headersSent) ctx.res.shouldKeepAlive = false;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.all([waitInFlight(graceMs), successor?.retire(graceMs)]);
      for (const ctx of inFlight) ctx.abort.abort();
      for (const socket of sockets) socket.destroy();
      await stopped;
      if (metricsServer) {
        const m = metricsServer;
        await new Promise<void>((resolve) => m.close(() => resolve()));
      }
      await providers.close();
    },
    handle: onRequest,
    handleMetricsListener: onMetricsRequest,
    handOver(next) {
      successor = next;
      // node:http calls its 'request' listeners: the one given to createServer is the only one.
      server.removeAllListeners('request').on('request', next.handle);
      metricsServer?.removeAllListeners('request').on('request', next.handleMetricsListener);
    },
    async retire(graceMs = 10_000) {
      // Requests still arriving here (none after handOver) would be told to close their connection.
      core.draining = true;
      await waitInFlight(graceMs);
      for (const ctx of inFlight) ctx.abort.abort();
      await providers.close();
    },
    unavailableModels() {
      const out: { model: string; reason: string }[] = [];
      for (const a of providers.availability)
        if (!a.available) out.push({ model: a.model, reason: a.reason ?? 'unavailable' });
      return out;
    },
  };
}

/** TLS certificate and key files, read once at start-up (relative paths against the config file). */
function readTls(tls: { cert: string; key: string }, baseDir: string): { cert: Buffer; key: Buffer } {
  try {
    return {
      cert: readFileSync(resolvePath(baseDir, tls.cert)),
      key: readFileSync(resolvePath(baseDir, tls.key)),
    };
  } catch (cause) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_LISTEN',
      `server.tls: cannot read the certificate or key: ${String(cause)}`,
      {
        cause,
      },
    );
  }
}

function notAllowed(method: string, path: string): BastionError {
  return new BastionError('BASTION_ERR_GATEWAY_METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}`);
}

/**
 * Errors node:http raises before a request object exists: stalled headers (slow-loris), oversized or
 * malformed headers. Each gets a JSON error and a log line, then the connection closes.
 */
function onClientError(error: NodeJS.ErrnoException, socket: Socket, log: Logger): void {
  const code = error.code ?? 'unknown';
  const [status, message] =
    code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The client did not send the request in time']
      : code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'Request headers are too large']
        : code === 'ECONNRESET'
          ? [0, '']
          : [400, 'Malformed HTTP request'];
  if (status !== 0) log.warn(message, { code: 'BASTION_ERR_GATEWAY_CLIENT_ERROR', cause: code, status });
  if (status === 0 || !socket.writable) {
    socket.destroy();
    return;
  }
  const body = JSON.stringify({
    error: {
      message,
      type: 'invalid_request_error',
      code: status === 408 ? 'BASTION_ERR_GATEWAY_REQUEST_TIMEOUT' : 'BASTION_ERR_GATEWAY_REQUEST_INVALID',
      param: null,
    },
  });
  socket.end(
    `HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function listenOn(server: Server, port: number, host: string, scheme = 'http'): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (cause: Error): void =>
      reject(
        new BastionError('BASTION_ERR_GATEWAY_LISTEN', `Cannot listen on ${host}:${port}: ${cause.message}`, {
          cause,
        }),
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const address = server.address();
      const actual = typeof address === 'object' && address !== null ? address.port : port;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve(`${scheme}://${shown}:${actual}`);
    });
  });
}

function splitHostPort(address: string): { host: string; port: number } {
  const match = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(address);
  if (!match) {
    throw new BastionError(
      'BASTION_ERR_GATEWAY_LISTEN',
      `server.metrics.listen: expected HOST:PORT, got "${address}"`,
    );
  }
  return { host: match[1] ?? match[2] ?? '127.0.0.1', port: Number(match[3]) };
}
