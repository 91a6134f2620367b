/**
 * The persistence contracts the gateway, CLI and admin API code against. Implementations:
 * SQLite (keys, counters, audit; the embedded default), PostgreSQL (keys, audit), Redis and memory (counters).
 * Everything here is additive-only: consumers in other modules rely on these shapes.
 */

// ─── Keys ────────────────────────────────────────────────────────────────────

/** `app` keys call models within one use case; `admin` keys manage keys through the admin API. */
export type KeyKind = 'app' | 'admin';

/** Per-key limits; unset fields fall back to the use case's limits (the gateway merges them). */
export interface KeyLimits {
  rpm?: number;
  tpm?: number;
  dailyBudgetUsd?: number;
  monthlyBudgetUsd?: number;
}

/** A key as stored and listed. Never carries the secret; the hash stays inside the store. */
export interface KeyRecord {
  readonly id: string;
  readonly name: string;
  /** The first characters of the secret, safe to show so people can tell keys apart. */
  readonly prefix: string;
  /** The use case the key is scoped to; null for admin keys. */
  readonly useCase: string | null;
  readonly admin: boolean;
  readonly limits: Readonly<KeyLimits>;
  /** ISO-8601 UTC. */
  readonly createdAt: string;
  readonly revokedAt: string | null;
  /** Updated lazily (batched), so it may lag real use by a few seconds. */
  readonly lastUsedAt: string | null;
}

/** What `KeyStore.create` needs; the store generates the id and secret. */
export interface CreateKeyInput {
  name?: string;
  useCase: string | null;
  admin?: boolean;
  limits?: KeyLimits;
}

/** A row as inserted: a full record plus the secret's hash. */
export interface NewKeyRow {
  id: string;
  name: string;
  prefix: string;
  hash: string;
  useCase: string | null;
  admin: boolean;
  limits: KeyLimits;
  createdAt: string;
}

/** A freshly minted key: the secret exists only here, once. */
export interface IssuedKey {
  record: KeyRecord;
  secret: string;
}

export interface KeyStore {
  /** Generates a key, stores its hash, returns the secret once. */
  create(input: CreateKeyInput): Promise<IssuedKey>;
  /** Stores a key whose material was generated elsewhere (see key-material.ts). */
  insert(row: NewKeyRow): Promise<KeyRecord>;
  /** Lookup by SHA-256 hash of the secret; the store confirms the match in constant time. Revoked keys are returned (check `revokedAt`). */
  findByHash(hash: string): Promise<KeyRecord | null>;
  get(id: string): Promise<KeyRecord | null>;
  /** Newest first; revoked keys included unless `includeRevoked: false`. */
  list(options?: { includeRevoked?: boolean }): Promise<KeyRecord[]>;
  /** Marks the key revoked (idempotent). Throws BASTION_ERR_STORE_KEY_NOT_FOUND. */
  revoke(id: string): Promise<KeyRecord>;
  /** New secret, same id, scope and limits; the old secret stops working at once. Throws KEY_NOT_FOUND / KEY_REVOKED. */
  rotate(id: string): Promise<IssuedKey>;
  /** Records use; called in batches by the key cache, not per request. */
  touch(ids: readonly string[], at: string): Promise<void>;
  count(options?: { includeRevoked?: boolean }): Promise<number>;
}

export type AuthResult =
  { ok: true; key: KeyRecord } | { ok: false; reason: 'malformed' | 'unknown' | 'revoked' };

/**
 * The gateway's key check: hashes the presented secret and answers from an in-memory cache
 * (positive and negative entries, short TTL) so the hot path makes no store round trip.
 * Revocations and rotations made through this process take effect at once; those made by another
 * process (CLI, another replica) within `ttlMs` (default 2 s).
 */
export interface KeyAuthenticator {
  /** Synchronous fast path: the cached verdict, or undefined when `authenticate` must ask the store. */
  peek(secret: string): AuthResult | undefined;
  authenticate(secret: string): Promise<AuthResult>;
  /** Drops cached entries (all, or those of one key id). */
  invalidate(keyId?: string): void;
}

// ─── Counters (rate limits and budgets) ─────────────────────────────────────

