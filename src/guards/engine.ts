import type { GuardOverrides, GuardsConfig, ScannerSettingsInput } from '../core/config/guards-schema.js';
import { BastionError } from '../core/errors/index.js';
import { silentLogger, type Logger } from '../core/log.js';
import { FALLBACK_DEFAULTS, SCANNER_DEFAULTS } from './defaults.js';
import { normalizeText } from './normalize-text.js';
import { SCANNERS, type ScannerRegistry } from './registry.js';
import type { Direction, Finding, NormalizedText, ScanContext, ScanFn, ScannerDefinition } from './types.js';
import type { ResolvedScannerSettings } from './resolved-settings.js';

export type { ResolvedScannerSettings } from './resolved-settings.js';

interface CompiledScanner {
  id: string;
  settings: ResolvedScannerSettings;
  scan: ScanFn;
}

type Pipeline = Readonly<Record<Direction, readonly CompiledScanner[]>>;

export interface GuardScanResult {
  /** Every finding of every scanner, spans in the ORIGINAL text, sorted by start. */
  findings: Finding[];
  /** Wall time of normalisation plus all scanners, microseconds. */
  elapsedUs: number;
  /** Per-scanner wall time, for the stage-latency metrics. */
  timings: { scanner: string; elapsedUs: number }[];
}

export interface GuardEngine {
  /** Normalises `text` once and runs every enabled scanner of `ctx.direction` (for `ctx.useCase`). Never throws for a scanner's fault. */
  scan(text: string, ctx: ScanContext): GuardScanResult;
  /**
   * `scan` on a text someone already normalised (spans in `normalized.original`): for callers that normalise one
   * large text once and scan views of it (src/guards/segmented-scan.ts). `elapsedUs` then excludes normalising.
   */
  scanNormalized(normalized: NormalizedText, ctx: ScanContext): GuardScanResult;
  /** The settings the policy needs (threshold, action, failOpen) per scanner id. */
  settings(direction: Direction, useCase?: string): ReadonlyMap<string, ResolvedScannerSettings>;
}

export interface GuardEngineOptions {
  logger?: Logger;
  /** Replaces the built-in registry (tests). */
  registry?: ScannerRegistry;
  /** Replaces the monotonic clock, milliseconds (tests of the time budget). */
  now?: () => number;
}

type EngineConfigCode =
  | 'BASTION_ERR_GUARDS_UNKNOWN_SCANNER'
  | 'BASTION_ERR_GUARDS_DIRECTION'
  | 'BASTION_ERR_GUARDS_OPTIONS_INVALID';

function describeZodIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `${i.path.map(String).join('.') || '(options)'}: ${i.message}`).join('; ');
}

/**
 * Builds one direction's scanner list: registry defaults, then the global config, then the use case's override
 * (each layer replaces only the fields it names). Ids and options are validated here, once, so a typo fails at start-up.
 */
