import { once } from 'node:events';
import type { Command } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { verifyAuditSegment } from '../../store/audit-segment.js';
import type { AuditRecord } from '../../store/types.js';
import { readJsonl } from '../shared/jsonl.js';
import { createProgress, type Progress } from '../shared/progress.js';
import { loadCommandConfig } from '../shared/config.js';
import { storeLocation, withStore } from '../shared/store.js';
import { parseDurationMs, parseTimeFlag } from '../shared/time.js';

const CONFIG_FLAG = [
  '-c, --config <file>',
  'configuration file (default: $BASTION_CONFIG, the nearest bastion.yaml here or above, or the built-in one with its data in this folder)',
] as const;

/** Writes with backpressure, so exporting millions of records keeps memory flat. False when the reader went away. */
async function write(line: string): Promise<boolean> {
  if (process.stdout.destroyed) return false;
  if (!process.stdout.write(line)) {
    const result = await Promise.race([
      once(process.stdout, 'drain').then(() => true),
      once(process.stdout, 'close').then(() => false),
    ]);
    return result;
  }
  return true;
}

/** Yields the records of an export file, refusing lines that are not audit records (file:line). */
async function* auditRecords(path: string): AsyncGenerator<AuditRecord> {
  for await (const { value, line } of readJsonl(path)) {
    const record = value as Partial<AuditRecord> | null;
    if (
      record === null ||
      typeof record !== 'object' ||
      typeof record.seq !== 'number' ||
      typeof record.hash !== 'string' ||
      typeof record.prevHash !== 'string'
    ) {
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        `${path}:${line}: not an audit record (needs seq, prevHash, hash)`,
      );
    }
    yield record as AuditRecord;
  }
}

async function verifyFile(path: string, json: boolean): Promise<void> {
  const result = await verifyAuditSegment(auditRecords(path));
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else if (result.ok) {
    process.stdout.write(
      result.count === 0
        ? `${path}: no records\n`
        : `${path}: intact: ${result.count} records, seq ${result.firstSeq}..${result.lastSeq}, last hash ${result.lastHash}\n`,
    );
  } else
    process.stderr.write(
      `${path}: BROKEN at record seq ${result.seq} (${result.reason}): ${result.message}\n`,
    );
  if (!result.ok) process.exitCode = 1;
}

/** Registers `bastion audit verify|export|purge`. */
export function register(program: Command): void {
  const audit = program.command('audit').description('Verify, export and purge the hash-chained audit log');

  audit
    .command('verify')
    .description('Check the whole hash chain; exit 0 when intact, 1 naming the first bad record')
    .option(...CONFIG_FLAG)
    .option('--json', 'print the result as JSON')
    .option('--file <path>', 'verify an exported JSONL file (or - for stdin) instead of the store')
    .addHelpText(
      'after',
      '\nExamples:\n  npx bastion audit verify\n  npx bastion audit export --since 30d > month.jsonl && npx bastion audit verify --file month.jsonl\n',
    )
    .action(async (options: { config?: string; json?: boolean; file?: string }) => {
      if (options.file !== undefined) return verifyFile(options.file, options.json === true);
      const loaded = loadCommandConfig(options.config);
      // The bar draws only on a TTY; the store reports the total with the first tick.
      let bar: Progress | undefined;
      let seen = 0;
      const onProgress = (checked: number, total: number) => {
        bar ??= createProgress({ total, unit: 'items', title: 'verifying' });
        bar.tick(checked - seen);
        seen = checked;
      };
      const result = await withStore(loaded, (store) => store.audit.verify({ onProgress }), {
        mustExist: true,
      });
      bar?.done();
      if (options.json) process.stdout.write(JSON.stringify(result) + '\n');
      else if (result.ok) {
        process.stdout.write(
          `audit log intact: ${result.count} records verified, head seq ${result.headSeq} (${result.headHash})\n`,
        );
        process.stderr.write(`store: ${storeLocation(loaded)}\n`);
      } else {
        process.stderr.write(
          `audit log BROKEN at record seq ${result.seq} (${result.reason}): ${result.message}\n`,
        );
        process.stderr.write(`  ${result.checked} records before it verified.\n`);
      }
      if (!result.ok) process.exitCode = 1;
    });

  audit
    .command('export')
    .description('Stream audit records as JSON lines, oldest first')
    .option(...CONFIG_FLAG)
    .requiredOption('--since <time>', 'ISO-8601 time or a duration back from now (24h, 7d)')
    .option('--until <time>', 'ISO-8601 time or a duration back from now (default: now)')
    .option('--format <format>', 'output format: jsonl', 'jsonl')
    .addHelpText(
      'after',
      '\nExamples:\n  npx bastion audit export --since 24h > last-day.jsonl\n  npx bastion audit export --since 2026-01-01 --until 2026-02-01\n',
    )
    .action(async (options: { config?: string; since: string; until?: string; format: string }) => {
      if (options.format !== 'jsonl') {
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          `--format: only jsonl is supported, got "${options.format}"`,
        );
      }
      const now = Date.now();
      const since = parseTimeFlag('--since', options.since, now);
      const until = options.until === undefined ? undefined : parseTimeFlag('--until', options.until, now);
      if (until && until <= since) {
        throw new BastionError('BASTION_ERR_INPUT_INVALID', '--until must be later than --since');
      }
      const loaded = loadCommandConfig(options.config);
      // A reader that stops early (`| head`) closes the pipe; stop quietly instead of crashing on EPIPE.
      process.stdout.on('error', () => undefined);
      const exported = await withStore(
        loaded,
        async (store) => {
          let n = 0;
          for await (const record of store.audit.export({
            since: since.getTime(),
            until: until?.getTime(),
          })) {
            if (!(await write(JSON.stringify(record) + '\n'))) break;
            n++;
          }
          return n;
        },
        { mustExist: true },
      );
      process.stderr.write(`exported ${exported} records from ${storeLocation(loaded)}\n`);
    });

  audit
    .command('purge')
    .description('Delete records older than the retention period; the chain stays verifiable (anchor record)')
    .option(...CONFIG_FLAG)
    .option('--older-than <duration>', 'e.g. 90d (default: audit.retentionDays from the config)')
    .action(async (options: { config?: string; olderThan?: string }) => {
      const loaded = loadCommandConfig(options.config);
      let ageMs = loaded.config.audit.retentionDays * 86_400_000;
      if (options.olderThan !== undefined) {
        const parsed = parseDurationMs(options.olderThan);
        if (parsed === null || parsed <= 0) {
          throw new BastionError(
            'BASTION_ERR_INPUT_INVALID',
            `--older-than: expected a duration such as 90d or 12h, got "${options.olderThan}"`,
          );
        }
        ageMs = parsed;
      }
      const before = new Date(Date.now() - ageMs);
      const result = await withStore(loaded, (store) => store.audit.purge(before.getTime()), {
        mustExist: true,
      });
      process.stdout.write(
        result.throughSeq === null
          ? `nothing older than ${before.toISOString()} to purge\n`
          : `purged ${result.deleted} records (through seq ${result.throughSeq}, older than ${before.toISOString()})\n`,
      );
    });
}
