import type { Command } from 'commander';
import { guardsSchema } from '../../core/config/guards-schema.js';
import { locateConfigErrors, type LoadedConfig } from '../../core/config/index.js';
import { BastionError } from '../../core/errors/index.js';
import { createGuardEngine, type GuardEngine } from '../../guards/engine.js';
import { offlineGuards } from '../../guards/offline-budget.js';
import { handleGuardScan, type GuardScanDeps, type GuardScanResponse } from '../../guards/scan-api.js';
import { loadCommandConfig } from '../shared/config.js';
import { firstBadByte, utf8Lines } from '../shared/utf8-lines.js';

interface ScanOptions {
  direction: string;
  useCase?: string;
  config?: string;
  model?: string;
  systemPrompt?: string;
  canary?: string[];
  jsonl?: boolean;
  json?: boolean;
}

/** Only an explicit --config or BASTION_CONFIG loads a file: `bastion scan` must work anywhere with the defaults. */
function buildDeps(options: ScanOptions): GuardScanDeps {
  const explicit = options.config ?? process.env.BASTION_CONFIG;
  const loaded: LoadedConfig | undefined = explicit ? loadCommandConfig(explicit) : undefined;
  const config = loaded?.config;
  const build = (): GuardEngine =>
    createGuardEngine(
      // Nobody waits on this scan: the gateway's per-scanner time budget would block large input for its size.
      offlineGuards(config?.guards ?? guardsSchema.parse({})),
      Object.fromEntries(Object.entries(config?.useCases ?? {}).map(([id, uc]) => [id, uc.guards])),
    );
  const engine = loaded ? locateConfigErrors(loaded, build) : build();
  let useCase: GuardScanDeps['useCase'];
  if (options.useCase !== undefined) {
    const uc = config?.useCases[options.useCase];
    if (!uc) {
      const known = Object.keys(config?.useCases ?? {});
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        `--use-case: unknown use case "${options.useCase}" (${known.length ? `known: ${known.join(', ')}` : 'pass --config FILE to use the use cases of a config'})`,
      );
    }
    useCase = { id: options.useCase, config: uc };
  }
  return { engine, ...(useCase ? { useCase } : {}), ...(config ? { models: config.models } : {}) };
}

