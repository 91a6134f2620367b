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
function explain(issue: z.core.$ZodIssue, root: unknown): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const value = valueAt(root, issue.path);
  const has = (key: PropertyKey | undefined) =>
    key !== undefined && value !== null && typeof value === 'object' && key in value;
  const wrong = (e: z.core.$ZodIssue) =>
    e.code === 'unrecognized_keys' ||
    (e.path.length === 0 && e.code === 'invalid_type') ||
    (e.path.length === 1 && !has(e.path[0]));
  const score = (errs: z.core.$ZodIssue[]) =>
    Math.max(0, ...errs.map((e) => e.path.length)) - 10 * errs.filter(wrong).length;
  const best = issue.errors.reduce((a, b) => (score(b) > score(a) ? b : a));
  return best.flatMap((e) => explain({ ...e, path: [...issue.path, ...e.path] } as z.core.$ZodIssue, root));
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
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map(
      (e) => `${file}:${counter.linePos(e.pos[0]).line}: ${e.message.split('\n')[0]}`,
    );
    throw new BastionError(codes.yaml, lines.join('\n'));
  }
  const { value, missing, unresolved } = interpolateEnv(doc.toJS() ?? {}, env);
  const envProblems = [...unresolved, ...missing].map((u) => {
    const line = lineOf(doc, counter, u.path);
    return `${file}${line ? `:${line}` : ''} ${formatPath(u.path)}: environment variable ${u.variable} is not set (write \${${u.variable}:-default})`;
  });
  const result = schema.safeParse(value);
  if (!result.success || unresolved.length > 0) {
    const issues = result.success ? [] : result.error.issues.flatMap((i) => explain(i, value));
    const seen = new Set<string>();
    const envShown = [...unresolved, ...missing].slice(
      0,
      unresolved.length + (result.success ? 0 : missing.length),
    );
    const lines = [...envProblems.slice(0, envShown.length)];
    // A field whose variable is unset already has its line; "expected string, received undefined" or "Invalid URL"
    // for the same field (or inside it) would only repeat it.
    const envPaths = envShown.map((u) => formatPath(u.path));
    const explained = (path: Path) => {
      const at = formatPath(path);
      return envPaths.some((p) => at === p || at.startsWith(`${p}.`) || at.startsWith(`${p}[`));
    };
    for (const issue of issues) {
      if (explained(issue.path)) continue;
      const line = lineOf(doc, counter, issue.path);
      const text = `${file}${line ? `:${line}` : ''} ${formatPath(issue.path)}: ${issue.message}`;
      if (!seen.has(text)) lines.push(text);
      seen.add(text);
    }
    const unsetVariables = [...new Set(envShown.map((u) => u.variable))];
    throw new BastionError(codes.invalid, lines.join('\n'), {
      // `onlyUnset`: every problem is an unset variable, so a caller loading many files (a Chaos Day plan) can say
      // which variables to set in one line instead of repeating each place they are used.
      details: { issues: lines.length, unsetVariables, onlyUnset: lines.length === envShown.length },
    });
  }
  return result.data;
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
