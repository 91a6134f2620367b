// Characters that hide inside identifiers: zero-width, bidi controls, soft hyphen, word joiner, BOM, tag characters.
const INVISIBLE =
  /^(?:[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]|\uDB40[\uDC00-\uDC7F])$/;

export interface FoldedText {
  text: string;
  /** Offset in `text` → offset in the original (length + 1 entries, so an end offset maps too). */
  map: number[];
}

/**
 * A copy of `original` for identifier matching: invisible characters dropped and compatibility forms folded
 * (fullwidth ４１１１ → 4111, ＠ → @), with an offset map back. Unlike the shared normaliser it never folds
 * leetspeak or confusables, which would turn digits into letters. Undefined when nothing would change (pure ASCII).
 */
export function foldForIdentifiers(original: string): FoldedText | undefined {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7F]/.test(original)) return undefined;
  let text = '';
  const map: number[] = [];
  let i = 0;
  while (i < original.length) {
    const cp = original.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    if (cp >= 0x80) {
      if (!INVISIBLE.test(ch)) {
        const folded = ch.normalize('NFKC');
        for (let k = 0; k < folded.length; k++) map.push(i);
        text += folded;
      }
    } else {
      map.push(i);
      text += ch;
    }
    i += ch.length;
  }
  map.push(original.length);
  return text === original ? undefined : { text, map };
}
