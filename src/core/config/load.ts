import { readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { BastionError } from '../errors/index.js';
import { interpolateEnv, type MissingEnv } from './interpolate.js';
import { dropEmptySecrets, findLiteralSecrets, secretFields } from './literal-secrets.js';
import { configSchema, type BastionConfig } from './schema.js';

export interface LoadedConfig {
  readonly config: BastionConfig;
  /** Absolute path of the file, or `<inline>` for text passed directly. */
  readonly file: string;
  /** Folder relative paths in the config resolve against. */
  readonly baseDir: string;
  /** Optional `${VAR}` references that were unset, e.g. a provider key; the gateway reports what they disable. */
  readonly missingEnv: readonly MissingEnv[];
  /**
   * The 1-based line of a field (or of its nearest parent present in the file), for errors found after loading,
   * such as an unknown scanner id, so they too can say `file:line`.
   */
  readonly lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface LoadOptions {
  env?: Readonly<Record<string, string | undefined>>;
}

type Path = readonly PropertyKey[];

/** The 1-based line of the deepest YAML node that exists along `path`. */
function lineOf(doc: Document, counter: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

function formatPath(path: Path): string {
  return (
    path
      .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
      .join('.')
      .replace(/\.\[/g, '[') || '(root)'
  );
}

function describeIssue(issue: z.core.$ZodIssue, missing: readonly MissingEnv[]): string {
  const env = missing.find((m) => formatPath(m.path) === formatPath(issue.path));
  if (env) return `environment variable ${env.variable} is not set`;
  return issue.message;
}

/**
 * Parses and validates a config text. Every problem is reported as `file:line field: what is wrong`.
 *
 * @example
 * const { config } = parseConfig(readFileSync('bastion.yaml', 'utf8'), 'bastion.yaml', { env: process.env });
 */
export function parseConfig(text: string, file: string, options: LoadOptions = {}): LoadedConfig {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const line = counter.linePos(e.pos[0]).line;
      return `${file}${line ? `:${line}` : ''}: ${e.message.split('\n')[0]}`;
    });
    throw new BastionError('BASTION_ERR_CONFIG_YAML', lines.join('\n'));
  }

  const parsed: unknown = doc.toJS();
  // An empty file (or only comments) is a mistake, not "all defaults": a truncated copy, the wrong file, a template
  // not filled in. Served as is, it would start a gateway with no model and no use case, saying nothing.
  if ((parsed === null || parsed === undefined) && file !== '<inline>') {
    throw new BastionError(
      'BASTION_ERR_CONFIG_INVALID',
      `${file}: the file has no settings (it is empty or only comments); start from bastion.yaml or examples/gateway.yaml (docs/configuration.md)`,
    );
  }
  // Before interpolation: what matters is what is written in the file. The value itself is never echoed.
  const literal = findLiteralSecrets(parsed);
  if (literal.length > 0) {
    const lines = literal.map((s) => {
      const line = lineOf(doc, counter, s.path);
      const what =
        s.reason === 'default'
          ? `${s.what} may not have a default written in the file (use \${VAR} or \${VAR:-})`
          : `${s.what} may not be written in the file`;
      return `${file}${line ? `:${line}` : ''} ${formatPath(s.path)}: ${what}; write \${${s.variable}} and set ${s.variable} in the environment`;
    });
    throw new BastionError('BASTION_ERR_CONFIG_LITERAL_SECRET', lines.join('\n'));
  }
  const { value, missing, unresolved } = interpolateEnv(parsed ?? {}, options.env ?? {});
  dropEmptySecrets(value, secretFields(parsed));
  if (unresolved.length > 0) {
    const lines = unresolved.map((u) => {
      const line = lineOf(doc, counter, u.path);
      return `${file}${line ? `:${line}` : ''} ${formatPath(u.path)}: environment variable ${u.variable} is not set and has no default (write \${${u.variable}:-default})`;
    });
    throw new BastionError('BASTION_ERR_CONFIG_ENV', lines.join('\n'));
  }

  const result = configSchema.safeParse(value);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const line = lineOf(doc, counter, issue.path);
      return `${file}${line ? `:${line}` : ''} ${formatPath(issue.path)}: ${describeIssue(issue, missing)}`;
    });
    throw new BastionError('BASTION_ERR_CONFIG_INVALID', lines.join('\n'), {
      details: { issues: result.error.issues.length },
    });
  }

  return deepFreeze({
    config: result.data,
    file,
    baseDir: file === '<inline>' ? process.cwd() : dirname(resolve(file)),
    missingEnv: missing,
    lineOf: (path: readonly PropertyKey[]) => lineOf(doc, counter, path),
  });
}

