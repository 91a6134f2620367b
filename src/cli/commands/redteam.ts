import { Command, InvalidArgumentError, Option } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { createLogger } from '../../core/log.js';
import { cliKeyAuditEntry } from '../../store/key-audit.js';
import { numberArg, shareArg, shareFlag } from '../shared/number-flag.js';
import { createProgress } from '../shared/progress.js';
import { loadCommandConfig } from '../shared/config.js';
import { readFlagFile } from '../shared/input-file.js';
import { writeOutputFile } from '../shared/output-file.js';
import { startGatewayRuntime } from '../shared/gateway-runtime.js';
import {
  buildReport,
  builtinAttacks,
  CATEGORIES,
  CATEGORY_IDS,
  compareBaseline,
  createLlmJudge,
  createHttpTarget,
  createOpenAITarget,
  MUTATORS,
  planProbes,
  renderHtml,
  renderJUnit,
  renderTerminal,
  runProbes,
  selectAttacks,
  startVulnerableModel,
  thresholdFailures,
  unansweredFailure,
  type RedteamReport,
  type Target,
} from '../../redteam/index.js';

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const wholeFrom = (flag: string, min: number) =>
  numberArg(flag, { min, integer: true }, `a whole number of ${min} or more`);
// Checked up front: "notaurl" used to be sent 1,214 times (with retries) before the run failed.
const httpUrl = (value: string): string => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('expected an http(s) URL such as http://127.0.0.1:8080/v1');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new InvalidArgumentError('expected an http(s) URL such as http://127.0.0.1:8080/v1');
  return value;
};
const duration = (value: string): number => {
  const m = /^(\d+)(ms|s)?$/.exec(value);
  // 0 would time every probe out at once, and the run would report a target that never answers.
  if (!m || Number(m[1]) === 0) throw new InvalidArgumentError('expected a duration such as 30s or 500ms');
  return Number(m[1]) * (m[2] === 'ms' ? 1 : 1000);
};
const categoryRate = (value: string, previous: Record<string, number> = {}): Record<string, number> => {
  const [category, limit] = value.split('=');
  if (!category || limit === undefined || !CATEGORY_IDS.includes(category as never)) {
    throw new InvalidArgumentError(`expected CATEGORY=RATE with a category of: ${CATEGORY_IDS.join(', ')}`);
  }
  return { ...previous, [category]: shareFlag(`--fail-above-category ${category}`, limit) };
};
const header = (value: string, previous: Record<string, string> = {}): Record<string, string> => {
  const at = value.indexOf(':');
  if (at < 1) throw new InvalidArgumentError('expected NAME: VALUE');
  return { ...previous, [value.slice(0, at).trim()]: value.slice(at + 1).trim() };
};

interface RunFlags {
  target?: string;
  model: string;
  apiKeyEnv: string;
  http?: string;
  bodyTemplate: string;
  responsePath: string;
  header: Record<string, string>;
  categories?: string[];
  attacks?: string[];
  sample?: number;
  mutators: string;
  mutatorsPerAttack: number;
  base: boolean;
  concurrency: number;
  rps: number;
  retries: number;
  timeout: number;
  seed: number;
  systemPrompt?: string;
  allowedHosts: string[];
  json?: string;
  html?: string;
  junit?: string;
  failAbove?: number;
  failAboveCategory: Record<string, number>;
  baseline?: string;
  quiet: boolean;
  gatewayConfig?: string;
  useCase?: string;
  judgeModel?: string;
  judgeUrl?: string;
  judgeApiKeyEnv?: string;
}

/** `--baseline`: an earlier `--json` report. Checked up front, not after the run it is compared with. */
function readBaseline(path: string): RedteamReport {
  const text = readFlagFile('--baseline', path);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_REDTEAM_BASELINE_INVALID',
      `--baseline ${path}: not JSON (${(error as Error).message})`,
      { cause: error },
    );
  }
  const report = value as Partial<RedteamReport> | null;
  if (
    report === null ||
    typeof report !== 'object' ||
    !Array.isArray(report.results) ||
    typeof report.summary?.attackSuccessRate !== 'number'
  ) {
    throw new BastionError(
      'BASTION_ERR_REDTEAM_BASELINE_INVALID',
      `--baseline ${path}: not a red-team report (expected the JSON written by bastion redteam run --json FILE)`,
    );
  }
  return report as RedteamReport;
}

