import type { HiddenSegment, NormalizedText } from './types.js';

// Stand-in until H3's normaliser (src/guards/normalize/index.ts) lands: it removes only the invisible
// characters and keeps an exact offset map, so every scanner sees the same contract it will get later.
const INVISIBLE = /[\u200B-\u200F\u2060-\u2064\uFEFF\u202A-\u202E\u2066-\u2069]|\uDB40[\uDC00-\uDC7F]/g;

function kindOf(ch: string): HiddenSegment['kind'] {
  if (ch.length === 2) return 'unicode_tag';
  const code = ch.charCodeAt(0);
  if (
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f
  )
    return 'bidi';
  return 'zero_width';
}

/** Removes invisible characters, recording them as hidden segments with original offsets. */
export function basicNormalize(original: string): NormalizedText {
  const hidden: HiddenSegment[] = [];
  INVISIBLE.lastIndex = 0;
  if (!INVISIBLE.test(original)) {
    return { original, text: original, toOriginal: (offset) => offset, decoded: [], hidden };
  }
  const kept: number[] = [];
  let text = '';
  INVISIBLE.lastIndex = 0;
  let last = 0;
  for (const match of original.matchAll(INVISIBLE)) {
    const at = match.index;
    for (let i = last; i < at; i++) kept.push(i);
    text += original.slice(last, at);
    const prev = hidden.at(-1);
    const kind = kindOf(match[0]);
    const decoded = kind === 'unicode_tag' ? String.fromCharCode(match[0].charCodeAt(1) - 0xdc00) : undefined;
    if (prev && prev.end === at && prev.kind === kind) {
      prev.end = at + match[0].length;
      if (decoded !== undefined) prev.decoded = (prev.decoded ?? '') + decoded;
    } else {
      hidden.push({
        kind,
        start: at,
        end: at + match[0].length,
        ...(decoded === undefined ? {} : { decoded }),
      });
    }
    last = at + match[0].length;
  }
  for (let i = last; i < original.length; i++) kept.push(i);
  text += original.slice(last);
  return {
    original,
    text,
    toOriginal: (offset) => (offset >= kept.length ? original.length : (kept[offset] ?? original.length)),
    decoded: [],
    hidden,
  };
}