/** The limits counters enforce, named as in config and error messages. */
export const LIMIT_NAMES = ['rpm', 'tpm', 'dailyBudgetUsd', 'monthlyBudgetUsd'] as const;
export type LimitName = (typeof LIMIT_NAMES)[number];

/** Effective limits for one request (key limits merged over use-case limits by the caller). */
export type EffectiveLimits = Readonly<KeyLimits>;

export interface ConsumeRequest {
  keyId: string;
  limits: EffectiveLimits;
  /** Estimated total tokens (prompt + max completion) charged now and corrected by `adjust`. */
  tokens: number;
  /** Estimated cost in USD, charged now and corrected by `adjust`. */
  costUsd: number;
  /** Wall-clock ms; defaults to the store's clock. */
  now?: number;
}

/**
 * What was charged, to hand back to `adjust`. Window indexes are kept so a correction lands in the
 * window that was charged, even if the minute/day/month rolled over during the call.
 */
export interface Reservation {
  readonly keyId: string;
  readonly tokens: number;
  readonly costUsd: number;
  readonly minute: number;
  readonly day: number;
  readonly month: number;
  /** The limits that were charged; `adjust` corrects only these (nothing is counted for unset limits). */
  readonly charged: readonly LimitName[];
}

export type ConsumeResult =
  | { allowed: true; reservation: Reservation }
  | {
      allowed: false;
      /** The limit that blocks longest when several are exhausted. */
      limit: LimitName;
      /** Whole seconds until that limit's window resets (≥ 1); the gateway sends it as Retry-After. */
      retryAfterSeconds: number;
      /** The configured limit and the amount already used in the current window (USD for budgets). */
      limitValue: number;
      used: number;
    };

export interface CounterStore {
  readonly kind: 'memory' | 'sqlite' | 'redis';
  /** All-or-nothing: either every configured window is charged, or none is. */
  consume(request: ConsumeRequest): Promise<ConsumeResult>;
  /**
   * Synchronous variant, present on in-process implementations (memory, sqlite) for the gateway's hot path.
   * Redis has none.
   */
  consumeSync?(request: ConsumeRequest): ConsumeResult;
  /**
   * Answers from quota this process already holds (a lease, see counter-leases.ts), in memory, when that quota
   * covers the request; undefined when `consume` must ask the shared store (a refusal always comes from there).
   * Present on SQLite counters.
   */
  consumeLeased?(request: ConsumeRequest): ConsumeResult | undefined;
  /**
   * Set when `consume` batches the calls of one event-loop turn into one write (group commit): under load it is
   * then much cheaper than `consumeSync`, which commits once per call, so hot paths should call `consume`.
   */
  readonly batchesConsume?: boolean;
  /** Corrects a reservation to actual usage (may lower or raise it; never denied; floors at zero). */
  adjust(reservation: Reservation, actual: { tokens: number; costUsd: number }): Promise<void>;
  /** Current usage for a key (admin/dashboard view). Budgets in USD. */
  usage(keyId: string, now?: number): Promise<Record<LimitName, number>>;
  close(): Promise<void>;
}

// ─── Audit ───────────────────────────────────────────────────────────────────

export type AuditContentMode = 'hashes' | 'redacted' | 'full';

/** Guard findings summarised for the record; spans and matched text are never stored here. */
export interface AuditFindingSummary {
  scanner: string;
  kind: string;
  count: number;
  maxScore: number;
  /** What the policy did about it (allow, flag, redact, tokenize, block, reroute). */
  action?: string;
}

/** What the gateway passes to `append`. It decides what prompt/response text to keep (per `audit.content`). */
export interface AuditEntry {
  /** ISO-8601 UTC; defaults to now. */
  time?: string;
  requestId: string;
  keyId: string | null;
  useCase: string | null;
  /** Public model name asked for. */
  model: string | null;
  /** Upstream provider id that served the request (after fallback), or null. */
  provider: string | null;
  /** HTTP status returned to the client. */
  status: number;
  /** BastionError code when the request failed. */
  errorCode: string | null;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  /** Milliseconds per pipeline stage, e.g. `{ auth: 0.02, limits: 0.01, upstream: 812.4, total: 813 }`. */
  latencyMs: Record<string, number>;
  findings: AuditFindingSummary[];
  content: {
    mode: AuditContentMode;
    /** SHA-256 hex, redacted text or full text according to `mode`; null when there was none. */
    prompt: string | null;
    response: string | null;
  };
  /** Anything else worth keeping (decision, reasons, stream flag, fallback chain). Must be JSON. */
  extra?: Record<string, unknown> | null;
}

