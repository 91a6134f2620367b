import { createCodeUnitBuffer } from '../code-units.js';
import type { DecodedSegment } from '../types.js';
import { findRun, loadRuns } from './wasm-encoded-runs.js';
import { hasSpacedHexShape } from './wasm-spaced-letters.js';

/**
 * Finds encoded runs (base64, hex, URL percent-encoding, rot13) in the original text and decodes them, so scanners
 * also see "aWdub3JlIGFsbCBwcmV2aW91cyBpbnN0cnVjdGlvbnM=" as "ignore all previous instructions".
 * Work is bounded: this runs on every prompt, including megabyte documents.
 */
const MIN_BASE64 = 16;
const MIN_HEX = 16;
const MAX_SEGMENTS = 16;
/** The shortest run findRun finds: MIN_BASE64 = MIN_HEX. */
const MIN_RUN = 16;
const MAX_RUN = 8192;
const MAX_DECODED_TOTAL = 32_768;

// 1 = base64 alphabet (incl. URL-safe), 2 = also hex digit.
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9+/_-]/.test(ch)) CLASS[c] = 1;
  if (/[0-9a-fA-F]/.test(ch)) CLASS[c] = 3;
}

/** Decoded bytes count as text when they are valid UTF-8 and mostly printable with some letters. */
export function looksLikeText(s: string): boolean {
  if (s.length < 4) return false;
  let printable = 0;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0xfffd) return false;
    if ((c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 || c >= 0xa0) printable++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  return printable >= s.length * 0.92 && letters >= Math.min(4, s.length / 3);
}

function decodeBase64(run: string): string | null {
  // Strings of one case only or without any digit/symbol mix are usually words or identifiers, not base64.
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  if (upper === 0 || lower === 0) return null;
  const text = Buffer.from(run, run.includes('-') || run.includes('_') ? 'base64url' : 'base64').toString(
    'utf8',
  );
  return looksLikeText(text) ? text : null;
}

function decodeHex(run: string): string | null {
  const even = run.length & 1 ? run.slice(0, -1) : run;
  const text = Buffer.from(even, 'hex').toString('utf8');
  return looksLikeText(text) ? text : null;
}

const ROT13_HINTS = [' gur ', ' naq ', ' lbh ', ' vtaber ', ' vafgehpgvbaf', ' cerivbhf ', ' lbhe '];

export function rot13(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + 13) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + 13) % 26) + 97);
    else out += s[i];
  }
  return out;
}

const ROT13_NAMED = /rot[- ]?13/i;
const ESCAPED_HEX_RUN = /(?:\\x[0-9A-Fa-f]{2}){4,}/g;
const SPACED_HEX_RUN = /\b(?:[0-9A-Fa-f]{2}[ :]){5,}[0-9A-Fa-f]{2}\b/g;

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

/**
 * A necessary condition for SPACED_HEX_RUN: some ' ' or ':' with two hex digits on each side and another separator
 * after them. Found with indexOf jumps, so prose (where the regex would try every word starting with a-f) costs
 * one native search per space.
 */
function hasSpacedHexStart(s: string, units: Uint16Array): boolean {
  // What the loop below looks for, as one scan of the code units (WebAssembly; the regex
  // /[0-9A-Fa-f]{2}[ :][0-9A-Fa-f]{2}[ :]/ before it): rejects most texts several times faster than the loop over
  // every space (the loop stays: it is the reference this scan only short-cuts).
  if (!hasSpacedHexShape(units, s.length)) return false;
  for (const sep of [' ', ':']) {
    for (let p = s.indexOf(sep, 2); p >= 0; p = s.indexOf(sep, p + 1)) {
      if (
        isHexDigit(s.charCodeAt(p - 1)) &&
        isHexDigit(s.charCodeAt(p - 2)) &&
        isHexDigit(s.charCodeAt(p + 1)) &&
        isHexDigit(s.charCodeAt(p + 2))
      ) {
        const q = s.charCodeAt(p + 3);
        if (q === 32 || q === 58) return true;
      }
    }
  }
  return false;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Whitespace-free runs holding at least three %XX escapes, found with indexOf (a regex with nested quantifiers
 * backtracks badly on megabyte documents full of '%').
 */
function urlEncodedRuns(s: string): [number, number][] {
  const runs: [number, number][] = [];
  let at = s.indexOf('%');
  while (at >= 0 && runs.length < MAX_SEGMENTS) {
    let start = at;
    while (start > 0 && at - start < 64 && !isSpace(s.charCodeAt(start - 1))) start--;
    let end = at;
    let escapes = 0;
    while (end < s.length && !isSpace(s.charCodeAt(end)) && end - start < MAX_RUN) {
      if (
        s.charCodeAt(end) === 37 &&
        isHexDigit(s.charCodeAt(end + 1)) &&
        isHexDigit(s.charCodeAt(end + 2))
      ) {
        escapes++;
        end += 3;
      } else end++;
    }
    if (escapes >= 3) runs.push([start, end]);
    at = s.indexOf('%', Math.max(end, at + 1));
  }
  return runs;
}

/** Whether units[from, to) hold both an upper-case and a lower-case ASCII letter. */
function mixesCase(units: Uint16Array, from: number, to: number): boolean {
  let upper = false;
  let lower = false;
  for (let k = from; k < to; k++) {
    const c = units[k]!;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 97 && c <= 122) lower = true;
    if (upper && lower) return true;
  }
  return false;
}

