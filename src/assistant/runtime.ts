import { isAbsolute, resolve } from 'node:path';
import type { LoadedConfig } from '../core/config/index.js';
import { isBastionError } from '../core/errors/index.js';
import type { Logger } from '../core/log.js';
import { createProviderRouter, type ProviderRouter } from '../providers/index.js';
import { openDocsDb, type SqliteDb } from '../store/docs-db.js';
import { createDocsReview, type DocsReview } from '../store/docs-review.js';
import { createDocsStore, type DocsStore } from '../store/docs-store.js';
import { createFeedbackStore, type FeedbackStore } from '../store/feedback-store.js';
import { createDocsAssistant, type DocsAssistant, type DocsAssistantOptions } from './docs-assistant.js';
import { generativeModel } from './generative-model.js';
import { guardScannerModule, ingestScanFromConfig } from './guard-ingest-scan.js';
import { ingestPaths, type IngestOptions, type IngestReport } from './ingest.js';
import { ingestPathsParallel } from './ingest-parallel.js';
import { deferScan, type IngestScanFn } from './ingest-scanner.js';

/** Everything the docs commands, the `bastion-docs` model and the feedback/passage routes share. */
export interface AssistantRuntime {
  readonly indexPath: string;
  readonly docs: DocsStore;
  /** Reviewers' decisions on quarantined passages (`bastion docs quarantine`). */
  readonly review: DocsReview;
  readonly feedback: FeedbackStore;
  readonly assistant: DocsAssistant;
  /** Ingests files/folders (relative paths resolve against the config's folder). */
  ingest(
    paths: readonly string[],
    options?: { force?: boolean; onProgress?: (done: number, total: number, bytes: number) => void },
  ): IngestReport;
  /**
   * The same ingest with files read, parsed and guard-scanned on `workers` threads (default: one per CPU) while
   * this thread writes the index; small ingests (and a `scan` given to `openAssistant`) run in process.
   */
  ingestParallel(
    paths: readonly string[],
    options?: {
      force?: boolean;
      workers?: number;
      onProgress?: (done: number, total: number, bytes: number) => void;
    },
  ): Promise<IngestReport>;
  /** Closes the index and, when generative answers opened one, the provider router's connections. */
  close(): Promise<void>;
}

export interface OpenAssistantOptions {
  /** The guard scan run on every chunk; default: the guard engine built from the config's `guards`. */
  scan?: IngestScanFn;
  logger?: Logger;
  /** Replaces the configured generative model (tests, library use). */
  generative?: DocsAssistantOptions['generative'];
  /** Answer extractively even when `assistant.generative` is configured (`docs ask --extractive`). */
  extractive?: boolean;
  /** Router for `assistant.generative.model`; default: one built from the config. */
  router?: ProviderRouter;
  now?: () => number;
}

/**
 * Where the docs index lives: `assistant.indexPath` if set; else the SQLite file of `store: sqlite://…`
 * (relative paths against the config's folder, as the main store resolves them); else, for `postgres://` stores,
 * `bastion-docs.db` next to the config file.
 */
export function resolveDocsIndexPath(loaded: LoadedConfig): string {
  const { assistant, store } = loaded.config;
  if (assistant.indexPath)
    return isAbsolute(assistant.indexPath)
      ? assistant.indexPath
      : resolve(loaded.baseDir, assistant.indexPath);
  if (store.startsWith('sqlite://')) {
    const rest = store.slice('sqlite://'.length);
    if (rest === ':memory:') return ':memory:';
    return isAbsolute(rest) ? rest : resolve(loaded.baseDir, rest);
  }
  return resolve(loaded.baseDir, 'bastion-docs.db');
}

/**
 * Opens the docs index and feedback tables for a loaded config.
 *
 * @example
 * const rt = openAssistant(loadConfigFile('bastion.yaml'));
 * rt.ingest(['docs']);
 * rt.assistant.answerExtractive('How do I rotate a key?');
 */
