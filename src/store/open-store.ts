import { isAbsolute, resolve } from 'node:path';
import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import { BastionError } from '../core/errors/index.js';
import type { Logger } from '../core/log.js';
import { silentLogger } from '../core/log.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** `sqlite://./bastion.db`, `sqlite:///abs/path.db`, `sqlite://:memory:` or `postgres://…` (`?schema=NAME` selects a schema). */
  store: string;
  /** `memory`, `sqlite` (the store's SQLite file) or `redis://…`. */
  counters: string;
  logger?: Logger;
  clock?: Clock;
  /** Folder relative SQLite paths resolve against (the config file's folder); default the working directory. */
  baseDir?: string;
  /** How long the key cache trusts an answer; revocations from other processes apply within this. Default 2000. */
  keyCacheTtlMs?: number;
  /** Redis key prefix, so several deployments (or test runs) can share one Redis. Default `bastion`. */
  counterPrefix?: string;
}

export type ParsedStoreUrl =
  { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string; schema: string | null };

/** Splits a store URL into its implementation and location; relative SQLite paths resolve against `baseDir`. */
export function parseStoreUrl(url: string, baseDir: string = process.cwd()): ParsedStoreUrl {
  if (url.startsWith('sqlite://')) {
    const rest = url.slice('sqlite://'.length);
    if (rest === '')
      throw new BastionError('BASTION_ERR_STORE_URL_INVALID', `store "${url}": missing the file path`);
    if (rest === ':memory:') return { kind: 'sqlite', path: ':memory:' };
    return { kind: 'sqlite', path: isAbsolute(rest) ? rest : resolve(baseDir, rest) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch (cause) {
      throw new BastionError('BASTION_ERR_STORE_URL_INVALID', 'store: the postgres:// URL cannot be parsed', {
        cause,
      });
    }
    const schema = parsed.searchParams.get('schema');
    if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      throw new BastionError(
        'BASTION_ERR_STORE_URL_INVALID',
        `store: schema "${schema}" must be lower-case letters, digits and _`,
      );
    }
    parsed.searchParams.delete('schema');
    return { kind: 'postgres', url: parsed.toString(), schema };
  }
  throw new BastionError(
    'BASTION_ERR_STORE_URL_INVALID',
    `store "${redactUrl(url)}": expected sqlite://PATH or postgres://…`,
  );
}

/** A URL safe for messages: credentials removed. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/[^/@]*@/, '//***@');
}

/**
 * Opens the configured store and counters, running schema migrations first.
 *
 * @example
 * const store = await openStore({ store: 'sqlite://./bastion.db', counters: 'sqlite' });
 * const verdict = await store.auth.authenticate(secret);
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const location = parseStoreUrl(options.store, options.baseDir);
  const resolved = {
    ...options,
    logger: options.logger ?? silentLogger,
    clock: options.clock ?? systemClock,
  };
  // Implementations load lazily: a SQLite deployment never loads pg, and the reverse.
  if (location.kind === 'sqlite') {
    const { openSqliteStore } = await import('./sqlite/open-sqlite-store.js');
    return openSqliteStore(location.path, resolved);
  }
  const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
  return openPostgresStore(location, resolved);
}