/** `--body-template` must be JSON once its placeholders are filled; else every probe would fail at the target. */
function checkBodyTemplate(template: string): void {
  try {
    JSON.parse(template.replaceAll('{{prompt}}', 'p').replaceAll('{{system}}', 's'));
  } catch (error) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--body-template: not JSON with the placeholders filled in (${(error as Error).message}); e.g. '{"prompt":"{{prompt}}"}'`,
      { cause: error },
    );
  }
  if (!template.includes('{{prompt}}'))
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      '--body-template: has no {{prompt}} placeholder, so no attack would reach the target',
    );
}

/**
 * A target that answered none of the first probes, not even with an HTTP error, is down or mistyped: stop there
 * rather than retrying every probe for minutes (1,214 probes against a closed port took over 4 minutes).
 */
const UNREACHABLE_AFTER = 8;

/**
 * Starts Bastion's gateway from a config in this process, with a temporary key for one use case that is
 * revoked when the run ends: the red team then attacks exactly what `bastion serve` would serve.
 */
async function inProcessGateway(flags: RunFlags): Promise<{ target: Target; stop: () => Promise<void> }> {
  const loaded = loadCommandConfig(flags.gatewayConfig);
  const useCase = flags.useCase ?? Object.keys(loaded.config.useCases)[0];
  if (!useCase || !loaded.config.useCases[useCase]) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--use-case: no use case "${useCase ?? ''}" in ${loaded.file}`,
    );
  }
  const runtime = await startGatewayRuntime(loaded, createLogger({ level: 'error' }));
  // A real key in the config's store, so its creation and revocation are audited like any other key change.
  const { record, secret } = await runtime.store.changeKey(
    { action: 'create', input: { name: 'redteam (temporary)', useCase } },
    (created) => cliKeyAuditEntry('create', created),
  );
  const url = await runtime.gateway.listen(0, '127.0.0.1');
  return {
    target: createOpenAITarget({
      baseUrl: `${url}/v1`,
      model: flags.model,
      apiKey: secret ?? '',
      timeoutMs: flags.timeout,
    }),
    stop: async () => {
      await runtime.store.changeKey({ action: 'revoke', id: record.id }, (revoked) =>
        cliKeyAuditEntry('revoke', revoked),
      );
      await runtime.close();
    },
  };
}

function buildTarget(flags: RunFlags): Target {
  if (flags.http) {
    return createHttpTarget({
      url: flags.http,
      bodyTemplate: flags.bodyTemplate,
      responsePath: flags.responsePath,
      headers: flags.header,
      timeoutMs: flags.timeout,
    });
  }
  if (!flags.target)
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      'give --target URL (OpenAI-compatible, ending in /v1) or --http URL',
    );
  return createOpenAITarget({
    baseUrl: flags.target,
    model: flags.model,
    apiKey: process.env[flags.apiKeyEnv],
    timeoutMs: flags.timeout,
    headers: flags.header,
  });
}

async function run(flags: RunFlags): Promise<void> {
  if (flags.http) checkBodyTemplate(flags.bodyTemplate);
  const gateway = flags.gatewayConfig ? await inProcessGateway(flags) : undefined;
  try {
    await attack(flags, gateway?.target ?? buildTarget(flags));
  } finally {
    await gateway?.stop();
  }
}