/** `request`: one gateway call. `purge`: retention removed older records (the chain's new anchor). */
export type AuditRecordKind = 'request' | 'purge';

export interface AuditRecord extends Required<Omit<AuditEntry, 'extra'>> {
  readonly seq: number;
  readonly kind: AuditRecordKind;
  readonly extra: Record<string, unknown> | null;
  readonly prevHash: string;
  /** SHA-256 over the canonical JSON of every field above plus `prevHash`. */
  readonly hash: string;
}

export type AuditBreakReason = 'edited' | 'deleted' | 'chain_broken' | 'truncated' | 'anchor_mismatch';

export type VerifyResult =
  | { ok: true; count: number; headSeq: number; headHash: string }
  | {
      ok: false;
      /** The first bad record (for `deleted`: the first missing seq). */
      seq: number;
      reason: AuditBreakReason;
      /** Human sentence naming the record and what is wrong. */
      message: string;
      /** Records checked before the break. */
      checked: number;
    };

export interface VerifyOptions {
  /** Called every few thousand records with how many were checked of how many the chain holds. */
  onProgress?: (checked: number, total: number) => void;
}

export interface AuditExportOptions {
  /** Inclusive, ISO-8601 or ms. */
  since?: string | number;
  /** Exclusive. */
  until?: string | number;
}

export interface PurgeResult {
  /** Records removed. */
  deleted: number;
  /** The last removed seq (the anchor), or null when nothing was old enough. */
  throughSeq: number | null;
}

export interface AuditStore {
  /** Appends one record atomically. Any failure throws BASTION_ERR_STORE_AUDIT_WRITE (the gateway fails closed). */
  append(entry: AuditEntry): Promise<AuditRecord>;
  /** Walks the whole chain; stops at the first bad record. */
  verify(options?: VerifyOptions): Promise<VerifyResult>;
  /**
   * Records in seq order, read in pages so memory stays flat and writers are not blocked. The range is
   * contiguous: from the first record at/after `since` to the last before `until`, so an export is a chain segment
   * that verifies on its own (see `verifyAuditSegment`).
   */
  export(options?: AuditExportOptions): AsyncIterable<AuditRecord>;
  /** Removes records older than `before` and appends a `purge` record anchoring the chain. */
  purge(before: string | number): Promise<PurgeResult>;
  /** Head of the chain: last seq and hash (0 and the genesis hash when empty). */
  head(): Promise<{ seq: number; hash: string }>;
}

// ─── Audited key changes ─────────────────────────────────────────────────────

/** A change to a key that must leave an audit record (see `Store.changeKey`). */
export type KeyChange =
  | { action: 'create'; input: CreateKeyInput }
  | { action: 'rotate'; id: string }
  | { action: 'revoke'; id: string };

export interface KeyChangeResult {
  record: KeyRecord;
  /** The new secret (create, rotate), shown once; null for revoke. */
  secret: string | null;
  /** The audit record written in the same transaction. */
  audit: AuditRecord;
}

// ─── The store ───────────────────────────────────────────────────────────────

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  readonly keys: KeyStore;
  readonly counters: CounterStore;
  readonly audit: AuditStore;
  /** Cached authentication over `keys`; use this on the request path rather than `keys.findByHash`. */
  readonly auth: KeyAuthenticator;
  /**
   * Makes a key change and appends its audit record in ONE transaction (keys and audit share the database, SQLite
   * or PostgreSQL): either both are written or neither. `audit` builds the entry from the changed record (so it
   * can name the key, never the secret). A failed audit write throws BASTION_ERR_STORE_AUDIT_WRITE and leaves the
   * key as it was; key errors (KEY_NOT_FOUND, KEY_REVOKED) leave the log as it was. The key cache forgets the key.
   */
  changeKey(change: KeyChange, audit: (record: KeyRecord) => AuditEntry): Promise<KeyChangeResult>;
  /** Releases connections and flushes pending `lastUsedAt` updates. */
  close(): Promise<void>;
}
