import cluster from 'node:cluster';
import { createServer } from 'node:net';
import { availableParallelism } from 'node:os';
import type { Command } from 'commander';
import type { LoadedConfig } from '../../core/config/index.js';
import { BastionError, describeCauses, isBastionError } from '../../core/errors/index.js';
import { createLogger, type Logger } from '../../core/log.js';
import { startAuditRetention } from '../../store/audit-retention.js';
import { systemClock } from '../../core/clock.js';
import { FIRST_WORKER_ENV } from '../../gateway/cluster/messages.js';
import { superviseWorkers } from '../../gateway/cluster/supervisor.js';
import { connectToPrimary, type ClusterLink } from '../../gateway/cluster/worker-link.js';
import { tuneHeapForServing } from '../../gateway/heap-tuning.js';
import type { AssistantRuntime } from '../../assistant/index.js';
import type { GatewayRuntime } from '../shared/gateway-runtime.js';
import { numberFlag } from '../shared/number-flag.js';
import { loadCommandConfig, reloadCommandConfig, type CommandConfig } from '../shared/config.js';
import { storeLocation } from '../shared/store.js';
import { interruptedLines, stopOnCtrlC } from '../shared/ingest-interrupt.js';
import { IngestInterrupted } from '../shared/ingest-job.js';

interface ServeOptions {
  config?: string;
  host?: string;
  port?: string;
  workers?: string;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--port: expected a number from 0 to 65535, got "${value}"`,
    );
  }
  return port;
}

/** `--workers` / `server.workers`: a count, or "auto" for one per core the process may use. */
function resolveWorkers(flag: string | undefined, configured: number | 'auto'): number {
  const value =
    flag === undefined
      ? configured
      : flag === 'auto'
        ? 'auto'
        : numberFlag(
            '--workers',
            flag,
            { min: 1, max: 64, integer: true },
            'a whole number from 1 to 64, or auto',
          );
  return value === 'auto' ? Math.min(64, availableParallelism()) : value;
}

/**
 * What the docs index holds and, when the ingest guards held passages back, why and how to look at them: on a first
 * start Bastion's own docs (which quote attack prompts as examples) leave about a dozen, and a warning in the JSON
 * log was all a newcomer saw of it.
 */
function docsIndexLines(assistant: AssistantRuntime): string[] {
  const counts = assistant.docs.counts();
  const pending = assistant.docs.listQuarantine().filter((q) => q.status === 'pending').length;
  const lines = [`  Docs index: ${counts.sources} sources, ${counts.chunks} passages`];
  if (pending > 0) {
    lines.push(
      `  Held back for review: ${pending} passage${pending === 1 ? '' : 's'} that read as instructions to a model (docs quoting attack prompts as examples, as Bastion's own do); not answered from until released`,
      '    See them: npx bastion docs quarantine (then: show ID; release ID or reject ID, with --reason "…")',
    );
  }
  return lines;
}

/** The start-up banner after the URL line: base URL, chat page, metrics, models, how to make keys. */
async function bannerLines(
  runtime: GatewayRuntime,
  url: string,
  metricsUrl: string | undefined,
  loaded: LoadedConfig,
) {
  // A server started with --config keeps its keys in that config's store: a `keys create` without the same flag
  // would find ./bastion.yaml (or the built-in config) and make a key this server does not know (401).
  const origin = (loaded as Partial<CommandConfig>).origin;
  const flag =
    origin === 'flag'
      ? ` --config ${/\s/.test(loaded.file) ? JSON.stringify(loaded.file) : loaded.file}`
      : '';
  const { config } = runtime.gateway.core;
  const lines = [`  OpenAI-compatible base URL: ${url}/v1`];
  if (runtime.assistant)
    lines.push(`  Docs assistant chat page: ${url}/`, ...docsIndexLines(runtime.assistant.runtime));
  if (metricsUrl) lines.push(`  Prometheus metrics (no auth, separate listener): ${metricsUrl}/metrics`);
  const unavailable = runtime.gateway.unavailableModels();
  const available = Object.keys(config.models).filter((m) => !unavailable.some((u) => u.model === m));
  lines.push(`  Models available: ${available.join(', ') || 'none'}`);
  for (const { model, reason } of unavailable) lines.push(`  Model unavailable: ${model}: ${reason}`);
  const { store } = runtime;
  if ((await store.keys.count()) === 0 || !(await store.keys.list()).some((k) => k.admin)) {
    lines.push(`  No admin key exists yet. Create one with: npx bastion keys create --admin${flag}`);
  }
  if (Object.keys(config.useCases).length > 0) {
    lines.push(`  App keys: npx bastion keys create --use-case ${Object.keys(config.useCases)[0]}${flag}`);
  }
  return lines;
}