async function attack(flags: RunFlags, target: Target): Promise<void> {
  const attacks = selectAttacks(builtinAttacks(), {
    categories: flags.categories,
    ids: flags.attacks,
    sample: flags.sample,
  });
  if (attacks.length === 0)
    throw new BastionError('BASTION_ERR_INPUT_INVALID', 'no attack matches --categories/--attacks');
  const mutators = flags.mutators === 'all' ? 'all' : flags.mutators === 'none' ? [] : list(flags.mutators);
  for (const id of mutators === 'all' ? [] : mutators) {
    if (!MUTATORS[id])
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        `unknown mutator "${id}" (known: ${Object.keys(MUTATORS).join(', ')})`,
      );
  }
  const probes = planProbes(attacks, {
    mutators,
    mutatorsPerAttack: flags.mutatorsPerAttack,
    includeBase: flags.base,
    seed: flags.seed,
  });
  const systemPrompt = flags.systemPrompt ? readFlagFile('--system-prompt', flags.systemPrompt) : undefined;
  const baseline = flags.baseline ? readBaseline(flags.baseline) : undefined;

  process.stderr.write(
    `bastion redteam: ${attacks.length} attacks, ${probes.length} probes against ${target.describe()}\n`,
  );
  const bar = createProgress({ total: probes.length, unit: 'items', title: 'attacking' });
  const judgeUrl = flags.judgeUrl ?? flags.target;
  if (flags.judgeModel && !judgeUrl) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      '--judge-model needs --judge-url (or an OpenAI-compatible --target)',
    );
  }
  const judge =
    flags.judgeModel && judgeUrl
      ? createLlmJudge(
          createOpenAITarget({
            baseUrl: judgeUrl,
            model: flags.judgeModel,
            apiKey: process.env[flags.judgeApiKeyEnv ?? flags.apiKeyEnv],
            timeoutMs: flags.timeout,
          }),
          flags.timeout,
        )
      : undefined;
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort());
  const started = new Date();
  let answered = false;
  let unreachable: string | undefined;
  const results = await runProbes(target, probes, {
    concurrency: flags.concurrency,
    rps: flags.rps,
    retries: flags.retries,
    timeoutMs: flags.timeout,
    seed: flags.seed,
    systemPrompt,
    allowedHosts: flags.allowedHosts,
    judge,
    signal: controller.signal,
    onProgress: (done, total, last) => {
      bar.label(last.key);
      bar.tick(1);
      if (last.status !== 0) answered = true;
      if (
        !answered &&
        unreachable === undefined &&
        !controller.signal.aborted &&
        done >= Math.min(UNREACHABLE_AFTER, total)
      ) {
        unreachable = last.error ?? 'no answer';
        controller.abort();
      }
    },
  });
  bar.done();
  if (unreachable !== undefined) {
    throw new BastionError(
      'BASTION_ERR_REDTEAM_TARGET_UNREACHABLE',
      `${target.describe()}: no answer to the first ${Math.min(UNREACHABLE_AFTER, probes.length)} probes (${unreachable}); nothing was measured. Is the target running, and is the URL right?`,
    );
  }
  const report = buildReport({
    target: target.describe(),
    startedAt: started,
    durationMs: Date.now() - started.getTime(),
    seed: flags.seed,
    judge: flags.judgeModel ? `${flags.judgeModel} at ${judgeUrl}` : null,
    results,
  });
  const diff = baseline ? compareBaseline(report, baseline) : undefined;

  // The summary first: if a report file cannot be written (disk full, read-only path), the run's result is still
  // on the screen.
  if (!flags.quiet) process.stdout.write(renderTerminal(report, diff) + '\n');
  if (flags.json) writeOutputFile(flags.json, JSON.stringify(report, null, 2) + '\n', 'JSON report');
  if (flags.html) writeOutputFile(flags.html, renderHtml(report, diff), 'HTML report');
  if (flags.junit) writeOutputFile(flags.junit, renderJUnit(report), 'JUnit report');

  const failures = thresholdFailures(report, {
    overall: flags.failAbove,
    perCategory: flags.failAboveCategory,
  });
  if (diff && diff.regressions.length > 0 && flags.failAbove === undefined)
    failures.push(`${diff.regressions.length} regressions against the baseline`);
  const unanswered = unansweredFailure(report);
  if (unanswered) {
    const keyHint = report.results.some((r) => r.status === 401)
      ? ` — is the target's key in $${flags.apiKeyEnv}?`
      : '';
    failures.push(unanswered + keyHint);
  }
  if (controller.signal.aborted) failures.push('interrupted');
  for (const failure of failures) process.stderr.write(`FAIL: ${failure}\n`);
  if (failures.length > 0) process.exitCode = 1;
}

