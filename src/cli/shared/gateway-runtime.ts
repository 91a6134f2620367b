import {
  createAssistantRoutes,
  createDocsModel,
  logIndexReady,
  skipsMissingSource,
  openAssistant,
  type IngestReport,
} from '../../assistant/index.js';
import { locateConfigErrors, type LoadedConfig } from '../../core/config/index.js';
import { describeCauses } from '../../core/errors/index.js';
import type { Logger } from '../../core/log.js';
import type { ClusterLink } from '../../gateway/cluster/worker-link.js';
import { createGateway, type Gateway } from '../../gateway/create-gateway.js';
import type { ModelAdapter } from '../../providers/types.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/types.js';
import { serveWebAsset } from '../../web/index.js';
import { IngestInterrupted, startIngest } from './ingest-job.js';

/** The docs assistant's model when a `local` provider serves it (else the gateway runs without the assistant). */
function assistantModel(loaded: LoadedConfig) {
  const { config } = loaded;
  const name = config.assistant.model;
  const model = config.models[name];
  if (!model || config.providers[model.provider]?.type !== 'local') return undefined;
  return { name, model };
}

/**
 * `assistant.ingestOnStart`, ingested before the gateway listens (incrementally: after the first start this costs
 * a stat and a hash per file), on its own thread so that Ctrl-C can stop it between two committed batches (it then
 * throws IngestInterrupted). A missing folder must not keep the gateway from serving: it is logged and skipped.
 */
async function ingestOnStart(
  loaded: LoadedConfig,
  logger: Logger,
  signal: AbortSignal | undefined,
): Promise<IngestReport | null> {
  const paths = loaded.config.assistant.ingestOnStart;
  if (paths.length === 0) return null;
  const job = startIngest(loaded, { paths, logLevel: loaded.config.logging.level }, undefined, logger);
  const stop = (): void => job.stop();
  if (signal?.aborted) stop();
  signal?.addEventListener('abort', stop, { once: true });
  let report: IngestReport;
  try {
    report = (await job.result).report;
  } catch (error) {
    if (skipsMissingSource(error, logger)) return null;
    throw error;
  } finally {
    signal?.removeEventListener('abort', stop);
  }
  logIndexReady(logger, report);
  return report;
}

/**
 * The docs assistant, when a `local` provider serves its model: opens (and on first start fills) its index and
 * returns the in-process model plus the feedback/passage routes. A broken docs index must not stop the gateway:
 * the model is then reported unavailable with the reason.
 */
function startAssistant(loaded: LoadedConfig, logger: Logger, ingested?: IngestReport | null) {
  const served = assistantModel(loaded);
  if (!served) return undefined;
  const { name, model } = served;
  try {
    const runtime = openAssistant(loaded, { logger });
    // Passages a reviewer already decided are settled: only undecided ones call for attention at every start.
    const pending = ingested ? runtime.docs.listQuarantine().filter((q) => q.status === 'pending').length : 0;
    if (ingested && (ingested.totals.rejected > 0 || pending > 0)) {
      logger.warn(
        'docs assistant: some documents were rejected, or passages quarantined, by the ingest guards; review quarantined passages with `npx bastion docs quarantine`',
        { rejected: ingested.totals.rejected, pendingReview: pending },
      );
    }
    const localModels: Record<string, ModelAdapter> = {
      [model.model ?? name]: createDocsModel({ assistant: runtime.assistant, modelName: name }),
    };
    return { runtime, localModels, routes: createAssistantRoutes(runtime) };
  } catch (error) {
    logger.error('docs assistant could not start; its model is unavailable', {
      error: describeCauses(error),
    });
    return undefined;
  }
}

export interface GatewayRuntimeOptions {
  /** Run the docs assistant's start-up ingest (default true; with --workers N only the first worker runs it). */
  ingest?: boolean;
  /** The worker's link to the cluster primary (`bastion serve --workers N`). */
  cluster?: ClusterLink;
  /** Aborted (Ctrl-C): the start-up ingest stops after its current batch and startGatewayRuntime throws IngestInterrupted. */
  ingestSignal?: AbortSignal;
}

/** A gateway and the docs assistant it serves, built from one config over an open store. */
export interface GatewayGeneration {
  gateway: Gateway;
  assistant: ReturnType<typeof startAssistant>;
}

/**
 * The docs assistant (when a `local` provider serves it) and the gateway for `loaded`, over `store`, not listening.
 * A config reload builds one with `carryOver` (the gateway it replaces) and no ingest. Throws the config's errors
 * with file and line (e.g. a misspelled scanner id), having closed what it opened.
 */
export function buildGateway(
  loaded: LoadedConfig,
  logger: Logger,
  store: Store,
  options: Omit<GatewayRuntimeOptions, 'ingest'> & {
    carryOver?: Gateway;
    /** The start-up ingest's report (its warnings are logged once the index is open); false: it failed. */
    ingested?: IngestReport | null | false;
  } = {},
): GatewayGeneration {
  const assistant = options.ingested === false ? undefined : startAssistant(loaded, logger, options.ingested);
  try {
    // The guard engine is built here; a misspelled scanner id then names its line in the config file.
    const gateway = locateConfigErrors(loaded, () =>
      createGateway({
        loaded,
        store,
        logger,
        localModels: assistant?.localModels ?? {},
        ...(options.cluster ? { cluster: options.cluster } : {}),
        ...(options.carryOver ? { carryOver: options.carryOver } : {}),
        ...(assistant ? { assistant: assistant.routes, web: serveWebAsset } : {}),
      }),
    );
    return { gateway, assistant };
  } catch (error) {
    void assistant?.runtime.close();
    throw error;
  }
}

export interface GatewayRuntime {
  gateway: Gateway;
  store: Store;
  assistant: ReturnType<typeof startAssistant>;
  /** Closes the gateway (draining requests), the store and the assistant's index, in that order. */
  close(): Promise<void>;
}

/**
 * Everything `bastion serve` runs, assembled from a config: the store, the docs assistant (when a `local`
 * provider serves it) and the gateway, not yet listening. Also used to attack the gateway in process.
 */
export async function startGatewayRuntime(
  loaded: LoadedConfig,
  logger: Logger,
  options: GatewayRuntimeOptions = {},
): Promise<GatewayRuntime> {
  const { config } = loaded;
  const store = await openStore({
    store: config.store,
    counters: config.counters,
    logger,
    baseDir: loaded.baseDir,
  });
  let built: GatewayGeneration;
  try {
    let ingested: IngestReport | null | false = null;
    if ((options.ingest ?? true) && assistantModel(loaded)) {
      try {
        ingested = await ingestOnStart(loaded, logger, options.ingestSignal);
      } catch (error) {
        if (error instanceof IngestInterrupted) throw error;
        // A broken docs index must not stop the gateway: the model is then reported unavailable with the reason.
        logger.error('docs assistant could not start; its model is unavailable', {
          error: describeCauses(error),
        });
        ingested = false;
      }
    }
    built = buildGateway(loaded, logger, store, {
      ...(options.cluster ? { cluster: options.cluster } : {}),
      ingested,
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { gateway, assistant } = built;
  return {
    gateway,
    store,
    assistant,
    async close() {
      await gateway.close();
      await store.close();
      await assistant?.runtime.close();
    },
  };
}
