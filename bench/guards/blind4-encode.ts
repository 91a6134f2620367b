/**
 * The disguises attackers put on a payload, applied to plain text written in the data files so the rows stay
 * readable. Written from the public descriptions of these tricks (smuggling with Unicode tag characters, ZWSP
 * splitting of trigger words, Cyrillic look-alikes), not from Bastion's normaliser.
 */

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

export const hex = (s: string): string => Buffer.from(s, 'utf8').toString('hex');

export const rot13 = (s: string): string =>
  s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });

/** ASCII mapped to the invisible Unicode tag block (U+E0000 + code): renders as nothing in most UIs. */
export const tags = (s: string): string =>
  [...s].map((c) => (c.charCodeAt(0) < 128 ? String.fromCodePoint(0xe0000 + c.charCodeAt(0)) : c)).join('');

/** A zero-width space between the letters of every word: "ignore" no longer matches as a word. */
export const zwsp = (s: string): string => s.replace(/\p{L}{2,}/gu, (w) => [...w].join('\u200b'));

/** Zero-width joiner / non-joiner alternating inside words, as some copy-paste smuggling does. */
export const zwj = (s: string): string =>
  s.replace(/\p{L}{3,}/gu, (w) => [...w].map((c, i) => (i % 2 ? `${c}\u200d` : `${c}\u200c`)).join(''));

/** "i g n o r e   a l l": letters apart, words three spaces apart. */
export const spaced = (s: string): string =>
  s
    .split(/\s+/)
    .map((w) => [...w].join(' '))
    .join('   ');

/** Letters joined with a separator, e.g. dotted("reveal", ".") = "r.e.v.e.a.l". */
export const dotted = (s: string, sep: string): string =>
  s
    .split(/\s+/)
    .map((w) => [...w].join(sep))
    .join(' ');

const CYRILLIC: Readonly<Record<string, string>> = {
  a: '\u0430',
  c: '\u0441',
  e: '\u0435',
  o: '\u043e',
  p: '\u0440',
  x: '\u0445',
  y: '\u0443',
  i: '\u0456',
  s: '\u0455',
  A: '\u0410',
  B: '\u0412',
  C: '\u0421',
  E: '\u0415',
  H: '\u041d',
  I: '\u0406',
  K: '\u041a',
  M: '\u041c',
  O: '\u041e',
  P: '\u0420',
  T: '\u0422',
  X: '\u0425',
};

/** Latin letters swapped for Cyrillic look-alikes: reads the same, different code points. */
export const homoglyph = (s: string): string => [...s].map((c) => CYRILLIC[c] ?? c).join('');

/** Mathematical bold / fullwidth letters, which NFKC folds but naive matching does not. */
export const fullwidth = (s: string): string =>
  [...s].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');

export const mathBold = (s: string): string =>
  [...s]
    .map((c) => {
      if (c >= 'A' && c <= 'Z') return String.fromCodePoint(0x1d400 + c.charCodeAt(0) - 65);
      if (c >= 'a' && c <= 'z') return String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97);
      return c;
    })
    .join('');

const LEET: Readonly<Record<string, string>> = {
  a: '4',
  e: '3',
  i: '1',
  o: '0',
  s: '5',
  t: '7',
  g: '9',
  l: '1',
};

/** Classic leetspeak on vowels and a few consonants. */
export const leet = (s: string): string => [...s].map((c) => LEET[c.toLowerCase()] ?? c).join('');

export const reversed = (s: string): string => [...s].reverse().join('');

export const urlEncoded = (s: string): string =>
  [...Buffer.from(s, 'utf8')].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');

/**
 * "Emoji smuggling": each UTF-8 byte of the payload becomes a variation selector (U+FE00–FE0F for 0–15,
 * U+E0100–E01EF for 16–255) appended to a visible carrier, which renders as the carrier alone.
 */
export const vsSmuggle = (carrier: string, payload: string): string =>
  carrier +
  [...Buffer.from(payload, 'utf8')]
    .map((b) => String.fromCodePoint(b < 16 ? 0xfe00 + b : 0xe0100 + b - 16))
    .join('');
