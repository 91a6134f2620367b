import type { Command } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { cliKeyAuditEntry } from '../../store/key-audit.js';
import type { KeyLimits, KeyRecord } from '../../store/types.js';
import { loadCommandConfig } from '../shared/config.js';
import { optionalNumberFlag } from '../shared/number-flag.js';
import { storeLocation, withStore } from '../shared/store.js';

interface CreateOptions {
  config?: string;
  useCase?: string;
  admin?: boolean;
  name?: string;
  rpm?: string;
  tpm?: string;
  dailyBudgetUsd?: string;
  monthlyBudgetUsd?: string;
}

const CONFIG_FLAG = [
  '-c, --config <file>',
  'configuration file (default: $BASTION_CONFIG, the nearest bastion.yaml here or above, or the built-in one with its data in this folder)',
] as const;

function limitsFrom(options: CreateOptions): KeyLimits {
  const limits: KeyLimits = {};
  const whole = { above: 0, integer: true };
  const usd = { above: 0 };
  const rpm = optionalNumberFlag('--rpm', options.rpm, whole, 'a positive whole number');
  const tpm = optionalNumberFlag('--tpm', options.tpm, whole, 'a positive whole number');
  const daily = optionalNumberFlag('--daily-budget-usd', options.dailyBudgetUsd, usd, 'a positive number');
  const monthly = optionalNumberFlag(
    '--monthly-budget-usd',
    options.monthlyBudgetUsd,
    usd,
    'a positive number',
  );
  if (rpm !== undefined) limits.rpm = rpm;
  if (tpm !== undefined) limits.tpm = tpm;
  if (daily !== undefined) limits.dailyBudgetUsd = daily;
  if (monthly !== undefined) limits.monthlyBudgetUsd = monthly;
  return limits;
}

function describeLimits(limits: KeyLimits): string {
  const parts = Object.entries(limits).map(([name, value]) => `${name}=${value}`);
  return parts.length > 0 ? parts.join(' ') : 'use-case defaults';
}

function describeKey(key: KeyRecord): string {
  const scope = key.admin ? 'admin' : `use case ${key.useCase}, limits: ${describeLimits(key.limits)}`;
  return `${key.id}${key.name ? ` "${key.name}"` : ''} (${scope})`;
}

/** Only the secret goes to stdout, so `KEY=$(bastion keys create …)` captures exactly the key. */
function printSecret(secret: string, note: string): void {
  process.stdout.write(secret + '\n');
  process.stderr.write(`${note}\nThe key above is shown only this once; Bastion keeps only its hash.\n`);
}

