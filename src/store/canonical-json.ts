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
      return JSON.stringify(value);
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
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const child = record[key];
    if (child === undefined) continue;
    out += (first ? '' : ',') + JSON.stringify(key) + ':' + canonicalJson(child);
    first = false;
  }
  return out + '}';
}