const out = (line: string): boolean => process.stdout.write(line + '\n');

interface Serving {
  runtime: GatewayRuntime;
  url: string;
  banner: string[];
  stop(): Promise<void>;
}

/** Binds `host:port` and lets it go again: throws the error the gateway's own listen would, now rather than later. */
function checkPortFree(port: number, host: string, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (cause: NodeJS.ErrnoException) => {
      const hint =
        cause.code === 'EADDRINUSE' ? ` (another process uses it; stop it, or choose another ${what})` : '';
      reject(
        new BastionError(
          'BASTION_ERR_GATEWAY_LISTEN',
          `Cannot listen on ${host}:${port}: ${cause.message}${hint}`,
          {
            cause,
          },
        ),
      );
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/**
 * The docs assistant's first-start ingest runs before the gateway listens (the assistant is ready when the server
 * says it is), and it can take minutes: a port another process holds must fail before it, not after. Port 0 (any
 * free port) cannot be taken. In a `--workers` worker the probe goes through the primary like the real listen.
 */
async function checkListenersFree(loaded: LoadedConfig, port: number, host: string): Promise<void> {
  if (port !== 0) await checkPortFree(port, host, '--port');
  const metrics = /^(?:\[([^\]]+)\]|([^:]+)):(\d+)$/.exec(loaded.config.server.metrics.listen ?? '');
  const metricsPort = Number(metrics?.[3] ?? 0);
  // An address that does not parse is reported by the gateway, with its field name.
  if (metrics && metricsPort !== 0)
    await checkPortFree(metricsPort, metrics[1] ?? metrics[2] ?? '', 'server.metrics.listen');
}

/** One gateway process: store, assistant, gateway, listeners, audit retention (when `retention` is set). */
async function startServing(
  loaded: LoadedConfig,
  logger: Logger,
  options: {
    port: number;
    host: string;
    ingest: boolean;
    retention: boolean;
    cluster?: ClusterLink;
    ingestSignal?: AbortSignal;
  },
): Promise<Serving> {
  const { config } = loaded;
  if (options.ingest) await checkListenersFree(loaded, options.port, options.host);
  // Loaded here, not at the top: the primary of --workers N never serves, and without the gateway, guards and
  // assistant modules it stays ~65 MiB (it parses the config) instead of ~90.
  const { startGatewayRuntime } = await import('../shared/gateway-runtime.js');
  const runtime = await startGatewayRuntime(loaded, logger, {
    ingest: options.ingest,
    ...(options.cluster ? { cluster: options.cluster } : {}),
    ...(options.ingestSignal ? { ingestSignal: options.ingestSignal } : {}),
  });
  let url: string;
  let metricsUrl: string | undefined;
  try {
    url = await runtime.gateway.listen(options.port, options.host);
    metricsUrl = await runtime.gateway.listenMetrics();
  } catch (error) {
    await runtime.close();
    throw error;
  }
  // audit.retentionDays: purge now and hourly; the chain stays verifiable (anchored purges). One process does it.
  const retention = options.retention
    ? startAuditRetention(runtime.store.audit, {
        retentionDays: config.audit.retentionDays,
        clock: systemClock,
        logger,
      })
    : undefined;
  return {
    runtime,
    url,
    banner: await bannerLines(runtime, url, metricsUrl, loaded),
    async stop() {
      await retention?.stop();
      await runtime.close();
    },
  };
}

/** SIGINT/SIGTERM (and `more` other triggers) drain once; a second signal exits at once with 130. */
function onStopSignals(logger: Logger, stop: () => Promise<void>, more: ((fire: () => void) => void)[] = []) {
  let stopping = false;
  const fire = (signal: string): void => {
    if (stopping) {
      if (signal === 'SIGINT' || signal === 'SIGTERM') {
        process.stderr.write(`bastion: second ${signal}, exiting without draining\n`);
        process.exit(130);
      }
      return;
    }
    stopping = true;
    logger.info('shutting down: draining in-flight requests', { signal });
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`bastion: shutdown failed: ${describeCauses(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => fire('SIGINT'));
  process.on('SIGTERM', () => fire('SIGTERM'));
  for (const hook of more) hook(() => fire('primary'));
}

/**
 * `bastion serve` with one process (server.workers 1): no primary, nothing shared but the store. SIGHUP reloads the
 * config in place (config-reload.ts): new requests get the new gateway, requests in flight finish on the old one.
 */
async function serveSingle(
  loaded: CommandConfig,
  logger: Logger,
  port: number,
  host: string,
  options: ServeOptions,
): Promise<void> {
  // Ctrl-C while starting (the first start's docs ingest can take minutes): the ingest stops after the batch being
  // written, says how far it got, and the process exits 130 without serving.
  const startup = new AbortController();
  const starting = stopOnCtrlC({ stop: () => startup.abort() });
  let serving: Serving;
  try {
    serving = await startServing(loaded, logger, {
      port,
      host,
      ingest: true,
      retention: false,
      ingestSignal: startup.signal,
    });
  } catch (error) {
    starting.off();
    if (!(error instanceof IngestInterrupted)) throw error;
    for (const line of interruptedLines(error, '`bastion serve`')) process.stderr.write(`${line}\n`);
    process.exit(130);
  }
  const { createConfigReloader } = await import('../shared/config-reload.js');
  const retentionFor = (l: LoadedConfig, log: Logger) =>
    startAuditRetention(serving.runtime.store.audit, {
      retentionDays: l.config.audit.retentionDays,
      clock: systemClock,
      logger: log,
    });
  let retention = retentionFor(loaded, logger);
  const reloader = createConfigReloader({
    first: { gateway: serving.runtime.gateway, assistant: serving.runtime.assistant },
    loaded,
    store: serving.runtime.store,
    logger,
    // The same file, found the same way as at start-up (a new bastion.yaml in a parent folder is not picked up).
    load: () => reloadCommandConfig(loaded),
    loggerFor: (l) =>
      createLogger({ level: l.config.logging.level, logContent: l.config.logging.logContent }),
    pinned: [
      ...(options.port !== undefined ? ['server.port'] : []),
      ...(options.host !== undefined ? ['server.host'] : []),
    ],
    async onReloaded(next, previous) {
      if (next.config.audit.retentionDays === previous.config.audit.retentionDays) return;
      await retention.stop();
      retention = retentionFor(next, logger);
    },
  });
  starting.off();
  if (startup.signal.aborted) {
    // Asked to stop after the ingest had ended, before the banner: it stops as it would later.
    await retention.stop();
    await reloader.stop();
    process.exit(130);
  }
  // Handlers first, banner after: a supervisor (or a test) that signals as soon as it reads the banner must not meet
  // the default action, which kills the process without draining (exit by signal, no code).
  process.on('SIGHUP', () => void reloader.reload());
  onStopSignals(logger, async () => {
    await retention.stop();
    await reloader.stop();
  });
  out(`Bastion gateway listening on ${serving.url}`);
  for (const line of serving.banner) out(line);
  out(`  Store: ${storeLocation(loaded)} (config: ${loaded.file})`);
  out(`  Reload the config without a restart: kill -HUP ${process.pid}`);
}

/**
 * The primary of `--workers N`: checks what only makes sense for one process (memory counters), forks the workers and
 * supervises them; it never serves, nor opens the store. Worker 1 starts alone and migrates the store and runs the
 * docs assistant's ingest once; the others start when it listens. Exits with the workers' error when they cannot
 * start.
 */
async function servePrimary(loaded: LoadedConfig, logger: Logger, workers: number): Promise<void> {
  const { config } = loaded;
  if (config.counters === 'memory') {
    throw new BastionError(
      'BASTION_ERR_CONFIG_INVALID',
      `${loaded.file}: counters: memory keeps rate limits and budgets inside one process, so ${workers} workers would each allow the full limit; use counters: sqlite (the store's file) or counters: redis://… with server.workers > 1`,
    );
  }
  const supervisor = superviseWorkers({
    workers,
    logger,
    onReady({ url, banner }) {
      out(`Bastion gateway listening on ${url}`);
      out(`  Workers: ${workers} processes share the port (primary pid ${process.pid})`);
      for (const line of banner) out(line);
      out(`  Store: ${storeLocation(loaded)} (config: ${loaded.file})`);
    },
  });
  process.on('SIGINT', () => supervisor.stop('SIGINT'));
  process.on('SIGTERM', () => supervisor.stop('SIGTERM'));
  // Rolling restart: new workers read the config file again; a broken one leaves the running workers serving.
  process.on('SIGHUP', () => void supervisor.reload());
  const { exitCode, error } = await supervisor.done;
  if (error) process.stderr.write(`bastion: ${error.message}\n  (${error.code})\n`);
  process.exit(exitCode);
}

/** A worker of `--workers N`: a whole gateway on the shared port; reports to the primary instead of printing. */
async function serveWorker(options: ServeOptions, portFlag: number | undefined): Promise<void> {
  const link = connectToPrimary();
  let serving: Serving;
  let log: Logger;
  // Ctrl-C in a terminal reaches every process of the group; the primary's shutdown reaches worker 1 by message. Both
  // stop the first-start docs ingest after its current batch instead of killing it mid-way.
  const startup = new AbortController();
  const stopStartup = (): void => startup.abort();
  process.on('SIGINT', stopStartup);
  process.on('SIGTERM', stopStartup);
  link.onShutdown(stopStartup);
  try {
    // Read again by every worker: after a reload (SIGHUP) the new workers serve the file as it is now, and a broken
    // file is reported to the primary (which keeps the running workers) like any other start failure.
    const loaded = loadCommandConfig(options.config);
    const { config } = loaded;
    log = createLogger({ level: config.logging.level, logContent: config.logging.logContent }).child({
      worker: link.slot,
    });
    serving = await startServing(loaded, log, {
      // node:cluster shares one socket per (host, port) among the workers: with --port 0 a restarted worker joins the
      // random port the others hold.
      port: portFlag ?? config.server.port,
      host: options.host ?? config.server.host,
      // Only the first start of worker 1 (alone, before the others) ingests: once per server start, never N at once.
      ingest: process.env[FIRST_WORKER_ENV] === '1',
      retention: link.slot === 1,
      cluster: link,
      ingestSignal: startup.signal,
    });
  } catch (error) {
    if (error instanceof IngestInterrupted) {
      // The server is stopping (the primary drains every worker): say how far the ingest got, and leave cleanly.
      for (const line of interruptedLines(error, '`bastion serve`')) process.stderr.write(`${line}\n`);
      process.exit(0);
    }
    // The primary prints it (once) and decides whether to retry; this process only reports and exits.
    const message = isBastionError(error) ? error.message : `unexpected error: ${describeCauses(error)}`;
    const exitCode = isBastionError(error) && error.status !== 0 ? 2 : 1;
    await link.fatal(message, exitCode);
    process.exit(exitCode);
  }
  process.off('SIGINT', stopStartup);
  process.off('SIGTERM', stopStartup);
  // A reload is the primary's (SIGHUP to the primary); a terminal hang-up reaching the whole group must not kill workers.
  process.on('SIGHUP', () => {});
  onStopSignals(log, () => serving.stop(), [
    (fire) => link.onShutdown(fire),
    // The primary is gone (killed): nobody would restart or stop this worker, so drain and leave.
    (fire) => (process.connected ? process.on('disconnect', fire) : fire()),
  ]);
  // Ready only once the handlers are in place (a signal right after would otherwise kill it undrained).
  link.ready(serving.url, serving.banner);
}

/** Registers `bastion serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the gateway: OpenAI-compatible API with keys, limits, guards and a hash-chained audit log',
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: $BASTION_CONFIG, the nearest bastion.yaml here or above, or the built-in one with its data in this folder)',
    )
    .option('--host <host>', 'listen address (overrides server.host)')
    .option('-p, --port <port>', 'listen port (overrides server.port; 0 picks a free one)')
    .option(
      '-w, --workers <n>',
      'gateway processes sharing the port, or "auto" for one per CPU core (overrides server.workers; default 1)',
    )
    .addHelpText(
      'after',
      '\nExamples:\n  npx bastion serve\n  npx bastion serve --config examples/gateway.yaml --port 9000\n  npx bastion serve --workers auto\n',
    )
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      // A serving process keeps its old generation near the live heap (see heap-tuning.ts for the measurements).
      tuneHeapForServing();
      if (cluster.isWorker) return serveWorker(options, port);
      // The same config and store as every other command (src/cli/shared/config.ts).
      const loaded = loadCommandConfig(options.config);
      const { config } = loaded;
      const logger = createLogger({ level: config.logging.level, logContent: config.logging.logContent });
      const listenPort = port ?? config.server.port;
      const host = options.host ?? config.server.host;
      const workers = resolveWorkers(options.workers, config.server.workers);
      if (workers > 1) return servePrimary(loaded, logger, workers);
      return serveSingle(loaded, logger, listenPort, host, options);
    });
}