const ownUnits = createCodeUnitBuffer();

/**
 * `units` (optional) holds `original`'s code units (the normaliser passes the copy it already made): the probing
 * loop reads a typed array, about twice as fast as charCodeAt on a megabyte document.
 */
export function findEncodedRuns(
  original: string,
  units: Uint16Array = ownUnits.of(original),
): DecodedSegment[] {
  const out: DecodedSegment[] = [];
  let budget = MAX_DECODED_TOTAL;
  const push = (
    encoding: DecodedSegment['encoding'],
    text: string | null,
    start: number,
    end: number,
  ): void => {
    if (text === null || out.length >= MAX_SEGMENTS || budget <= 0) return;
    budget -= text.length;
    out.push({ encoding, text, start, end });
  };

  // Contiguous base64 / hex runs of at least MIN_BASE64 (= MIN_HEX) characters: findRun (WebAssembly) finds where
  // the next one starts, sixteen alphabet units in a row (the JavaScript probe before it, one unit in sixteen and a
  // walk back to the word's start, found the same runs; wasm-encoded-runs.test.ts compares the two).
  const n = original.length;
  if (n >= MIN_RUN) loadRuns(units, n);
  let i = 0;
  while (n >= MIN_RUN && i < n && out.length < MAX_SEGMENTS && budget > 0) {
    const start = findRun(i);
    if (start < 0) break;
    i = start + MIN_RUN;
    while (i < n) {
      const d = units[i]!;
      if (d >= 128 || CLASS[d] === 0) break;
      i++;
    }
    let allHex = true;
    for (let k = start; k < i && allHex; k++) if (CLASS[units[k]!] !== 3) allHex = false;
    let end = i;
    while (end < n && end - i < 2 && units[end]! === 61 /* = */) end++;
    const len = i - start;
    if (len > MAX_RUN) continue;
    if (allHex && len >= MIN_HEX) push('hex', decodeHex(original.slice(start, i)), start, i);
    else if (len >= MIN_BASE64 && mixesCase(units, start, i)) {
      // decodeBase64 refuses one-case runs (most identifiers and paths) before decoding: known without slicing.
      push('base64', decodeBase64(original.slice(start, end)), start, end);
    }
    i = end;
  }

  for (const [start, end] of urlEncodedRuns(original)) {
    const run = original.slice(start, end);
    let text: string;
    try {
      text = decodeURIComponent(run);
    } catch {
      // Malformed escapes: decode the valid %XX bytes one by one instead of giving up.
      text = run.replace(/%([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16)));
    }
    push('url', looksLikeText(text) ? text : null, start, end);
    if (out.length >= MAX_SEGMENTS) break;
  }
  if (original.includes('\\x')) {
    for (const m of original.matchAll(ESCAPED_HEX_RUN)) {
      push('hex', decodeHex(m[0].replace(/\\x/g, '')), m.index, m.index + m[0].length);
    }
  }
  if (n < 65_536) {
    if (hasSpacedHexStart(original, units))
      for (const m of original.matchAll(SPACED_HEX_RUN)) {
        push('hex', decodeHex(m[0].replace(/[ :]/g, '')), m.index, m.index + m[0].length);
      }
  }

  // rot13 cannot be recognised by its alphabet; decode the whole text when it says so or reads like rot13 English.
  if (n <= 16_384) {
    // " gur " is rot13 for " the ": a cheap gate before the other hints.
    let hints = 0;
    // 'gur ' first: indexOf on a pattern starting with a space stops at every space.
    if (original.includes('gur ') && original.includes(' gur '))
      for (const h of ROT13_HINTS) if (original.includes(h)) hints++;
    if (hints >= 2 || (original.includes('13') && ROT13_NAMED.test(original))) {
      push('rot13', rot13(original), 0, n);
    }
  }
  return out;
}