function direction(value: string): 'input' | 'output' {
  if (value !== 'input' && value !== 'output')
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--direction: expected input or output, got "${value}"`,
    );
  return value;
}

async function readStdin(): Promise<string> {
  // Waiting silently on a terminal looks like a hang to someone who forgot the TEXT argument.
  if (process.stdin.isTTY)
    process.stderr.write('reading the text to scan from standard input (Ctrl-D to end)\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    // As the gateway does with a request body: lenient decoding would scan U+FFFD instead of what was sent.
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `standard input is not UTF-8 text (byte ${firstBadByte(bytes)} is not UTF-8)`,
      { cause },
    );
  }
}

/**
 * An empty stdin is a mistake (a TEXT swallowed by a flag, an empty pipe, stdin closed), not an ALLOW: a check in
 * CI that scanned nothing must not pass. An empty TEXT given as an argument is scanned: it was asked for (an
 * empty model answer), as `{"text": ""}` is in --jsonl.
 */
function refuseEmptyStdin(input: string): void {
  if (input.length > 0) return;
  throw new BastionError(
    'BASTION_ERR_INPUT_INVALID',
    'nothing to scan: standard input was empty (pass the TEXT as an argument, or pipe it in)',
  );
}

function printReadable(text: string, res: GuardScanResponse): void {
  const out = process.stdout;
  const shown = res.findings;
  const classes = res.dataClasses.length ? `  data classes: ${res.dataClasses.join(', ')}` : '';
  out.write(
    `${res.action.toUpperCase()}  ${shown.length} finding${shown.length === 1 ? '' : 's'} in ${res.elapsedUs} µs${classes}\n`,
  );
  for (const f of shown) {
    // Show where, not what: a secret printed to a terminal ends up in scrollback and screen shares.
    const len = f.end - f.start;
    const excerpt =
      f.kind === 'secret'
        ? `${len} chars`
        : JSON.stringify(text.slice(f.start, Math.min(f.end, f.start + 40)) + (len > 40 ? '…' : ''));
    out.write(
      `  ${f.scanner.padEnd(16)} ${(f.type ?? f.kind).padEnd(22)} ${f.score.toFixed(2)}  [${f.start}, ${f.end})  ${excerpt}${f.detail ? `  ${f.detail}` : ''}\n`,
    );
  }
  if (res.reasons.length) {
    out.write('reasons:\n');
    for (const r of res.reasons) out.write(`  - ${r}\n`);
  }
  if (res.rerouteTo) out.write(`reroute to: ${res.rerouteTo}\n`);
}

/** One JSON line per input line, in order; a bad line gets an error line instead of ending the run. */
async function scanJsonl(
  deps: GuardScanDeps,
  base: Record<string, unknown>,
): Promise<{ lines: number; errors: number; blocked: number }> {
  let lines = 0;
  let errors = 0;
  let blocked = 0;
  const progress = process.stderr.isTTY;
  for await (const decoded of utf8Lines(process.stdin)) {
    lines++;
    if (decoded.text === undefined) {
      process.stdout.write(
        JSON.stringify({
          error: { line: lines, message: `not UTF-8 text (byte ${decoded.badByte} of the line)` },
        }) + '\n',
      );
      errors++;
      continue;
    }
    const line = decoded.text;
    if (line.trim() === '') {
      process.stdout.write(JSON.stringify({ error: { line: lines, message: 'empty line' } }) + '\n');
      errors++;
      continue;
    }
    let result: unknown;
    try {
      const row: unknown = JSON.parse(line);
      if (
        typeof row !== 'object' ||
        row === null ||
        Array.isArray(row) ||
        typeof (row as { text?: unknown }).text !== 'string'
      ) {
        throw new BastionError('BASTION_ERR_GUARDS_SCAN_INPUT', 'expected an object with a string "text"');
      }
      const { text } = row as { text: string };
      const res = handleGuardScan({ ...base, text }, deps);
      if (res.action === 'block') blocked++;
      result = { flagged: res.flagged, action: res.action, findings: res.findings, reasons: res.reasons };
    } catch (error) {
      errors++;
      const message =
        error instanceof SyntaxError
          ? `invalid JSON: ${error.message}`
          : error instanceof BastionError
            ? error.message
            : 'scan failed';
      if (!(error instanceof SyntaxError) && !(error instanceof BastionError)) throw error;
      result = { error: { line: lines, message } };
    }
    process.stdout.write(JSON.stringify(result) + '\n');
    if (progress && lines % 500 === 0) process.stderr.write(`\rscanned ${lines} lines`);
  }
  if (progress) process.stderr.write(`\rscanned ${lines} lines, ${blocked} blocked, ${errors} errors\n`);
  return { lines, errors, blocked };
}

/** Registers `bastion scan`. */
export function register(program: Command): void {
  program
    .command('scan')
    .description('Scan text with the guards and show the policy decision (exit 1 when blocked)')
    .argument('[text]', 'text to scan; "-" or omitted reads stdin')
    .option('-d, --direction <direction>', 'input (a prompt) or output (a model response)', 'input')
    .option(
      '-u, --use-case <id>',
      'apply the guard settings and data rules of this use case (needs --config)',
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: $BASTION_CONFIG, else built-in guard defaults)',
    )
    .option('-m, --model <name>', 'model the text would go to (decides which data classes may pass)')
    .option('--system-prompt <text>', 'for output scans: the system prompt, to detect leaks of it')
    // One token per flag, repeated for several: a variadic option would also swallow the TEXT after it (which then
    // came from an empty stdin and scanned as ALLOW).
    .option(
      '--canary <token>',
      'for output scans: a canary planted in the system prompt (repeat for several)',
      (token: string, previous: string[] = []) => [...previous, token],
    )
    .option('--json', 'print the full result as JSON')
    .option(
      '--jsonl',
      'batch: read {"text": …} lines from stdin, write {"flagged","action","findings"} lines (exit 1 when a line is blocked, 2 when a line is invalid)',
    )
    .action(async (text: string | undefined, options: ScanOptions) => {
      const deps = buildDeps(options);
      const base = {
        direction: direction(options.direction),
        ...(options.model ? { model: options.model } : {}),
        ...(options.systemPrompt !== undefined ? { systemPrompt: options.systemPrompt } : {}),
        ...(options.canary ? { canaries: options.canary } : {}),
      };
      if (options.jsonl) {
        if (text !== undefined)
          throw new BastionError('BASTION_ERR_INPUT_INVALID', '--jsonl reads stdin; do not pass TEXT');
        const batch = await scanJsonl(deps, base);
        // Same meaning as everywhere in the CLI: 2 = bad input (a line was not {"text": …}), 1 = a check failed.
        if (batch.errors > 0) {
          process.stderr.write(
            `bastion: ${batch.errors} of ${batch.lines} lines were not {"text": …} in UTF-8 (see the error lines)\n`,
          );
          process.exitCode = 2;
        } else if (batch.blocked > 0) process.exitCode = 1;
        return;
      }
      const fromStdin = text === undefined || text === '-';
      const input = fromStdin ? await readStdin() : text;
      if (fromStdin) refuseEmptyStdin(input);
      const res = handleGuardScan({ ...base, text: input, redact: Boolean(options.json) }, deps);
      if (options.json) process.stdout.write(JSON.stringify(res, null, 2) + '\n');
      else printReadable(input, res);
      if (res.action === 'block') process.exitCode = 1;
    });
}