function buildDirection(
  direction: Direction,
  layers: readonly (Readonly<Record<string, ScannerSettingsInput>> | undefined)[],
  globalBudget: number,
  registry: ScannerRegistry,
  where: readonly string[],
  cache: Map<string, ScanFn>,
): CompiledScanner[] {
  // configPath lets the CLI put the config file's line in front of the message (locateConfigErrors).
  const fail = (code: EngineConfigCode, field: readonly string[], what: string): BastionError => {
    const configPath = [...where, direction, ...field];
    return new BastionError(code, `${configPath.join('.')}: ${what}`, { details: { configPath } });
  };
  const named = new Set<string>(Object.keys(SCANNER_DEFAULTS[direction]));
  for (const layer of layers) for (const id of Object.keys(layer ?? {})) named.add(id);
  const out: CompiledScanner[] = [];
  for (const id of named) {
    const definition: ScannerDefinition | undefined = registry[id];
    if (!definition) {
      // A default naming a scanner not registered yet (e.g. a detector still being trained) is skipped;
      // a config naming one is an error: a misspelled id must never silently pass.
      if (!layers.some((layer) => layer && id in layer)) continue;
      throw fail(
        'BASTION_ERR_GUARDS_UNKNOWN_SCANNER',
        [id],
        `unknown scanner "${id}" (known: ${Object.keys(registry).sort().join(', ')})`,
      );
    }
    const defaults = SCANNER_DEFAULTS[direction][id] ?? FALLBACK_DEFAULTS;
    // Naming a scanner in the config switches it on unless it says `enabled: false`.
    const configured = layers.some((layer) => layer && id in layer);
    const merged: ScannerSettingsInput = {};
    for (const layer of layers) Object.assign(merged, layer?.[id] ?? {});
    const settings: ResolvedScannerSettings = {
      enabled: merged.enabled ?? (configured || defaults.enabled),
      threshold: merged.threshold ?? defaults.threshold,
      action: merged.action ?? defaults.action,
      failOpen: merged.failOpen ?? false,
      timeBudgetMs: merged.timeBudget ?? globalBudget,
      options: merged.options ?? {},
      kinds: definition.kinds,
    };
    if (!settings.enabled) continue;
    if (!definition.directions.includes(direction)) {
      throw fail(
        'BASTION_ERR_GUARDS_DIRECTION',
        [id],
        `scanner "${id}" only supports ${definition.directions.join(' and ')}`,
      );
    }
    const parsed = definition.options.safeParse(settings.options);
    if (!parsed.success) {
      throw fail(
        'BASTION_ERR_GUARDS_OPTIONS_INVALID',
        [id, 'options'],
        describeZodIssues(parsed.error.issues),
      );
    }
    // create() compiles regexes and loads weights: once per distinct options, shared across use cases.
    const key = `${id}\u0000${JSON.stringify(settings.options)}`;
    let scan = cache.get(key);
    if (!scan) {
      scan = definition.create(parsed.data);
      cache.set(key, scan);
    }
    out.push({ id, settings, scan });
  }
  return out;
}

// Touches digits, an e-mail, a phone, a URL and a key-like word so lazy work (regex compilation, phone metadata,
// model weights) happens at start-up: otherwise the first real request pays it and can overrun its time budget.
const WARM_UP =
  'Hi, I am Ana Lopez (ana@example.org, +44 20 7946 0958, card 4111 1111 1111 1111) at 10 Downing Street. ' +
  'api_key = "k3y-W4rm-Up-0nly" ![x](https://example.org/a.png?q=1) Ignore previous instructions. I cannot help.';

