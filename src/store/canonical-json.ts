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
  if (!isSorted(keys)) keys.sort();
  return canonicalMembers(record, keys);
}

/** Whether keys are already in the order `Array.prototype.sort` would give (UTF-16 code units). */
function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if ((keys[i - 1] as string) > (keys[i] as string)) return false;
  return true;
}

/** `{…}` of the given members, in the given (already sorted) order, skipping undefined ones. */
function canonicalMembers(record: Readonly<Record<string, unknown>>, sortedKeys: readonly string[]): string {
  let out = '{';
  let first = true;
  for (const key of sortedKeys) {
    const child = record[key];
    if (child === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(child);
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
