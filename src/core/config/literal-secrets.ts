/**
 * Provider credentials come only from the environment. A key written in the YAML ends up in git, in backups, in
 * `cat bastion.yaml` pasted into a ticket; a `${VAR}` reference keeps the file shareable. These checks run on the
 * file as written (before interpolation), so they see what a reader of the file would see.
 */

/** A credential field of a provider: its `apiKey` and headers whose name says they carry one. */
export interface SecretField {
  path: (string | number)[];
  /** The value as written in the file. */
  raw: string;
  kind: 'apiKey' | 'header';
}

export interface LiteralSecret {
  path: (string | number)[];
  /** What to write instead, e.g. `${OPENAI_API_KEY}`. */
  variable: string;
  reason: 'literal' | 'default';
}

/** Header names that carry a credential: Authorization, Azure's api-key, Anthropic's x-api-key, any *token/*secret. */
const CREDENTIAL_HEADER = /^(proxy-)?authorization$|api[-_]?key|token|secret|password|cookie/i;
/** The whole value is one reference: `${VAR}` or `${VAR:-}` (no default, or an empty one). */
const WHOLE_KEY_REFERENCE = /^\$\{[A-Za-z_][A-Za-z0-9_]*(?::-)?\}$/;
const ANY_REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
/** What may surround a reference in a credential header: the auth scheme (`Bearer ${TOKEN}`), nothing else. */
const SCHEME_ONLY = /^\s*(?:bearer|basic|token)?\s*$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every credential field of every provider in the parsed (not yet interpolated) file. */
export function providerSecretFields(raw: unknown): SecretField[] {
  const fields: SecretField[] = [];
  if (!isRecord(raw) || !isRecord(raw.providers)) return fields;
  for (const [name, provider] of Object.entries(raw.providers)) {
    if (!isRecord(provider)) continue;
    if (typeof provider.apiKey === 'string') {
      fields.push({ path: ['providers', name, 'apiKey'], raw: provider.apiKey, kind: 'apiKey' });
    }
    if (isRecord(provider.headers)) {
      for (const [header, value] of Object.entries(provider.headers)) {
        if (typeof value === 'string' && CREDENTIAL_HEADER.test(header)) {
          fields.push({ path: ['providers', name, 'headers', header], raw: value, kind: 'header' });
        }
      }
    }
  }
  return fields;
}

/** The variable name to suggest: `${OPENAI_API_KEY}` for provider `openai`. */
function suggestedVariable(field: SecretField): string {
  const provider = String(field.path[1])
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
  if (field.kind === 'apiKey') return `${provider}_API_KEY`;
  const header = String(field.path[3])
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_');
  return /AUTHORIZATION/.test(header) ? `${provider}_TOKEN` : `${provider}_${header}`;
}

/**
 * Credential fields written literally. `apiKey` must be exactly `${VAR}` (unset → the provider's models are
 * unavailable) or `${VAR:-}` (unset → no key, for servers that take none). A non-empty default (`${VAR:-sk-…}`) is a
 * key written in the file and is refused too. A credential header may put its scheme around the reference:
 * `authorization: "Bearer ${TOKEN}"`.
 */
export function findLiteralSecrets(raw: unknown): LiteralSecret[] {
  const found: LiteralSecret[] = [];
  for (const field of providerSecretFields(raw)) {
    const variable = suggestedVariable(field);
    let references = 0;
    let withDefault = false;
    const rest = field.raw.replace(ANY_REFERENCE, (_m, _name: string, fallback: string | undefined) => {
      references++;
      if (fallback !== undefined && fallback !== '') withDefault = true;
      return '';
    });
    if (withDefault) found.push({ path: field.path, variable, reason: 'default' });
    else if (field.kind === 'apiKey' && !WHOLE_KEY_REFERENCE.test(field.raw)) {
      found.push({ path: field.path, variable, reason: 'literal' });
    } else if (
      field.kind === 'header' &&
      (references === 0 || !SCHEME_ONLY.test(rest) || field.raw.includes('$${'))
    ) {
      found.push({ path: field.path, variable, reason: 'literal' });
    }
  }
  return found;
}

/**
 * Drops credential fields that interpolated to an empty string (`${VAR:-}` with VAR unset): no key rather than an
 * empty one, which the schema would refuse and an upstream would answer with 401.
 */
export function dropEmptySecrets(value: unknown, fields: readonly SecretField[]): void {
  for (const field of fields) {
    let node: unknown = value;
    for (const key of field.path.slice(0, -1)) node = isRecord(node) ? node[key] : undefined;
    const last = field.path[field.path.length - 1];
    if (isRecord(node) && last !== undefined && node[last] === '') delete node[last];
  }
}
