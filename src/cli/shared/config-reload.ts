import type { LoadedConfig } from '../../core/config/index.js';
import { describeCauses, isBastionError } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import type { Store } from '../../store/types.js';
import { buildGateway, type GatewayGeneration } from './gateway-runtime.js';

/**
 * Settings a reload cannot change in a running process: the listeners, their sockets' timeouts and certificate,
 * the store and counters (keys, limits and audit chain live there) and the process layout. A changed one is logged
 * and keeps its old value until a restart; everything else (models, providers, use cases, guards, limits, audit
 * content, logging, the docs assistant's settings) takes effect for new requests.
 */
export const RESTART_ONLY = [
  'server.host',
  'server.port',
  'server.tls',
  'server.requestTimeout',
  'server.headersTimeout',
  'server.keepAliveTimeout',
  'server.metrics.listen',
  'server.workers',
  'store',
  'counters',
] as const;

/** How long a replaced gateway's requests in flight (long streams included) may take before they are aborted. */
export const RELOAD_GRACE_MS = 120_000;

function valueAt(config: LoadedConfig['config'], path: string): unknown {
  let value: unknown = config;
  for (const part of path.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

/** The restart-only settings that differ between two configs, except those a command-line flag pins. */
export function restartOnlyChanges(
  before: LoadedConfig['config'],
  after: LoadedConfig['config'],
  pinned: readonly string[] = [],
): string[] {
  return RESTART_ONLY.filter(
    (path) =>
      !pinned.includes(path) &&
      JSON.stringify(valueAt(before, path)) !== JSON.stringify(valueAt(after, path)),
  );
}

export interface ReloadOptions {
  /** The gateway that listens (built at start-up) and its docs assistant. */
  first: GatewayGeneration;
  loaded: LoadedConfig;
  store: Store;
  logger: Logger;
  /** Reads and validates the config file again (as the server found it at start-up); throws with file:line. */
  load: () => LoadedConfig;
  /** A logger for a config (its `logging` section may have changed). */
  loggerFor: (loaded: LoadedConfig) => Logger;
  /** Restart-only settings a flag overrides (`--port` pins server.port): a change in the file is no news. */
  pinned?: readonly string[];
  /** Called after a reload took effect, e.g. to restart a timer whose setting changed. */
  onReloaded?: (loaded: LoadedConfig, previous: LoadedConfig) => void | Promise<void>;
  graceMs?: number;
}

export type ReloadOutcome =
  { ok: true; restartNeeded: string[] } | { ok: false; reason: string } | { ok: false; reason: 'stopping' };

export interface ConfigReloader {
  /** Reloads the config (one reload at a time: a reload asked for during another runs after it). */
  reload(): Promise<ReloadOutcome>;
  /** The config new requests are served with. */
  current(): LoadedConfig;
  /** Stops accepting, drains every gateway (current and replaced), closes the assistants and the store. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * SIGHUP for a one-process `bastion serve`: the config file is read and validated again, a new gateway (and docs
 * assistant) is built over the same store, and the listening gateway hands it the requests that arrive from then on;
 * requests in flight finish on the old one, whose upstream pools and index connection close once they have. A file
 * that does not validate (or a gateway that cannot be built from it) is logged with its file:line reason, and the
 * old configuration keeps serving. `bastion serve --workers N` reloads by replacing its workers instead.
 *
 * @example
 * const reloader = createConfigReloader({ first, loaded, store, logger, load: () => loadCommandConfig(flag), loggerFor });
 * process.on('SIGHUP', () => void reloader.reload());
 */
export function createConfigReloader(options: ReloadOptions): ConfigReloader {
  const owner = options.first.gateway;
  let current = { ...options.first, loaded: options.loaded, logger: options.logger };
  /** Replaced gateways still draining, with the promise of their end. */
  const retiring = new Map<GatewayGeneration, Promise<void>>();
  let queue: Promise<unknown> = Promise.resolve();
  let stopping = false;
  const grace = options.graceMs ?? RELOAD_GRACE_MS;

  const retire = (old: GatewayGeneration): void => {
    const done = old.gateway
      .retire(grace)
      .then(() => old.assistant?.runtime.close())
      .catch((error: unknown) =>
        current.logger.error('closing the replaced gateway failed', { error: describeCauses(error) }),
      )
      .finally(() => retiring.delete(old));
    retiring.set(old, done);
  };

  const reloadOnce = async (): Promise<ReloadOutcome> => {
    if (stopping) return { ok: false, reason: 'stopping' };
    const { logger } = current;
    logger.info('reloading the configuration', { file: current.loaded.file });
    let loaded: LoadedConfig;
    let next: GatewayGeneration;
    let nextLogger: Logger;
    try {
      loaded = options.load();
      nextLogger = options.loggerFor(loaded);
      next = buildGateway(loaded, nextLogger, options.store, { carryOver: current.gateway });
    } catch (error) {
      const reason = isBastionError(error) ? error.message : `unexpected error: ${describeCauses(error)}`;
      logger.error('reload failed; still serving the previous configuration', { reason });
      return { ok: false, reason };
    }
    if (stopping) {
      await next.gateway.retire(0);
      await next.assistant?.runtime.close();
      return { ok: false, reason: 'stopping' };
    }
    const previous = current;
    owner.handOver(next.gateway);
    current = { ...next, loaded, logger: nextLogger };
    retire(previous);
    const restartNeeded = restartOnlyChanges(previous.loaded.config, loaded.config, options.pinned);
    const unavailable = next.gateway.unavailableModels();
    nextLogger.info(
      'configuration reloaded: new requests use it, requests in flight finish as they started',
      {
        file: loaded.file,
        models: Object.keys(loaded.config.models).filter((m) => !unavailable.some((u) => u.model === m)),
        unavailable: unavailable.map((u) => `${u.model}: ${u.reason}`),
      },
    );
    if (restartNeeded.length > 0)
      nextLogger.warn(
        'changed settings that take effect only after a restart (the old values stay in force)',
        {
          settings: restartNeeded,
        },
      );
    await options.onReloaded?.(loaded, previous.loaded);
    return { ok: true, restartNeeded };
  };

  return {
    reload() {
      const run = queue.then(reloadOnce, reloadOnce);
      queue = run;
      return run;
    },
    current: () => current.loaded,
    async stop(graceMs = 10_000) {
      stopping = true;
      await queue.catch(() => undefined);
      // The owner's close stops the listeners and drains its successor (the current gateway) with it.
      // Replaced gateways get the shutdown's grace, not a reload's: a second retire() ends their wait sooner.
      const draining = [...retiring.entries()];
      await Promise.all([
        owner.close(graceMs),
        ...draining.map(([old, done]) => old.gateway.retire(graceMs).then(() => done)),
      ]);
      await current.assistant?.runtime.close();
      await options.store.close();
    },
  };
}
