/**
 * Latin lookalikes from Cyrillic, Greek and a few Latin-extended letters (a subset of Unicode's confusables.txt,
 * UTS #39). Folded only inside words that also contain Latin letters: "іgnоrе" (Cyrillic і, о, е) becomes
 * "ignore", while genuine Russian or Greek words are left alone so their meaning survives.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic lower case
  ['а', 'a'],
  ['в', 'b'],
  ['е', 'e'],
  ['ё', 'e'],
  ['к', 'k'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['с', 'c'],
  ['т', 't'],
  ['у', 'y'],
  ['х', 'x'],
  ['ѕ', 's'],
  ['і', 'i'],
  ['ї', 'i'],
  ['ј', 'j'],
  ['ԁ', 'd'],
  ['ԛ', 'q'],
  ['ԝ', 'w'],
  ['ѡ', 'w'],
  ['ү', 'y'],
  ['һ', 'h'],
  ['ӏ', 'l'],
  ['ɡ', 'g'],
  ['ɑ', 'a'],
  ['ı', 'i'],
  ['ɩ', 'i'],
  ['ʀ', 'r'],
  ['ꞵ', 'b'],
  // Cyrillic upper case
  ['А', 'A'],
  ['В', 'B'],
  ['Е', 'E'],
  ['К', 'K'],
  ['М', 'M'],
  ['Н', 'H'],
  ['О', 'O'],
  ['Р', 'P'],
  ['С', 'C'],
  ['Т', 'T'],
  ['Х', 'X'],
  ['Ѕ', 'S'],
  ['І', 'I'],
  ['Ј', 'J'],
  ['Ԛ', 'Q'],
  ['Ԝ', 'W'],
  ['Ү', 'Y'],
  // Greek
  ['α', 'a'],
  ['β', 'b'],
  ['ε', 'e'],
  ['ι', 'i'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
  ['γ', 'y'],
  ['Α', 'A'],
  ['Β', 'B'],
  ['Ε', 'E'],
  ['Ζ', 'Z'],
  ['Η', 'H'],
  ['Ι', 'I'],
  ['Κ', 'K'],
  ['Μ', 'M'],
  ['Ν', 'N'],
  ['Ο', 'O'],
  ['Ρ', 'P'],
  ['Τ', 'T'],
  ['Υ', 'Y'],
  ['Χ', 'X'],
];

/** UTF-16 code unit of a lookalike → the Latin code unit it imitates (all entries are in the BMP). */
export const CONFUSABLES: ReadonlyMap<number, number> = new Map(
  PAIRS.map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)] as const),
);

/** The same map as a flat BMP table (0 = not a lookalike) for the per-character loop. */
export const CONFUSABLE_TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x10000);
  for (const [from, to] of CONFUSABLES) t[from] = to;
  return t;
})();

export function isLatinLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
