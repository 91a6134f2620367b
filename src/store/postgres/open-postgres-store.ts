import pg from 'pg';
import { BastionError } from '../../core/errors/index.js';
import { commitKeyChange } from '../key-change.js';
import { createKeyCache } from '../key-cache.js';
import { openCounters } from '../open-counters.js';
import { redactUrl, type ParsedStoreUrl } from '../open-store.js';
import type { ResolvedStoreOptions } from '../sqlite/open-sqlite-store.js';
import type { Store } from '../types.js';
import { migratePostgres } from './pg-migrations.js';
import { createPostgresAudit, inTransaction } from './pg-audit.js';
import { createPostgresKeys } from './pg-keys.js';

/**
 * Keys and audit in PostgreSQL for several gateway replicas; counters come from `counters` (redis://… to share them).
 * `?schema=NAME` in the URL keeps Bastion's tables in their own schema (created if missing).
 */
export async function openPostgresStore(
  location: Extract<ParsedStoreUrl, { kind: 'postgres' }>,
  options: ResolvedStoreOptions,
): Promise<Store> {
  const schema = location.schema ?? 'public';
  const { clock, logger } = options;
  const pool = new pg.Pool({
    connectionString: location.url,
    max: 10,
    connectionTimeoutMillis: 3000,
    // Bounded statements: a stuck database turns into a 503, not a hung request.
    options: `-c search_path=${schema} -c statement_timeout=10000`,
  });
  // Idle clients can error when the server restarts; the pool replaces them. Logging keeps the process alive.
  pool.on('error', (error) => logger.warn('store: postgres connection error', { error: error.message }));
  try {
    if (location.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await migratePostgres(pool, schema);
  } catch (cause) {
    await pool.end().catch(() => undefined);
    if (cause instanceof BastionError) throw cause;
    throw new BastionError(
      'BASTION_ERR_STORE_UNAVAILABLE',
      `store ${redactUrl(location.url)}: ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
  let counters;
  try {
    counters = await openCounters(options.counters, options);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const rawKeys = createPostgresKeys(pool, clock);
  const audit = createPostgresAudit(pool, clock);
  const { auth, keys } = createKeyCache(rawKeys, {
    clock,
    logger,
    ttlMs: options.keyCacheTtlMs,
  });
  let closed = false;
  return {
    kind: 'postgres',
    keys,
    counters,
    audit,
    auth,
    changeKey(change, auditFor) {
      // The key row is locked by its UPDATE/INSERT, then the audit head row: appends elsewhere take only the
      // head lock, so there is no lock-order cycle.
      return commitKeyChange(change, auth, () =>
        inTransaction(pool, 'BEGIN', async (client) => {
          const issued = await rawKeys.applyChange(client, change);
          return { ...issued, audit: await audit.appendInTransaction(client, auditFor(issued.record)) };
        }),
      );
    },
    async close() {
      if (closed) return;
      closed = true;
      await auth.stop();
      await counters.close();
      await pool.end();
    },
  };
}
