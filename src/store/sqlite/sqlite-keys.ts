import type Database from 'better-sqlite3';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { constantTimeEqual } from '../../core/hash.js';
import { newKeyRow, regenerateSecret } from '../key-material.js';
import { cleanLimits, keyRowToRecord, type KeyRow } from '../key-row.js';
import type { CreateKeyInput, IssuedKey, KeyChange, KeyRecord, KeyStore, NewKeyRow } from '../types.js';

function wrap<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof BastionError) throw cause;
    const code = /^(SELECT|get|list|count|find)/i.test(what)
      ? 'BASTION_ERR_STORE_READ'
      : 'BASTION_ERR_STORE_WRITE';
    throw new BastionError(code, `keys: ${what} failed: ${(cause as Error).message}`, { cause });
  }
}

/** The SQLite key store, plus the synchronous key change `Store.changeKey` runs inside its transaction. */
export interface SqliteKeyStore extends KeyStore {
  applyChange(change: KeyChange): { record: KeyRecord; secret: string | null };
}

export function createSqliteKeys(db: Database.Database, clock: Clock): SqliteKeyStore {
  const insert = db.prepare(
    `INSERT INTO keys (id, name, prefix, hash, use_case, admin, limits, created_at)
     VALUES (@id, @name, @prefix, @hash, @useCase, @admin, @limits, @createdAt)`,
  );
  const byHash = db.prepare<[string], KeyRow>('SELECT * FROM keys WHERE hash = ?');
  const byId = db.prepare<[string], KeyRow>('SELECT * FROM keys WHERE id = ?');
  const listAll = db.prepare<[], KeyRow>('SELECT * FROM keys ORDER BY created_at DESC, id');
  const listActive = db.prepare<[], KeyRow>(
    'SELECT * FROM keys WHERE revoked_at IS NULL ORDER BY created_at DESC, id',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM keys');
  const countActive = db.prepare<[], { n: number }>(
    'SELECT count(*) AS n FROM keys WHERE revoked_at IS NULL',
  );
  const revoke = db.prepare('UPDATE keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL');
  const rehash = db.prepare('UPDATE keys SET hash = ?, prefix = ? WHERE id = ? AND revoked_at IS NULL');
  const touch = db.prepare('UPDATE keys SET last_used_at = ? WHERE id = ?');
  const now = () => new Date(clock.now()).toISOString();

  const insertRow = (row: NewKeyRow): KeyRecord =>
    wrap('insert', () => {
      const limits = cleanLimits(row.limits);
      insert.run({ ...row, admin: row.admin ? 1 : 0, limits: JSON.stringify(limits) });
      return keyRowToRecord(byId.get(row.id) as KeyRow);
    });

  const get = (id: string) => wrap('get', () => byId.get(id));
  const mustGet = (id: string): KeyRow => {
    const row = get(id);
    if (!row) throw new BastionError('BASTION_ERR_STORE_KEY_NOT_FOUND', `no key with id "${id}"`);
    return row;
  };

  // Synchronous, so `applyChange` can run inside a caller's transaction (the key change and its audit record).
  const create = (input: CreateKeyInput): IssuedKey => {
    const { row, secret } = newKeyRow(input, now());
    return { record: insertRow(row), secret };
  };
  const revokeKey = (id: string): KeyRecord => {
    mustGet(id);
    wrap('revoke', () => revoke.run(now(), id));
    return keyRowToRecord(mustGet(id));
  };
  const rotateKey = (id: string): IssuedKey => {
    const row = mustGet(id);
    if (row.revoked_at !== null)
      throw new BastionError('BASTION_ERR_STORE_KEY_REVOKED', `key "${id}" is revoked`);
    const material = regenerateSecret(id);
    const changed = wrap('rotate', () => rehash.run(material.hash, material.prefix, id).changes);
    if (changed !== 1) throw new BastionError('BASTION_ERR_STORE_KEY_REVOKED', `key "${id}" is revoked`);
    return { record: keyRowToRecord(mustGet(id)), secret: material.secret };
  };

  return {
    applyChange(change) {
      if (change.action === 'create') return create(change.input);
      if (change.action === 'rotate') return rotateKey(change.id);
      return { record: revokeKey(change.id), secret: null };
    },
    create: async (input) => create(input),
    insert: async (row) => insertRow(row),
    async findByHash(hash) {
      const row = wrap('find', () => byHash.get(hash));
      // The index found a candidate; confirm in constant time so the comparison itself leaks nothing.
      if (!row || !constantTimeEqual(row.hash, hash)) return null;
      return keyRowToRecord(row);
    },
    async get(id) {
      const row = get(id);
      return row ? keyRowToRecord(row) : null;
    },
    async list(options) {
      const rows = wrap('list', () => (options?.includeRevoked === false ? listActive.all() : listAll.all()));
      return rows.map(keyRowToRecord);
    },
    revoke: async (id) => revokeKey(id),
    rotate: async (id) => rotateKey(id),
    async touch(ids, at) {
      wrap('touch', () => db.transaction(() => ids.forEach((id) => touch.run(at, id)))());
    },
    async count(options) {
      const stmt = options?.includeRevoked === false ? countActive : countAll;
      return wrap('count', () => (stmt.get() as { n: number }).n);
    },
  };
}
