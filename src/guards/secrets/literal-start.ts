/**
 * Which secret rules begin every match with one of their own keywords, read off the regex source. For those, the
 * matcher tries the regex only where a keyword starts (sticky, inside the same window it would have scanned)
 * instead of at every position of the window: on prose, keywords such as "pat", "sk" or "key" open hundreds of
 * windows per megabyte that hold no secret. The reading is conservative: anything it does not understand says no.
 */

/** The units that stand for themselves in a regex source outside a class (others are syntax or need care). */
const PLAIN = /[A-Za-z0-9_\-:=@#%!~,;'"<>&/ ]/;
/** Escapes of punctuation that stand for the punctuation itself (`\.`, `\/`, `\-`, …). */
const ESCAPED_PLAIN = /[.\-/_:=@#%!~,;'"<>&+*?()[\]{}|^$\\ ]/;

/** The index just past the group opening at `i` (src[i] === '('), skipping escapes and classes; -1 if unclosed. */
function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let k = i; k < src.length; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      for (k++; k < src.length && src[k] !== ']'; k++) if (src[k] === '\\') k++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return k + 1;
  }
  return -1;
}

/** The top-level alternatives of src[from, to), split at `|` outside groups and classes; null if unbalanced. */
function alternatives(src: string, from: number, to: number): [number, number][] | null {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    const c = src[k];
    if (c === '\\') k++;
    else if (c === '[') {
      for (k++; k < to && src[k] !== ']'; k++) if (src[k] === '\\') k++;
    } else if (c === '(') {
      const end = groupEnd(src, k);
      if (end < 0 || end > to) return null;
      k = end - 1;
    } else if (c === '|') {
      out.push([start, k]);
      start = k + 1;
    }
  }
  out.push([start, to]);
  return out;
}

/** A quantifier at `k` that lets the atom before it occur zero times or repeat: the literal ends before that atom. */
function quantified(src: string, k: number): boolean {
  const c = src[k];
  return c === '?' || c === '*' || c === '+' || c === '{';
}

/**
 * The literal strings of which one begins every match of src[from, to), or null when that cannot be read off:
 * zero-width `\b` and look-arounds are skipped, a group contributes the prefixes of its alternatives, literal units
 * are collected up to the first syntax (a unit followed by a quantifier is left out).
 */
function prefixes(src: string, from: number, to: number): string[] | null {
  const out: string[] = [];
  const parts = alternatives(src, from, to);
  if (parts === null) return null;
  for (const [a, b] of parts) {
    let k = a;
    let literal = '';
    for (;;) {
      if (k >= b) break;
      const c = src[k]!;
      if (c === '\\' && src[k + 1] === 'b' && literal === '') {
        k += 2;
        continue;
      }
      if (c === '(' && literal === '') {
        const end = groupEnd(src, k);
        if (end < 0 || end > b) return null;
        if (
          src.startsWith('(?=', k) ||
          src.startsWith('(?!', k) ||
          src.startsWith('(?<=', k) ||
          src.startsWith('(?<!', k)
        ) {
          k = end;
          continue;
        }
        // An optional or repeated group does not have to be where the match starts.
        if (quantified(src, end)) return null;
        const inner = src.startsWith('(?:', k) ? k + 3 : src.startsWith('(?<', k) ? -1 : k + 1;
        if (inner < 0) return null;
        const sub = prefixes(src, inner, end - 1);
        if (sub === null) return null;
        literal = '\u0000';
        out.push(...sub);
        break;
      }
      let unit: string | undefined;
      let next = k + 1;
      if (c === '\\' && k + 1 < b && ESCAPED_PLAIN.test(src[k + 1]!)) {
        unit = src[k + 1];
        next = k + 2;
      } else if (PLAIN.test(c)) unit = c;
      if (unit === undefined || quantified(src, next)) break;
      literal += unit;
      k = next;
    }
    if (literal === '\u0000') continue;
    if (literal === '') return null;
    out.push(literal);
  }
  return out;
}

/**
 * True when every match of `regex` begins with one of `keywords` (lower-case ASCII), matched as the keyword index
 * finds them (ASCII letters in either case). With the `i` and `u` flags together a pattern letter also matches
 * non-ASCII units (K and the Kelvin sign, s and ſ) that the index never reports, so those rules say no.
 *
 * @example
 * startsWithKeyword(/\b(ghp_[A-Za-z0-9]{36})\b/, ['ghp_']); // true
 * startsWithKeyword(/(?:api[_-]?key|secret)=(\w+)/i, ['key', 'secret']); // false: "api" starts no keyword
 */
export function startsWithKeyword(regex: RegExp, keywords: readonly string[]): boolean {
  if (keywords.length === 0 || (regex.flags.includes('i') && regex.flags.includes('u'))) return false;
  const found = prefixes(regex.source, 0, regex.source.length);
  if (found === null || found.length === 0) return false;
  return found.every((p) => keywords.some((k) => p.toLowerCase().startsWith(k)));
}