/**
 * Puts `file:line` in front of an error raised after loading about one field of the config (a BastionError with
 * `details.configPath`, e.g. from the guard engine), as load-time errors have it. Other errors pass unchanged.
 *
 * @example
 * const engine = locateConfigErrors(loaded, () => createGuardEngine(loaded.config.guards));
 */
export function locateConfigErrors<T>(loaded: LoadedConfig, build: () => T): T {
  try {
    return build();
  } catch (error) {
    throw locateConfigError(loaded, error);
  }
}

/** The error with `file:line` in front when it names a config field; otherwise the error itself. */
export function locateConfigError(loaded: LoadedConfig, error: unknown): unknown {
  if (!(error instanceof BastionError)) return error;
  const path = error.details?.configPath;
  if (!Array.isArray(path)) return error;
  const line = loaded.lineOf?.(path as PropertyKey[]);
  return new BastionError(error.code, `${loaded.file}${line ? `:${line}` : ''} ${error.message}`, {
    cause: error,
    ...(error.details ? { details: error.details } : {}),
  });
}

/** Reads, interpolates, validates and freezes a config file. */
export function loadConfigFile(path: string, options: LoadOptions = {}): LoadedConfig {
  const file = resolve(path);
  if (!existsSync(file)) throw new BastionError('BASTION_ERR_CONFIG_NOT_FOUND', `${path}: no such file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    const why =
      (cause as NodeJS.ErrnoException).code === 'EISDIR' ? 'is a folder, not a YAML file' : 'cannot be read';
    throw new BastionError('BASTION_ERR_CONFIG_NOT_FOUND', `${path}: ${why}`, { cause });
  }
  return parseConfig(decodeUtf8(bytes, path), path, options);
}

/**
 * The file's text, refusing bytes that are not UTF-8 (a file saved as Latin-1, a binary): decoded leniently they
 * become U+FFFD and surface later as a baffling value ("Cannot listen on ��:8080") instead of file:line.
 */
function decodeUtf8(bytes: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    // The longest valid prefix ends where the first bad byte is; its line is the one to fix.
    let end = bytes.length;
    for (let lo = 0, hi = bytes.length; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (isUtf8Prefix(bytes.subarray(0, mid))) lo = mid;
      else hi = mid - 1;
      end = lo;
    }
    // A prefix may end inside a character (é in Latin-1 reads as the start of a 3-byte one): the bad one starts there.
    let start = end;
    for (let k = end - 1; k >= Math.max(0, end - 3); k--) {
      const byte = bytes[k] ?? 0;
      if (byte >= 0xc0) start = k;
      if (byte < 0x80 || byte >= 0xc0) break;
    }
    const line = bytes.subarray(0, start).toString('latin1').split('\n').length;
    throw new BastionError(
      'BASTION_ERR_CONFIG_YAML',
      `${path}:${line}: not valid UTF-8 (byte 0x${(bytes[start] ?? 0).toString(16).padStart(2, '0')}); save the file as UTF-8`,
      { cause },
    );
  }
}

/** Whether the bytes are valid UTF-8, allowing a multi-byte character cut at the very end. */
function isUtf8Prefix(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** The config file to use: an explicit path, then BASTION_CONFIG, then ./bastion.yaml, then the repo's default. */
export function resolveConfigPath(
  explicit: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string {
  if (explicit) return explicit;
  if (env.BASTION_CONFIG) return env.BASTION_CONFIG;
  if (existsSync('bastion.yaml')) return 'bastion.yaml';
  return DEFAULT_CONFIG_PATH;
}

/** The default config shipped with Bastion (the quick start serves it). */
export const DEFAULT_CONFIG_PATH = resolve(
  dirname(new URL(import.meta.url).pathname),
  '../../../bastion.yaml',
);

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
