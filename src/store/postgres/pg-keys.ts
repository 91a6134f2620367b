import type pg from 'pg';
import type { Clock } from '../../core/clock.js';
import { BastionError } from '../../core/errors/index.js';
import { constantTimeEqual } from '../../core/hash.js';
import { newKeyRow, regenerateSecret } from '../key-material.js';
import { cleanLimits, keyRowToRecord, type KeyRow } from '../key-row.js';
import type { CreateKeyInput, IssuedKey, KeyChange, KeyRecord, KeyStore, NewKeyRow } from '../types.js';

type Row = KeyRow;

/** A pool, or one client holding a transaction. */
type Queryable = Pick<pg.Pool, 'query'> | pg.PoolClient;

/** The PostgreSQL key store, plus the key change `Store.changeKey` runs on its transaction's client. */
export interface PostgresKeyStore extends KeyStore {
  applyChange(
    client: pg.PoolClient,
    change: KeyChange,
  ): Promise<{ record: KeyRecord; secret: string | null }>;
}

export function createPostgresKeys(pool: pg.Pool, clock: Clock): PostgresKeyStore {
  const ops = keyOps(pool, clock);
  return {
    applyChange(client, change) {
      const own = keyOps(client, clock);
      if (change.action === 'create') return own.create(change.input);
      if (change.action === 'rotate') return own.rotate(change.id);
      return own.revoke(change.id).then((record) => ({ record, secret: null }));
    },
    create: ops.create,
    insert: ops.insert,
    async findByHash(hash) {
      const row = (await ops.query('read', 'SELECT * FROM bastion_keys WHERE hash = $1', [hash])).rows[0];
      if (!row || !constantTimeEqual(row.hash, hash)) return null;
      return keyRowToRecord(row);
    },
    async get(id) {
      const row = await ops.get(id);
      return row ? keyRowToRecord(row) : null;
    },
    async list(options) {
      const where = options?.includeRevoked === false ? 'WHERE revoked_at IS NULL' : '';
      const result = await ops.query(
        'read',
        `SELECT * FROM bastion_keys ${where} ORDER BY created_at DESC, id`,
      );
      return result.rows.map(keyRowToRecord);
    },
    revoke: ops.revoke,
    rotate: ops.rotate,
    async touch(ids, at) {
      if (ids.length === 0) return;
      await ops.query('write', 'UPDATE bastion_keys SET last_used_at = $1 WHERE id = ANY($2)', [
        at,
        [...ids],
      ]);
    },
    async count(options) {
      const where = options?.includeRevoked === false ? 'WHERE revoked_at IS NULL' : '';
      const result = await pool
        .query<{ n: string }>(`SELECT count(*) AS n FROM bastion_keys ${where}`)
        .catch((cause: unknown) => {
          throw new BastionError(
            'BASTION_ERR_STORE_READ',
            `keys: postgres read failed: ${(cause as Error).message}`,
            {
              cause,
            },
          );
        });
      return Number(result.rows[0]?.n ?? 0);
    },
  };
}

/** Create, revoke and rotate on one connection: the pool, or a transaction's client. */
function keyOps(db: Queryable, clock: Clock) {
  const now = () => new Date(clock.now()).toISOString();
  const query = async (
    what: 'read' | 'write',
    text: string,
    values: unknown[] = [],
  ): Promise<pg.QueryResult<Row>> => {
    try {
      return await db.query<Row>(text, values);
    } catch (cause) {
      const code = what === 'read' ? 'BASTION_ERR_STORE_READ' : 'BASTION_ERR_STORE_WRITE';
      throw new BastionError(code, `keys: postgres ${what} failed: ${(cause as Error).message}`, { cause });
    }
  };
  const get = async (id: string): Promise<Row | undefined> =>
    (await query('read', 'SELECT * FROM bastion_keys WHERE id = $1', [id])).rows[0];
  const mustGet = async (id: string): Promise<Row> => {
    const row = await get(id);
    if (!row) throw new BastionError('BASTION_ERR_STORE_KEY_NOT_FOUND', `no key with id "${id}"`);
    return row;
  };
  const insert = async (row: NewKeyRow): Promise<KeyRecord> => {
    const result = await query(
      'write',
      `INSERT INTO bastion_keys (id, name, prefix, hash, use_case, admin, limits, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
      [
        row.id,
        row.name,
        row.prefix,
        row.hash,
        row.useCase,
        row.admin,
        JSON.stringify(cleanLimits(row.limits)),
        row.createdAt,
      ],
    );
    return keyRowToRecord(result.rows[0] as Row);
  };

  return {
    query,
    get,
    insert,
    async create(input: CreateKeyInput): Promise<IssuedKey> {
      const { row, secret } = newKeyRow(input, now());
      return { record: await insert(row), secret };
    },
    async revoke(id: string): Promise<KeyRecord> {
      await mustGet(id);
      await query('write', 'UPDATE bastion_keys SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL', [
        now(),
        id,
      ]);
      return keyRowToRecord(await mustGet(id));
    },
    async rotate(id: string): Promise<IssuedKey> {
      const row = await mustGet(id);
      if (row.revoked_at !== null)
        throw new BastionError('BASTION_ERR_STORE_KEY_REVOKED', `key "${id}" is revoked`);
      const material = regenerateSecret(id);
      const result = await query(
        'write',
        'UPDATE bastion_keys SET hash = $1, prefix = $2 WHERE id = $3 AND revoked_at IS NULL RETURNING *',
        [material.hash, material.prefix, id],
      );
      const updated = result.rows[0];
      if (!updated) throw new BastionError('BASTION_ERR_STORE_KEY_REVOKED', `key "${id}" is revoked`);
      return { record: keyRowToRecord(updated), secret: material.secret };
    },
  };
}
