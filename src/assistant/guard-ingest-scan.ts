import type { GuardsConfig } from '../core/config/index.js';
import type { Logger } from '../core/log.js';
import { createGuardEngine, type GuardEngine } from '../guards/engine.js';
import { offlineGuards } from '../guards/offline-budget.js';
import { scanSegments } from '../guards/segmented-scan.js';
import type { Finding, FindingKind } from '../guards/types.js';
import { createBasicIngestScanner } from './basic-ingest-scanner.js';
import type { ScannerModule } from './ingest-pool.js';
import type { IngestScanFn } from './ingest-scanner.js';

// Which guard scanner covers which finding kind; the built-in ingest rules fill in kinds the engine lacks
// (e.g. while a detector is not registered), so no document is indexed without a PII, secret and injection scan.
const COVERS: Readonly<Record<string, FindingKind>> = {
  pii: 'pii',
  secrets: 'secret',
  prompt_injection: 'prompt_injection',
};
// Scanners whose findings mean nothing for a stored document: `limits` guards request sizes.
const IGNORED_SCANNERS = new Set(['limits']);

/**
 * The ingest scan through the guard engine (input direction, `source: 'document'`), completed by the built-in
 * rules for any kind the engine does not cover.
 *
 * @example
 * const scan = createGuardIngestScan(createGuardEngine(config.guards));
 */
export function createGuardIngestScan(engine: GuardEngine): IngestScanFn {
  const enabled = engine.settings('input');
  const covered = new Set<FindingKind>();
  for (const [id, settings] of enabled) {
    const kind = COVERS[id];
    if (kind && settings.enabled) covered.add(kind);
  }
  // The injection rules always run too: they are high-precision patterns for text addressed to a model, and a
  // document corpus (unlike user prompts) should almost never contain them, so a second opinion costs little.
  // The other built-in rules run only for kinds the engine does not cover (their findings would be discarded).
  const wanted = new Set<FindingKind>(['prompt_injection']);
  for (const kind of Object.values(COVERS)) if (!covered.has(kind)) wanted.add(kind);
  const basic = createBasicIngestScanner(wanted);
  const ctx = { direction: 'input', source: 'document' } as const;
  const complete = (text: string, found: readonly Finding[]): Finding[] => {
    const findings = found.filter((f) => !IGNORED_SCANNERS.has(f.scanner));
    for (const f of basic(text)) findings.push(f);
    return findings;
  };
  const scan: IngestScanFn = (text) => complete(text, engine.scan(text, ctx).findings);
  // A batch: the engine's span-local scanners (PII, secrets) run once over the texts joined, the same findings.
  scan.many = (texts) =>
    scanSegments(engine, texts, ctx).map((found, i) => complete(texts[i] as string, found));
  return scan;
}

/** Builds the ingest scan from the config's guards section, with the offline time budget (src/guards/offline-budget.ts). */
export function ingestScanFromConfig(guards: GuardsConfig, logger?: Logger): IngestScanFn {
  const offline = offlineGuards(guards);
  return createGuardIngestScan(createGuardEngine(offline, {}, logger ? { logger } : {}));
}

/**
 * The same scan as `ingestScanFromConfig(guards)`, named so a worker thread of the parallel ingest can build it
 * (functions cannot be sent to a thread; the config can).
 */
export function guardScannerModule(guards: GuardsConfig): ScannerModule {
  return { url: import.meta.url, name: 'ingestScanFromConfig', options: guards };
}
