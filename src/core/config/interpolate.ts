/** A `${VAR}` that had no value and no default; the field is left out so the schema decides. */
export interface MissingEnv {
  path: (string | number)[];
  variable: string;
}

export interface InterpolationResult {
  value: unknown;
  missing: MissingEnv[];
  /** Variables referenced inside a longer string with no value: always an error. */
  unresolved: MissingEnv[];
}

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}/g;
const WHOLE_REFERENCE = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/;

/**
 * Replaces `${VAR}` and `${VAR:-default}` in every string of a parsed YAML tree.
 * `$${` escapes a literal `${`. Secrets therefore never need to be written in the file.
 */
export function interpolateEnv(
  value: unknown,
  env: Readonly<Record<string, string | undefined>>,
): InterpolationResult {
  const missing: MissingEnv[] = [];
  const unresolved: MissingEnv[] = [];

  const visit = (node: unknown, path: (string | number)[]): unknown => {
    if (typeof node === 'string') {
      const whole = WHOLE_REFERENCE.exec(node);
      if (whole?.[1] !== undefined && (env[whole[1]] === undefined || env[whole[1]] === '')) {
        missing.push({ path, variable: whole[1] });
        return undefined;
      }
      const escaped = node.split('$${');
      return escaped
        .map((part) =>
          part.replace(REFERENCE, (_match, name: string, fallback: string | undefined) => {
            const found = env[name];
            if (found !== undefined && found !== '') return found;
            if (fallback !== undefined) return fallback;
            unresolved.push({ path, variable: name });
            return '';
          }),
        )
        .join('${');
    }
    if (Array.isArray(node)) return node.map((item, i) => visit(item, [...path, i]));
    if (node !== null && typeof node === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(node)) {
        const next = visit(child, [...path, key]);
        if (next !== undefined) out[key] = next;
      }
      return out;
    }
    return node;
  };

  return { value: visit(value, []), missing, unresolved };
}
