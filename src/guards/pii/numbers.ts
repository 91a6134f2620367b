import { anchoredMatches, anchoredPattern, type DigitRuns } from './digit-anchors.js';
import { contextBefore, type PiiMatch } from './match.js';
import {
  cardBrand,
  ibanValid,
  ipv4Valid,
  ipv6Valid,
  luhnValid,
  nhsValid,
  ninoValid,
  ssnValid,
} from './validators.js';

const CARD_WORDS = /card|\bcc\b|visa|master|amex|credit|debit|pan\b|carte|karte|tarjeta/i;
const SSN_WORDS = /ssn|social\s+security|\bsocial\b|taxpayer|tin\b/i;
const NINO_WORDS = /national\s+insurance|\bni\b|nino/i;
const NHS_WORDS = /\bnhs\b|health\s+service|patient/i;

const CARD = /(?<![\d.-])\d(?:[ -]?\d){11,18}(?![\d]|[.-]\d)/g;

/**
 * Where a pattern can start: at the first digit of a run (the patterns' look-behinds forbid a digit before), when
 * the run's `need`-th digit from there lies within `span` characters (patterns with single separators).
 */
function runStartsWith(need: number, span: number): (runs: DigitRuns) => number[] {
  return (runs) => {
    const out: number[] = [];
    const { digits, start, first } = runs;
    for (let k = 0; k < runs.count; k++) {
      const d = start[k] as number;
      const i = (first[k] as number) + need - 1;
      if (i < digits.length && (digits[i] as number) - d < span) out.push(d);
    }
    return out;
  };
}
// 12 digits with at most one separator between them: the 12th is within 23 characters of the first.
const cardStarts = runStartsWith(12, 23);

/** Payment card numbers: 12-19 digits, one kind of separator, Luhn-valid and inside an issuer's IIN range. */
export function findCards(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.CARD, text)) {
    const raw = m[0];
    if (raw.includes(' ') && raw.includes('-')) continue;
    const digits = raw.replace(/[ -]/g, '');
    if (digits.length < 12 || digits.length > 19 || !luhnValid(digits)) continue;
    const brand = cardBrand(digits);
    const context = contextBefore(text, m.index, CARD_WORDS);
    // Outside every issuer range: only a card word nearby makes a Luhn-valid number a card.
    if (!brand) {
      if (context && digits.length >= 13)
        out.push({
          type: 'CREDIT_CARD',
          start: m.index,
          end: m.index + raw.length,
          score: 0.8,
          detail: 'Luhn-valid number next to a card word',
        });
      continue;
    }
    // Short Maestro numbers pass Luhn by chance 1 time in 10: only context makes them likely.
    const score =
      digits.length >= 15 ? 0.95 : digits.length >= 13 ? (context ? 0.95 : 0.8) : context ? 0.9 : 0.45;
    out.push({
      type: 'CREDIT_CARD',
      start: m.index,
      end: m.index + raw.length,
      score,
      detail: `Luhn-valid ${brand} number`,
    });
  }
  return out;
}

const IBAN = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b/g;
// Two letters, then a run of at least two digits.
const ibanStarts = (runs: DigitRuns): number[] => {
  const out: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    if (d >= 2 && (runs.end[k] as number) - d >= 2) out.push(d - 2);
  }
  return out;
};

/** IBANs: country code, exact country length, mod-97 check. */
export function findIbans(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.IBAN, text)) {
    if (ibanValid(m[0].replace(/ /g, ''))) {
      out.push({
        type: 'IBAN_CODE',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.97,
        detail: 'IBAN with a valid mod-97 check',
      });
    }
  }
  return out;
}

const SSN = /(?<![\d-])(\d{3})([- ]?)(\d{2})\2(\d{4})(?![\d]|-\d)/g;
const ssnStarts = runStartsWith(9, 11);

/** US Social Security numbers; unseparated nine-digit runs only with "SSN" nearby. */
export function findSsns(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.SSN, text)) {
    if (!ssnValid(m[1] ?? '', m[3] ?? '', m[4] ?? '')) continue;
    const context = contextBefore(text, m.index, SSN_WORDS, 50);
    const separated = (m[2] ?? '') !== '';
    const score = separated ? (context ? 0.95 : m[2] === '-' ? 0.75 : 0.4) : context ? 0.8 : 0;
    if (score > 0)
      out.push({
        type: 'US_SSN',
        start: m.index,
        end: m.index + m[0].length,
        score,
        detail: 'US social security number',
      });
  }
  return out;
}

const NINO = /\b[A-Za-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Da-d]\b/g;
// Two letters and an optional space before the first digit; six digits within eight characters.
const ninoStarts = (runs: DigitRuns, text: string): number[] => {
  const out: number[] = [];
  const { digits, start, first } = runs;
  for (let k = 0; k < runs.count; k++) {
    const d = start[k] as number;
    const i = (first[k] as number) + 5;
    if (d < 2 || i >= digits.length || (digits[i] as number) - d > 7) continue;
    if (d >= 3 && text.charCodeAt(d - 1) === 32) out.push(d - 3);
    out.push(d - 2);
  }
  return out;
};

