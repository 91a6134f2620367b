import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { anchoredMatches, anchoredPattern, type DigitRuns } from './digit-anchors.js';
import { contextBefore, type PiiMatch } from './match.js';

const PHONE =
  /(?<![\w+@./-])(?:(?:\+|00)\d{1,3}[ .-]?)?(?:\(0?\d{1,5}\)[ .-]?)?(?:\d{1,5}(?:[ .-]\d{1,8}){1,5}|\d{4,15})(?:\s?(?:x|ext\.?)\s?\d{1,6})?(?![\w@]|[.-]\d)/gi;
/**
 * Where PHONE can start: a "+" or "(" right before a run of digits, or the run itself. The look-behind forbids a
 * word character, "+", "@", ".", "/" or "-" before the start, so runs after those are skipped without a probe.
 */
function phoneStarts(runs: DigitRuns, text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    const prev = d > 0 ? text.charCodeAt(d - 1) : 32;
    if (prev === 43 || prev === 40) out.push(d - 1);
    if (!NOT_BEFORE.has(prev) && !(prev < 128 && WORD[prev] === 1)) out.push(d);
  }
  return out;
}
const NOT_BEFORE = new Set([...'+@./-'].map((c) => c.charCodeAt(0)));
const WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) WORD[c] = /\w/.test(String.fromCharCode(c)) ? 1 : 0;
/** PHONE over digit anchors (exported for the equivalence test against plain matchAll). */
export const ANCHORED = { PHONE: anchoredPattern(PHONE, phoneStarts) };
const STRONG_PHONE_WORDS = /phone|tel\b|mobile|cell|fax|call|sms|whatsapp|dial/i;
// Other numbers people give: a "number" after these words is not a phone number.
const OTHER_NUMBER_WORDS =
  /licen[cs]e|passport|invoice|order|account|routing|postal|zip|policy|ticket|tracking|serial|isbn|case/i;
const PHONE_WORDS =
  /phone|tel\b|tel[.:]|mobile|cell|fax|call|text me|sms|whatsapp|contact|number|reach|dial|desk|landline|ring|messages? to|telefon|téléphone|teléfono|handy/i;

// Shapes that have phone-like digits but are something else.
const NOT_PHONE = [
  /^(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d$/, // year range
  /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/, // ISO date
  /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/, // d.m.y
  /^\d+\.\d+$/, // decimal
  /^\d{1,3}(?:\.\d{1,3}){3}$/, // IPv4
  /^(?:19|20)\d\d-\d\d-\d\d/, // ISO date-time
];
// Thousands grouped with spaces (10 000 000) look like some national formats; only a phone word decides.
const GROUPED_THOUSANDS = /^\d{1,3}(?: \d{3})+$/;

/** ASCII digits in `s` (what `\d` matches). */
function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  return n;
}

/**
 * Phone numbers. International numbers (+ or 00) are validated with libphonenumber's full metadata; national
 * formats have no country to validate against, so a formatted number scores by shape and rises with a phone word
 * nearby ("Phone:", "call me at"), the way Presidio's context enhancement works. Unformatted digit runs need context.
 */
export function findPhones(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.PHONE, text)) {
    // Most matches are short numbers (years, counts, versions). Fewer than 7 digits in the whole match means fewer
    // in `digits` below too (a part of it): skip the trims and replaces that would find that out.
    if (digitCount(m[0]) < 7) continue;
    const raw = m[0].trim();
    const core = raw.replace(/\s?(?:x|ext\.?)\s?\d{1,6}$/i, '');
    const digits = core.replace(/\D/g, '');
    if (digits.length < 7 || digits.length > 15) continue;
    if (NOT_PHONE.some((re) => re.test(core))) continue;
    const context =
      contextBefore(text, m.index, PHONE_WORDS, 30) &&
      !(
        contextBefore(text, m.index, OTHER_NUMBER_WORDS, 30) &&
        !contextBefore(text, m.index, STRONG_PHONE_WORDS, 30)
      );
    if (!context && GROUPED_THOUSANDS.test(core)) continue;
    const formatted = /[ .()-]/.test(core);
    let score = 0;
    let detail = 'phone number';
    if (/^(?:\+|00)/.test(core)) {
      const parsed = parsePhoneNumberFromString(core.replace(/^00/, '+').replace(/\(0\)/, ''));
      if (parsed?.isValid()) {
        score = 0.95;
        detail = `valid ${parsed.country ?? 'international'} phone number`;
      } else if (parsed?.isPossible()) score = 0.8;
      else score = context ? 0.7 : 0.4;
    } else if (formatted) {
      const us = parsePhoneNumberFromString(core, 'US');
      if (us?.isValid() && digits.length >= 10) score = context ? 0.95 : 0.85;
      else score = context ? 0.85 : digits.length >= 9 ? 0.6 : 0.45;
    } else {
      score = context ? 0.75 : 0;
    }
    if (score > 0)
      out.push({ type: 'PHONE_NUMBER', start: m.index, end: m.index + m[0].trimEnd().length, score, detail });
  }
  return out;
}