function table(keys: readonly KeyRecord[]): string {
  const rows = keys.map((k) => [
    k.id,
    k.name || '-',
    k.prefix + '…',
    k.admin ? '(admin)' : (k.useCase ?? '-'),
    k.admin ? '-' : describeLimits(k.limits),
    k.createdAt.slice(0, 19).replace('T', ' '),
    k.lastUsedAt ? k.lastUsedAt.slice(0, 19).replace('T', ' ') : 'never',
    k.revokedAt ? `revoked ${k.revokedAt.slice(0, 10)}` : 'active',
  ]);
  const header = ['ID', 'NAME', 'PREFIX', 'USE CASE', 'LIMITS', 'CREATED (UTC)', 'LAST USED', 'STATUS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Registers `bastion keys create|list|revoke|rotate`. */
export function register(program: Command): void {
  const keys = program.command('keys').description('Create, list, revoke and rotate gateway API keys');

  keys
    .command('create')
    .description('Create a key scoped to one use case (or an admin key); prints only the key on stdout, once')
    .option(...CONFIG_FLAG)
    .option('--use-case <id>', 'use case the key may call (must exist in the config)')
    .option('--admin', 'create an admin key (manages keys through /admin/v1; calls no models)')
    .option('--name <name>', 'a label to recognise the key by')
    .option('--rpm <n>', 'requests per minute (overrides the use case)')
    .option('--tpm <n>', 'tokens per minute (overrides the use case)')
    .option('--daily-budget-usd <usd>', 'spend per UTC day (overrides the use case)')
    .option('--monthly-budget-usd <usd>', 'spend per calendar month (overrides the use case)')
    .addHelpText(
      'after',
      '\nExamples:\n  KEY=$(npx bastion keys create --use-case demo --name ci --rpm 60)\n  npx bastion keys create --admin --name ops\n',
    )
    .action(async (options: CreateOptions) => {
      if (options.admin && options.useCase) {
        throw new BastionError('BASTION_ERR_INPUT_INVALID', 'use either --admin or --use-case, not both');
      }
      if (!options.admin && !options.useCase) {
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          'missing --use-case ID (or --admin for an admin key)',
        );
      }
      const limits = limitsFrom(options);
      if (options.admin && Object.keys(limits).length > 0) {
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          'admin keys call no models: --rpm/--tpm/budgets do not apply',
        );
      }
      const loaded = loadCommandConfig(options.config);
      if (options.useCase && !(options.useCase in loaded.config.useCases)) {
        const known = Object.keys(loaded.config.useCases);
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          `--use-case: "${options.useCase}" is not a use case in ${loaded.file} (known: ${known.join(', ') || 'none'})`,
        );
      }
      // The key and its audit record in one transaction: if the log cannot take the record, no key exists (and
      // nobody sees a secret).
      const issued = await withStore(loaded, (store) =>
        store.changeKey(
          {
            action: 'create',
            input: {
              name: options.name ?? '',
              useCase: options.useCase ?? null,
              admin: options.admin ?? false,
              limits,
            },
          },
          (record) => cliKeyAuditEntry('create', record),
        ),
      );
      printSecret(issued.secret ?? '', `Created ${describeKey(issued.record)} in ${storeLocation(loaded)}.`);
    });

  keys
    .command('list')
    .description('List keys (never their secrets)')
    .option(...CONFIG_FLAG)
    .option('--json', 'print JSON instead of a table')
    .option('--active', 'hide revoked keys')
    .action(async (options: { config?: string; json?: boolean; active?: boolean }) => {
      const loaded = loadCommandConfig(options.config);
      const list = await withStore(loaded, (store) => store.keys.list({ includeRevoked: !options.active }), {
        mustExist: true,
      });
      if (options.json) process.stdout.write(JSON.stringify(list, null, 2) + '\n');
      else if (list.length === 0)
        process.stdout.write(
          `No keys yet in ${storeLocation(loaded)}. Create one with: npx bastion keys create --use-case ID\n`,
        );
      else {
        process.stdout.write(table(list) + '\n');
        process.stderr.write(`store: ${storeLocation(loaded)}\n`);
      }
    });

  keys
    .command('usage <id>')
    .description('Show what a key used in the current minute, day and month against its limits')
    .option(...CONFIG_FLAG)
    .option('--json', 'print JSON')
    .action(async (id: string, options: { config?: string; json?: boolean }) => {
      const loaded = loadCommandConfig(options.config);
      const { counters, store } = loaded.config;
      // counters: sqlite with a PostgreSQL store falls back to memory in each process (src/store/open-counters.ts):
      // read from here, it would show zeros, not what the gateway counted.
      if (counters === 'memory' || (counters === 'sqlite' && !store.startsWith('sqlite://'))) {
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          `counters: ${counters}${counters === 'sqlite' ? ' with a PostgreSQL store counts in memory' : ' lives'} inside each gateway process, so this command cannot see them; ask the gateway's admin API (GET /admin/v1/keys/ID/usage), or set counters: redis://… to share them`,
        );
      }
      const { key, usage } = await withStore(
        loaded,
        async (store) => {
          const found = await store.keys.get(id);
          if (!found) throw new BastionError('BASTION_ERR_STORE_KEY_NOT_FOUND', `no key with id "${id}"`);
          return { key: found, usage: await store.counters.usage(id) };
        },
        { counters: true, mustExist: true },
      );
      // The gateway applies the key's own limits over its use case's.
      const useCase = key.useCase === null ? undefined : loaded.config.useCases[key.useCase];
      const limits: KeyLimits = { ...(useCase?.limits ?? {}), ...key.limits };
      if (options.json) {
        process.stdout.write(JSON.stringify({ keyId: id, usage, limits }, null, 2) + '\n');
        return;
      }
      for (const name of ['rpm', 'tpm', 'dailyBudgetUsd', 'monthlyBudgetUsd'] as const) {
        const limit = limits[name];
        process.stdout.write(
          `${name.padEnd(17)} ${String(usage[name]).padStart(12)}  of ${limit ?? 'no limit'}\n`,
        );
      }
    });

  keys
    .command('revoke <id>')
    .description('Revoke a key; the gateway refuses it within seconds (at once through the admin API)')
    .option(...CONFIG_FLAG)
    .action(async (id: string, options: { config?: string }) => {
      const loaded = loadCommandConfig(options.config);
      const { record } = await withStore(
        loaded,
        (store) =>
          store.changeKey({ action: 'revoke', id }, (revoked) => cliKeyAuditEntry('revoke', revoked)),
        { mustExist: true },
      );
      process.stdout.write(`revoked ${record.id} at ${record.revokedAt}\n`);
      process.stderr.write(`store: ${storeLocation(loaded)}\n`);
    });

  keys
    .command('rotate <id>')
    .description(
      'Give a key a new secret (same id, scope and limits); prints only the new key on stdout, once',
    )
    .option(...CONFIG_FLAG)
    .action(async (id: string, options: { config?: string }) => {
      const loaded = loadCommandConfig(options.config);
      const issued = await withStore(
        loaded,
        (store) =>
          store.changeKey({ action: 'rotate', id }, (rotated) => cliKeyAuditEntry('rotate', rotated)),
        { mustExist: true },
      );
      printSecret(
        issued.secret ?? '',
        `Rotated ${describeKey(issued.record)} in ${storeLocation(loaded)}; the previous key no longer works.`,
      );
    });
}