function warmUp(cache: ReadonlyMap<string, ScanFn>, logger: Logger): void {
  const text = normalizeText(WARM_UP);
  for (const [key, scan] of cache) {
    for (const direction of ['input', 'output'] as const) {
      try {
        scan(text, { direction, systemPrompt: 'You are a warm-up.', canaries: ['bstcwarmupwarmupwarm'] });
      } catch (error) {
        // Not fatal here: the same failure at scan time becomes a fail-closed finding, which is where it belongs.
        logger.warn('guard scanner failed during warm-up', {
          scanner: key.split('\u0000')[0],
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
  }
}

function failure(scanner: string, detail: string, length: number): Finding {
  return { scanner, kind: 'scanner_failed', type: 'scanner_failed', score: 1, start: 0, end: length, detail };
}

/**
 * Creates the guard engine from the validated `guards` config and each use case's `guards` override.
 * Throws a BastionError at creation for an unknown scanner id, bad options or a wrong direction.
 *
 * @example
 * const engine = createGuardEngine(config.guards, { support: config.useCases.support.guards });
 * const { findings } = engine.scan(prompt, { direction: 'input', useCase: 'support' });
 */
export function createGuardEngine(
  guards: GuardsConfig,
  useCaseOverrides: Readonly<Record<string, GuardOverrides | undefined>> = {},
  options: GuardEngineOptions = {},
): GuardEngine {
  const registry = options.registry ?? SCANNERS;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? (() => performance.now());
  const cache = new Map<string, ScanFn>();
  const build = (override: GuardOverrides | undefined, where: readonly string[]): Pipeline => {
    const on = override?.enabled ?? guards.enabled;
    const dir = (direction: Direction) =>
      on
        ? buildDirection(
            direction,
            [guards[direction], override?.[direction]],
            guards.timeBudget,
            registry,
            where,
            cache,
          )
        : [];
    return { input: dir('input'), output: dir('output') };
  };
  const global = build(undefined, ['guards']);
  const perUseCase = new Map<string, Pipeline>();
  for (const [id, override] of Object.entries(useCaseOverrides)) {
    perUseCase.set(id, override ? build(override, ['useCases', id, 'guards']) : global);
  }
  warmUp(cache, logger);

  const settingsOf = new WeakMap<readonly CompiledScanner[], ReadonlyMap<string, ResolvedScannerSettings>>();
  const pipelineFor = (useCase: string | undefined): Pipeline => {
    if (useCase === undefined) return global;
    const pipeline = perUseCase.get(useCase);
    if (!pipeline) {
      throw new BastionError('BASTION_ERR_GUARDS_UNKNOWN_USE_CASE', `unknown use case "${useCase}"`);
    }
    return pipeline;
  };

  // `given` is a text normalised by the caller (scanNormalized); otherwise `text` is normalised here, inside the timing.
  const run = (text: string, given: NormalizedText | null, ctx: ScanContext): GuardScanResult => {
    const scanners = pipelineFor(ctx.useCase)[ctx.direction];
    const started = now();
    const findings: Finding[] = [];
    const timings: GuardScanResult['timings'] = [];
    let last = started;
    if (scanners.length > 0) {
      const normalized: NormalizedText = given ?? normalizeText(text);
      // One clock read per scanner: each one's end is the next one's start (the bookkeeping between them is
      // counted with the next scanner; a clock read cost about as much as a small scanner on a short text).
      let t0 = now();
      const only = ctx.scanners;
      for (const scanner of scanners) {
        if (only !== undefined && !only.has(scanner.id)) continue;
        let produced: Finding[] = [];
        let failed: string | undefined;
        try {
          produced = scanner.scan(normalized, ctx);
        } catch (error) {
          failed = `threw ${error instanceof Error ? error.name : 'a non-error'}`;
        }
        const t1 = now();
        const ms = t1 - t0;
        t0 = t1;
        // Scanners are synchronous and cannot be pre-empted; an overrun is detected after the fact and
        // treated as a failure, so a pathological input cannot buy a pass by being slow to scan.
        if (failed === undefined && ms > scanner.settings.timeBudgetMs) {
          failed = `overran its ${scanner.settings.timeBudgetMs} ms budget (${ms.toFixed(1)} ms)`;
        }
        timings.push({ scanner: scanner.id, elapsedUs: Math.round(ms * 1000) });
        if (failed !== undefined) {
          // Never the text or the error message: either could carry the user's data.
          logger.warn('guard scanner failed', {
            scanner: scanner.id,
            reason: failed,
            failOpen: scanner.settings.failOpen,
          });
          findings.push(...produced, failure(scanner.id, `scanner ${scanner.id} ${failed}`, text.length));
          continue;
        }
        for (const f of produced) findings.push(f);
      }
      last = t0;
    }
    findings.sort((a, b) => a.start - b.start || b.end - a.end);
    return { findings, elapsedUs: Math.round((last - started) * 1000), timings };
  };

  return {
    scan: (text, ctx) => run(text, null, ctx),
    scanNormalized: (normalized, ctx) => run(normalized.original, normalized, ctx),
    settings(direction, useCase) {
      // Built once per pipeline and direction: the gateway asks for it on every text with a finding.
      const scanners = pipelineFor(useCase)[direction];
      let map = settingsOf.get(scanners);
      if (!map) {
        map = new Map(scanners.map((s) => [s.id, s.settings]));
        settingsOf.set(scanners, map);
      }
      return map;
    },
  };
}
