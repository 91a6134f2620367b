/**
 * Secrets come only from the environment. A key, token or password written in the YAML ends up in git, in backups, in
 * `cat bastion.yaml` pasted into a ticket; a `${VAR}` reference keeps the file shareable. These checks run on the
 * file as written (before interpolation), so they see what a reader of the file would see.
 */

/** A field of the file that carries a credential. */
export interface SecretField {
  path: (string | number)[];
  /** The value as written in the file. */
  raw: string;
  /**
   * `reference`: the whole value is `${VAR}` or `${VAR:-}` (a provider's apiKey, the metrics token). `header`: a
   * reference, optionally after its auth scheme. `url`: only the password of the URL (userinfo or `?password=`) must
   * be a reference; the rest may be written out.
   */
  kind: 'reference' | 'header' | 'url';
  /** What the field holds, for the message: "a provider key", "the metrics token". */
  what: string;
  /** The variable to suggest, e.g. `OPENAI_API_KEY`. */
  variable: string;
}

export interface LiteralSecret {
  path: (string | number)[];
  what: string;
  /** What to write instead, e.g. `${OPENAI_API_KEY}`. */
  variable: string;
  reason: 'literal' | 'default';
}

/** Header names that carry a credential: Authorization, Azure's api-key, Anthropic's x-api-key, any *token/*secret. */
const CREDENTIAL_HEADER = /^(proxy-)?authorization$|api[-_]?key|token|secret|password|cookie/i;
/** The whole value is one reference: `${VAR}` or `${VAR:-}` (no default, or an empty one). */
const WHOLE_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::-)?\}$/;
const ANY_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
/** What may surround a reference in a credential header: the auth scheme (`Bearer ${TOKEN}`), nothing else. */
const SCHEME_ONLY = /^\s*(?:bearer|basic|token)?\s*$/i;
/** The userinfo of a URL (up to the last "@" before the path): `postgres://app:PASSWORD@db/app`, `redis://:PW@cache`. */
const USERINFO = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)@/i;
/** A password in the query string: libpq's `?password=`, some Redis clients' `?password=`. */
const QUERY_PASSWORD = /[?&](?:password|pass|pwd|sslpassword)=([^&#]*)/gi;
/** Stands for a `${VAR}` while the URL around it is read. */
const REFERENCE_MARK = '\u0000';

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const envName = (s: string | number): string =>
  String(s)
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');

/**
 * Every credential field in the parsed (not yet interpolated) file: each provider's `apiKey` and credential headers,
 * `server.metrics.token`, and the `store` and `counters` URLs (PostgreSQL and Redis take a password in them).
 */
export function secretFields(raw: unknown): SecretField[] {
  const fields: SecretField[] = [];
  if (!isRecord(raw)) return fields;
  if (isRecord(raw.providers)) {
    for (const [name, provider] of Object.entries(raw.providers)) {
      if (!isRecord(provider)) continue;
      if (typeof provider.apiKey === 'string') {
        fields.push({
          path: ['providers', name, 'apiKey'],
          raw: provider.apiKey,
          kind: 'reference',
          what: 'a provider key',
          variable: `${envName(name)}_API_KEY`,
        });
      }
      if (!isRecord(provider.headers)) continue;
      for (const [header, value] of Object.entries(provider.headers)) {
        if (typeof value !== 'string' || !CREDENTIAL_HEADER.test(header)) continue;
        fields.push({
          path: ['providers', name, 'headers', header],
          raw: value,
          kind: 'header',
          what: 'a provider key',
          variable: /AUTHORIZATION/.test(envName(header))
            ? `${envName(name)}_TOKEN`
            : `${envName(name)}_${envName(header)}`,
        });
      }
    }
  }
  const metrics = isRecord(raw.server) && isRecord(raw.server.metrics) ? raw.server.metrics : undefined;
  if (typeof metrics?.token === 'string') {
    fields.push({
      path: ['server', 'metrics', 'token'],
      raw: metrics.token,
      kind: 'reference',
      what: 'the metrics token',
      variable: 'BASTION_METRICS_TOKEN',
    });
  }
  for (const key of ['store', 'counters'] as const) {
    const value = raw[key];
    if (typeof value === 'string') {
      fields.push({
        path: [key],
        raw: value,
        kind: 'url',
        what: `a password in the ${key} URL`,
        variable: `BASTION_${envName(key)}`,
      });
    }
  }
  return fields;
}

/** The passwords a URL carries (userinfo, query string), as written. */
function urlPasswords(url: string): string[] {
  const out: string[] = [];
  const userinfo = USERINFO.exec(url)?.[1];
  const colon = userinfo?.indexOf(':') ?? -1;
  if (userinfo !== undefined && colon >= 0 && colon < userinfo.length - 1)
    out.push(userinfo.slice(colon + 1));
  for (const m of url.matchAll(QUERY_PASSWORD)) if (m[1]) out.push(m[1]);
  return out;
}

/** Whether the field, as written, holds its secret literally (`literal`) or in a `${VAR:-default}` (`default`). */
function literalIn(field: SecretField): LiteralSecret['reason'] | undefined {
  // `$${` is a literal `${`: the text after it is written in the file, not a reference.
  const text = field.raw.split('$${').join('$\u0001{');
  let references = 0;
  let withDefault = false;
  const rest = text.replace(ANY_REFERENCE, (_m, _name: string, fallback: string | undefined) => {
    references++;
    if (fallback !== undefined && fallback !== '') {
      // A default is text in the file: for a URL it matters only when it carries a password.
      if (field.kind !== 'url' || urlPasswords(fallback).length > 0) withDefault = true;
    }
    return REFERENCE_MARK;
  });
  if (withDefault) return 'default';
  switch (field.kind) {
    case 'reference':
      return WHOLE_REFERENCE.test(field.raw) ? undefined : 'literal';
    case 'header':
      return references === 0 || !SCHEME_ONLY.test(rest.split(REFERENCE_MARK).join(''))
        ? 'literal'
        : undefined;
    case 'url':
      // Each password must be exactly one reference: `postgres://app:${PGPASSWORD}@db/app`, or the whole URL one.
      return urlPasswords(rest).some((p) => p !== REFERENCE_MARK) ? 'literal' : undefined;
  }
}

/**
 * Credential fields written literally. `apiKey` and the metrics token must be exactly `${VAR}` (unset → the field is
 * left out: the provider's models are unavailable, /metrics takes admin keys only) or `${VAR:-}` (unset → no value). A
 * non-empty default (`${VAR:-sk-…}`) is a key written in the file and is refused too. A credential header may put its
 * scheme around the reference: `authorization: "Bearer ${TOKEN}"`. A store or counters URL may be written out as long
 * as its password is a reference: `postgres://app:${PGPASSWORD}@db:5432/app`.
 */
export function findLiteralSecrets(raw: unknown): LiteralSecret[] {
  const found: LiteralSecret[] = [];
  for (const field of secretFields(raw)) {
    const reason = literalIn(field);
    if (reason) found.push({ path: field.path, what: field.what, variable: field.variable, reason });
  }
  return found;
}

/**
 * Drops credential fields that interpolated to an empty string (`${VAR:-}` with VAR unset): no key rather than an
 * empty one, which the schema would refuse and an upstream would answer with 401. URLs are left to the schema.
 */
export function dropEmptySecrets(value: unknown, fields: readonly SecretField[]): void {
  for (const field of fields) {
    if (field.kind === 'url') continue;
    let node: unknown = value;
    for (const key of field.path.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
    const last = field.path[field.path.length - 1];
    if (isRecord(node) && last !== undefined && node[last] === '') delete node[last];
  }
}