/** UK National Insurance numbers with HMRC's prefix rules. */
export function findNinos(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.NINO, text)) {
    if (!ninoValid(m[0])) continue;
    const score = contextBefore(text, m.index, NINO_WORDS, 50) ? 0.95 : 0.75;
    out.push({
      type: 'UK_NINO',
      start: m.index,
      end: m.index + m[0].length,
      score,
      detail: 'UK National Insurance number',
    });
  }
  return out;
}

const NHS = /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d]|-\d)/g;
const nhsStarts = runStartsWith(10, 12);

/** NHS numbers: modulus-11 valid; one random 10-digit number in 11 passes, so without context they stay low. */
export function findNhs(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.NHS, text)) {
    if (!nhsValid(m[0].replace(/[ -]/g, ''))) continue;
    const score = contextBefore(text, m.index, NHS_WORDS, 50) ? 0.95 : 0.3;
    out.push({
      type: 'NHS',
      start: m.index,
      end: m.index + m[0].length,
      score,
      detail: 'NHS number (mod-11 valid)',
    });
  }
  return out;
}

const IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)/g;
// A run of one to three digits followed by a dot.
const ipv4Starts = (runs: DigitRuns, text: string): number[] => {
  const out: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    const e = runs.end[k] as number;
    if (e - d <= 3 && text.charCodeAt(e) === 46) out.push(d);
  }
  return out;
};
/** The digit-anchored patterns of this file (exported for the equivalence test against plain matchAll). */
export const ANCHORED = {
  CARD: anchoredPattern(CARD, cardStarts),
  IBAN: anchoredPattern(IBAN, ibanStarts),
  SSN: anchoredPattern(SSN, ssnStarts),
  NINO: anchoredPattern(NINO, ninoStarts),
  NHS: anchoredPattern(NHS, nhsStarts),
  IPV4: anchoredPattern(IPV4, ipv4Starts),
};

// Character tests by code, not one-character regex tests: documentation has a colon every few hundred characters.
const IPV6_UNIT = new Uint8Array(128);
const WORD_UNIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  IPV6_UNIT[c] = /[0-9A-Fa-f:.]/.test(ch) ? 1 : 0;
  WORD_UNIT[c] = /\w/.test(ch) ? 1 : 0;
}
const isIpv6Unit = (c: number): boolean => c < 128 && IPV6_UNIT[c] === 1;
/** \w at `i`; false outside the text (the old test saw a space there). */
const isWordAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 && WORD_UNIT[c] === 1;
};

/** IPv6 candidates: walks out from each "::" or "h:h" colon instead of trying a regex at every hex letter. */
function ipv6Candidates(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let at = text.indexOf(':');
  let floor = 0;
  while (at !== -1) {
    let s = at;
    while (s > floor && isIpv6Unit(text.charCodeAt(s - 1))) s--;
    let e = at + 1;
    while (e < text.length && isIpv6Unit(text.charCodeAt(e))) e++;
    while (
      e > at + 1 &&
      (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 58) &&
      text.slice(e - 2, e) !== '::'
    )
      e--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    if (!isWordAt(text, s - 1) && !isWordAt(text, e)) out.push({ start: s, end: e });
    floor = e;
    at = text.indexOf(':', Math.max(e, at + 1));
  }
  return out;
}

/** IPv4 and IPv6 addresses; loopback, unspecified and netmask-looking values score low (common in code, not personal). */
export function findIps(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  if (text.includes('.')) {
    for (const m of anchoredMatches(ANCHORED.IPV4, text)) {
      if (!ipv4Valid(m[0])) continue;
      const boring = /^(?:0\.0\.0\.0|127\.|255\.)/.test(m[0]);
      out.push({
        type: 'IP_ADDRESS',
        start: m.index,
        end: m.index + m[0].length,
        score: boring ? 0.35 : 0.9,
        detail: 'IPv4 address',
      });
    }
  }
  if (text.includes(':')) {
    for (const c of ipv6Candidates(text)) {
      const v = text.slice(c.start, c.end);
      // "12:30:45" and "a::b" in code are not addresses: require hex letters or enough groups.
      if (v.replace(/[^:]/g, '').length < 2 || !ipv6Valid(v)) continue;
      if (!/[a-f]/i.test(v) && v.split(':').filter(Boolean).length < 5) continue;
      const boring = v === '::1' || v === '::';
      out.push({
        type: 'IP_ADDRESS',
        start: c.start,
        end: c.end,
        score: boring ? 0.35 : 0.9,
        detail: 'IPv6 address',
      });
    }
  }
  return out;
}