export function openAssistant(loaded: LoadedConfig, options: OpenAssistantOptions = {}): AssistantRuntime {
  return openAssistantAt(resolveDocsIndexPath(loaded), loaded, options);
}

export function openAssistantAt(
  indexPath: string,
  loaded: LoadedConfig,
  options: OpenAssistantOptions = {},
): AssistantRuntime {
  const db: SqliteDb = openDocsDb(indexPath);
  const docs = createDocsStore(db);
  const review = createDocsReview(db);
  const feedback = createFeedbackStore(db);
  const { assistant: settings } = loaded.config;
  // Built on first ingest only: reading the index (ask, sources, feedback) needs no guard engine.
  let scan = options.scan;
  const scanner = (): IngestScanFn => (scan ??= ingestScanFromConfig(loaded.config.guards, options.logger));
  // Deferred so a bad path is reported before the guard engine is built (and costs nothing).
  const lazyScan = deferScan(scanner);
  const now = options.now ?? Date.now;
  let generative = options.generative;
  let ownRouter: ProviderRouter | undefined;
  if (!generative && !options.extractive && settings.generative) {
    try {
      const router = options.router ?? (ownRouter = createProviderRouter({ loaded }));
      const model = generativeModel(loaded, router);
      if (model) {
        generative = {
          model: model.adapter,
          modelName: model.name,
          onUnsupported: settings.generative.onUnsupported,
          maxTokens: settings.generative.maxTokens,
        };
      }
    } catch (error) {
      db.close();
      throw error;
    }
  }
  const ingestOptions = (o: {
    force?: boolean;
    onProgress?: (done: number, total: number, bytes: number) => void;
  }): IngestOptions => ({
    store: docs,
    scan: lazyScan,
    policy: settings.ingest,
    root: loaded.baseDir,
    decisions: (fingerprints) => review.decisions(fingerprints),
    maxFileBytes: settings.ingest.maxFileBytes,
    now,
    ...(o.force ? { force: true } : {}),
    ...(o.onProgress ? { onProgress: o.onProgress } : {}),
  });
  const assistant = createDocsAssistant({
    store: docs,
    topK: settings.topK,
    minConfidence: settings.minConfidence,
    ...(generative && !options.extractive ? { generative } : {}),
  });
  return {
    indexPath,
    docs,
    review,
    feedback,
    assistant,
    ingest: (paths, o = {}) => ingestPaths(paths, ingestOptions(o)),
    ingestParallel: async (paths, o = {}) => {
      // A scan function given by the caller exists only on this thread: the workers could not run it.
      if (options.scan) return ingestPaths(paths, ingestOptions(o));
      return ingestPathsParallel(paths, {
        ...ingestOptions(o),
        scanner: guardScannerModule(loaded.config.guards),
        ...(o.workers !== undefined ? { workers: o.workers } : {}),
      });
    },
    close: async () => {
      db.close();
      await ownRouter?.close();
    },
  };
}

/**
 * A start-up ingest naming a folder that does not exist: logged, and the gateway serves anyway (the assistant answers
 * from what it has). True when `error` was that case.
 */
export function skipsMissingSource(error: unknown, logger: Logger): boolean {
  if (!isBastionError(error) || error.code !== 'BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND') return false;
  logger.warn('docs assistant: assistant.ingestOnStart names a path that does not exist', {
    reason: error.message,
  });
  return true;
}

/** The one log line a start-up ingest ends with, whichever thread ran it. */
export function logIndexReady(logger: Logger, report: IngestReport): void {
  const t = report.totals;
  logger.info('docs assistant: index ready', {
    added: t.added,
    updated: t.updated,
    unchanged: t.unchanged,
    removed: t.removed,
    rejected: t.rejected,
    quarantined: t.quarantined,
    elapsedMs: Math.round(report.elapsedMs),
  });
}
