/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, `undefined` members dropped.
 * Two stores (SQLite, PostgreSQL) rebuild the same bytes from their columns, so the hash only depends on the
 * values, never on how a database happens to order or format them. Written as plain loops: it runs on every
 * audit append (the gateway's hot path), where the Object.entries/sort/map version cost several times more.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite numbers have no JSON form');
      // For finite numbers String() and JSON.stringify() give the same text (-0 → "0"), String() is cheaper.
      return String(value);
    case 'object':
      break;
    default:
      return 'null';
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!isSorted(keys)) sortKeys(keys);
  return canonicalMembers(record, keys);
}

/** Whether keys are already in the order `Array.prototype.sort` would give (UTF-16 code units). */
function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/**
 * Sorts in place in the order `Array.prototype.sort()` gives strings (UTF-16 code units, which `<` compares too).
 * The audit record's per-stage latencies (~10 keys, in pipeline order) are sorted on every append: an insertion
 * sort of so few keys costs a fraction of the generic sort, which converts and compares through the runtime.
 */
function sortKeys(keys: string[]): void {
  if (keys.length > 32) {
    keys.sort();
    return;
  }
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    while (j >= 0 && (keys[j] as string) > key) {
      keys[j + 1] = keys[j] as string;
      j--;
    }
    keys[j + 1] = key;
  }
}

/** Member names as JSON strings, kept for the few names records use (stage names, content fields), bounded. */
const quoted = new Map<string, string>();
const QUOTED_MAX = 512;

function quoteKey(key: string): string {
  let q = quoted.get(key);
  if (q === undefined) {
    q = JSON.stringify(key);
    if (quoted.size < QUOTED_MAX) quoted.set(key, q);
  }
  return q;
}

/** `{…}` of the given members, in the given (already sorted) order, skipping undefined ones. */
function canonicalMembers(record: Readonly<Record<string, unknown>>, sortedKeys: readonly string[]): string {
  let out = '{';
  let first = true;
  for (const key of sortedKeys) {
    const child = record[key];
    if (child === undefined) continue;
    out += (first ? '' : ',') + quoteKey(key) + ':' + canonicalJson(child);
    first = false;
  }
  return out + '}';
}

/**
 * A canonical serialiser for objects that always carry the same member names (the audit record): the names are
 * sorted once, here, instead of on every call. Gives exactly `canonicalJson(pick(value, names))`: members not
 * named are ignored, undefined ones dropped.
 *
 * @example
 * const serialise = canonicalJsonOf(['seq', 'kind']);
 * serialise({ kind: 'request', seq: 1, hash: 'ignored' }); // '{"kind":"request","seq":1}'
 */
export function canonicalJsonOf(
  names: readonly string[],
): (value: Readonly<Record<string, unknown>>) => string {
  const sorted = [...names].sort();
  const prefixes = sorted.map((name) => JSON.stringify(name) + ':');
  return (value) => {
    let out = '{';
    let first = true;
    for (let i = 0; i < sorted.length; i++) {
      const child = value[sorted[i] as string];
      if (child === undefined) continue;
      out += (first ? '' : ',') + (prefixes[i] as string) + canonicalJson(child);
      first = false;
    }
    return out + '}';
  };
}