/** Registers `bastion redteam`. */
export function register(program: Command): void {
  const redteam = program
    .command('redteam')
    .description('Attack an LLM endpoint with the built-in library and report what got through.');

  redteam
    .command('run')
    .description('Run attacks × mutators against a target; exit 1 when a threshold is exceeded.')
    .option(
      '--target <url>',
      'OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 (Bastion, OpenAI, Ollama, vLLM)',
      httpUrl,
    )
    .option('--model <name>', 'model name sent to the target', 'gpt-4o-mini')
    .option(
      '--api-key-env <var>',
      'environment variable holding the target API key',
      'BASTION_REDTEAM_API_KEY',
    )
    .option('--http <url>', 'a generic JSON endpoint instead of an OpenAI-compatible one', httpUrl)
    .option('--gateway-config <file>', "attack Bastion's own gateway in process, started from this config")
    .option(
      '--use-case <id>',
      'with --gateway-config: the use case of the temporary key (default: the first)',
    )
    .option(
      '--body-template <json>',
      'with --http: body with {{prompt}} and {{system}} placeholders',
      '{"prompt":"{{prompt}}"}',
    )
    .option('--response-path <path>', 'with --http: dot path to the answer in the JSON response', 'answer')
    .addOption(
      new Option('--header <name: value>', 'extra request header (repeatable)')
        .argParser(header)
        .default({}, 'none'),
    )
    .option('--categories <list>', `comma-separated: ${CATEGORY_IDS.join(', ')}`, list)
    .option('--attacks <ids>', 'comma-separated attack ids (see `bastion redteam list`)', list)
    .option('--sample <n>', 'take every n-th attack per category (quick runs)', wholeFrom('--sample', 1))
    .option('--mutators <list>', '`all`, `none`, or comma-separated mutator ids', 'all')
    .option(
      '--mutators-per-attack <n>',
      'mutators applied to each attack, chosen by the seed (0 = every one)',
      wholeFrom('--mutators-per-attack', 0),
      2,
    )
    .option('--no-base', 'do not also send each attack unmutated')
    .option('--concurrency <n>', 'requests in flight', wholeFrom('--concurrency', 1), 8)
    .option('--rps <n>', 'requests per second at most (0 = unlimited)', wholeFrom('--rps', 0), 0)
    .option('--retries <n>', 'retries on 429, 5xx and network errors', wholeFrom('--retries', 0), 2)
    .option('--timeout <duration>', 'per-request timeout', duration, 30_000)
    .option(
      '--seed <n>',
      'seed for mutator choices and planted secrets (reproducible runs)',
      wholeFrom('--seed', 0),
      1,
    )
    .option(
      '--system-prompt <file>',
      'system prompt template with {{CANARY}} {{SECRET}} {{NAME}} {{EMAIL}} {{PHONE}} {{CARD}}',
    )
    .option('--judge-model <name>', 'optional LLM judge for "did it comply?" verdicts (marked in reports)')
    .option('--judge-url <url>', 'OpenAI-compatible base URL of the judge (default: --target)', httpUrl)
    .option(
      '--judge-api-key-env <var>',
      'environment variable holding the judge API key (default: --api-key-env)',
    )
    .addOption(
      new Option('--allowed-hosts <list>', 'hosts the app may link to; others count as exfiltration')
        .argParser(list)
        .default(['acme.example'], 'acme.example'),
    )
    .option('--json <file>', 'write the JSON report')
    .option('--html <file>', 'write the self-contained HTML report')
    .option('--junit <file>', 'write JUnit XML for CI')
    .option(
      '--fail-above <rate>',
      'exit 1 when the overall attack success rate is above this (0-1 or a percentage)',
      shareArg('--fail-above'),
    )
    .addOption(
      new Option('--fail-above-category <cat=rate>', 'per-category threshold (repeatable)')
        .argParser(categoryRate)
        .default({}, 'none'),
    )
    .option('--baseline <file>', 'an earlier JSON report: show regressions and fixes')
    .option('--quiet', 'no terminal summary', false)
    .action(run);

  redteam
    .command('list')
    .description('List attack categories, attacks and mutators.')
    .option('--json', 'machine-readable')
    .option('--category <cat>', "list this category's attacks: id, source and title (ids for run --attacks)")
    .action((flags: { json?: boolean; category?: string }) => {
      const attacks = builtinAttacks();
      if (flags.category !== undefined) {
        const category = flags.category;
        if (!(CATEGORY_IDS as readonly string[]).includes(category))
          throw new BastionError(
            'BASTION_ERR_INPUT_INVALID',
            `--category: unknown "${category}" (known: ${CATEGORY_IDS.join(', ')})`,
          );
        const chosen = attacks.filter((a) => a.category === category);
        if (flags.json) {
          process.stdout.write(JSON.stringify(chosen, null, 2) + '\n');
          return;
        }
        const width = Math.max(...chosen.map((a) => a.id.length));
        for (const a of chosen)
          process.stdout.write(
            `${a.id.padEnd(width)}  ${a.source.padEnd(10)}  ${a.title.replace(/\s+/g, ' ')}\n`,
          );
        process.stdout.write(`\n${chosen.length} ${category} attacks\n`);
        return;
      }
      if (flags.json) {
        process.stdout.write(
          JSON.stringify(
            {
              categories: CATEGORIES,
              mutators: Object.values(MUTATORS).map(({ id, description }) => ({ id, description })),
              attacks,
            },
            null,
            2,
          ) + '\n',
        );
        return;
      }
      for (const category of CATEGORY_IDS) {
        const n = attacks.filter((a) => a.category === category).length;
        process.stdout.write(
          `${category.padEnd(26)} ${String(n).padStart(4)} attacks  ${CATEGORIES[category].owasp} · SAIF: ${CATEGORIES[category].saif}\n`,
        );
      }
      process.stdout.write(`\n${attacks.length} attacks, ${Object.keys(MUTATORS).length} mutators:\n`);
      for (const m of Object.values(MUTATORS))
        process.stdout.write(`  ${m.id.padEnd(16)} ${m.description}\n`);
      process.stdout.write('\nAttack ids (for run --attacks): bastion redteam list --category CATEGORY\n');
    });

  redteam
    .command('vulnerable-model')
    .description(
      'Serve a deliberately vulnerable OpenAI-compatible model on loopback, to try the red team and the guards.',
    )
    .option(
      '--port <n>',
      'port (0 = any free one)',
      numberArg('--port', { min: 0, max: 65_535, integer: true }, '0-65535'),
      0,
    )
    .action(async (flags: { port: number }) => {
      const model = await startVulnerableModel(flags.port);
      process.stdout.write(`${model.url}\n`);
      process.stderr.write('deliberately vulnerable model (model name: vulnerable); Ctrl-C to stop\n');
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
      await model.close();
    });
}
