import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import { interpolateEnv } from '../../core/config/interpolate.js';
import { BastionError, type ErrorCode } from '../../core/errors/index.js';

type Path = readonly PropertyKey[];

export interface LoadCodes {
  notFound: ErrorCode;
  yaml: ErrorCode;
  invalid: ErrorCode;
}

/** The 1-based line of the deepest YAML node that exists along `path` (the config loader's approach). */
function lineOf(doc: Document, counter: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node: unknown = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

const formatPath = (path: Path) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[') || '(root)';

function valueAt(root: unknown, path: Path): unknown {
  let current = root;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/**
 * Zod reports "no union member matched" for a bad step; report the issues of the member the user
 * meant instead: the one that does not complain about a key the step lacks, an extra key it has,
 * or the step's basic type.
 */
function explain(
  issue: z.core.$ZodIssue,
  root: unknown,
  dropped: ReadonlySet<string> = new Set(),
): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const value = valueAt(root, issue.path);
  // A key whose `${VAR}` had no value was left out, but the user wrote it: it still tells which member was meant.
  const has = (key: PropertyKey | undefined) =>
    key !== undefined &&
    ((value !== null && typeof value === 'object' && key in value) ||
      dropped.has(formatPath([...issue.path, key])));
  const wrong = (e: z.core.$ZodIssue) =>
    e.code === 'unrecognized_keys' ||
    (e.path.length === 0 && e.code === 'invalid_type') ||
    (e.path.length === 1 && !has(e.path[0]));
  const score = (errs: z.core.$ZodIssue[]) =>
    Math.max(0, ...errs.map((e) => e.path.length)) - 10 * errs.filter(wrong).length;
  const best = issue.errors.reduce((a, b) => (score(b) > score(a) ? b : a));
  return best.flatMap((e) =>
    explain({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue, root, dropped),
  );
}

/** A `${VAR}` the file uses that has no value (and no default) in the environment it was checked against. */
export interface UnsetVariable {
  readonly variable: string;
  /** `file:line field`, where it is used. */
  readonly where: string;
}

interface Analysis<T> {
  /** The parsed value when the schema accepted it as interpolated. */
  readonly data?: T;
  /** `file:line field: environment variable X is not set (…)`, one per place an unset variable is used. */
  readonly envLines: string[];
  /** Schema problems not caused by an unset variable: the file's own structure is wrong there. */
  readonly structureLines: string[];
  /** The unset variables a run would refuse for, each place it is used. */
  readonly unset: UnsetVariable[];
  readonly raw: unknown;
}

export interface StructureCheck<T> {
  /** The parsed value, when every variable the file needs is set. */
  readonly data?: T;
  /** Variables the file needs that have no value here: `chaos run` refuses until they are set. */
  readonly unset: readonly UnsetVariable[];
  /** The interpolated document (unset values left out): enough to name the file's title and count its steps. */
  readonly raw: unknown;
}

/**
 * Checks a file's structure without requiring its `${VAR}` references to be set: what `chaos validate` does on a
 * machine that is not the one the experiment runs on. Problems that only an unset variable causes are left out;
 * every other one is an error, as `file:line field: what is wrong`. The unset variables come back so the
 * caller can say which ones a run will need.
 */
export function checkYamlStructure<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  codes: LoadCodes,
  env: Readonly<Record<string, string | undefined>> = {},
): StructureCheck<z.output<S>> {
  const a = analyse(text, file, schema, codes, env);
  if (a.structureLines.length > 0)
    throw new BastionError(codes.invalid, a.structureLines.join('\n'), {
      details: { issues: a.structureLines.length, onlyUnset: false },
    });
  return { data: a.unset.length === 0 ? a.data : undefined, unset: a.unset, raw: a.raw };
}

function analyse<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  codes: LoadCodes,
  env: Readonly<Record<string, string | undefined>>,
): Analysis<z.output<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map(
      (e) => `${file}:${counter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`,
    );
    throw new BastionError(codes.yaml, lines.join('\n'));
  }
  const { value, missing, unresolved } = interpolateEnv(doc.toJS() ?? {}, env);
  const at = (path: Path) => {
    const line = lineOf(doc, counter, path);
    return `${file}${line ? `:${line}` : ''} ${formatPath(path)}`;
  };
  const result = schema.safeParse(value);
  // What a run refuses for: every variable inside a longer string, and a whole-value one when its field cannot be
  // left out (a whole-value `${VAR}` with no value drops the field, which an optional field accepts).
  const references = result.success ? unresolved : [...unresolved, ...missing];
  const unset = references.map((u) => ({ variable: u.variable, where: at(u.path) }));
  const envLines = unset.map(
    (u) => `${u.where}: environment variable ${u.variable} is not set (write \${${u.variable}:-default})`,
  );
  const dropped = new Set(missing.map((m) => formatPath(m.path)));
  const issues = result.success ? [] : result.error.issues.flatMap((i) => explain(i, value, dropped));
  // A field whose variable is unset already has its line; "expected string, received undefined" or "Invalid URL"
  // for the same field (or inside it) would only repeat it.
  const envPaths = references.map((u) => formatPath(u.path));
  const explained = (path: Path) => {
    const p = formatPath(path);
    return envPaths.some((e) => p === e || p.startsWith(`${e}.`) || p.startsWith(`${e}[`));
  };
  const structureLines: string[] = [];
  for (const issue of issues) {
    if (explained(issue.path)) continue;
    const line = `${at(issue.path)}: ${issue.message}`;
    if (!structureLines.includes(line)) structureLines.push(line);
  }
  return { data: result.success ? result.data : undefined, envLines, structureLines, unset, raw: value };
}

/**
 * Parses YAML, interpolates `${ENV}` references and validates with `schema`; every problem is
 * reported as `file:line field: what is wrong`, like the config loader.
 */
export function parseYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  codes: LoadCodes,
  env: Readonly<Record<string, string | undefined>> = {},
): z.output<S> {
  const a = analyse(text, file, schema, codes, env);
  if (a.data !== undefined && a.unset.length === 0) return a.data;
  const lines = [...a.envLines, ...a.structureLines];
  const unsetVariables = [...new Set(a.unset.map((u) => u.variable))];
  throw new BastionError(codes.invalid, lines.join('\n'), {
    // `onlyUnset`: every problem is an unset variable, so a caller loading many files (a Chaos Day plan) can say
    // which variables to set in one line instead of repeating each place they are used.
    details: { issues: lines.length, unsetVariables, onlyUnset: a.structureLines.length === 0 },
  });
}

export function readYamlFile(path: string, code: ErrorCode): { file: string; text: string; baseDir: string } {
  const file = resolve(path);
  if (!existsSync(file)) throw new BastionError(code, `${path}: no such file`);
  try {
    return { file, text: readFileSync(file, 'utf8'), baseDir: dirname(file) };
  } catch (cause) {
    throw new BastionError(code, `${path}: cannot be read`, { cause });
  }
}
