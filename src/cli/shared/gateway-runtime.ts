import {
  createAssistantRoutes,
  createDocsModel,
  ensureIngested,
  openAssistant,
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

/**
 * The docs assistant, when a `local` provider serves its model: opens (and on first start fills) its index and
 * returns the in-process model plus the feedback/passage routes. A broken docs index must not stop the gateway:
 * the model is then reported unavailable with the reason.
 */
function startAssistant(loaded: LoadedConfig, logger: Logger, ingest = true) {
  const { config } = loaded;
  const name = config.assistant.model;
  const model = config.models[name];
  if (!model || config.providers[model.provider]?.type !== 'local') return undefined;
  try {
    const runtime = openAssistant(loaded, { logger });
    if (ingest) ensureIngested(loaded, runtime, logger);
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
  options: GatewayRuntimeOptions & { carryOver?: Gateway } = {},
): GatewayGeneration {
  const assistant = startAssistant(loaded, logger, options.ingest ?? true);
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
    built = buildGateway(loaded, logger, store, options);
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
