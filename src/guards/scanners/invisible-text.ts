import { z } from 'zod';
import { defineScanner, type Finding, type HiddenSegment } from '../types.js';

const options = z
  .object({
    /** Zero-width characters in one run before a run counts as smuggling (a lone ZWJ in an emoji is normal). */
    zeroWidthRun: z.number().int().positive().default(3),
  })
  .strict();

// Emoji ZWJ sequences (👩‍💻) and variation selectors (❤️) are ordinary text; flagging them would block emoji.
const PICTOGRAPH = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;

// The subdivision flags in Unicode's recommended emoji set (🏴 + tag letters + cancel tag): England, Scotland, Wales.
// Only these render as flags; any other tag run after 🏴 still counts, since tags can spell out hidden ASCII.
const RGI_SUBDIVISION_FLAGS = new Set(['gbeng', 'gbsct', 'gbwls']);
const BLACK_FLAG = 0x1f3f4;
const CANCEL_TAG = 0xe007f;

function isSubdivisionFlag(text: string, seg: HiddenSegment): boolean {
  return (
    seg.start >= 2 &&
    text.codePointAt(seg.start - 2) === BLACK_FLAG &&
    text.codePointAt(seg.end - 2) === CANCEL_TAG &&
    RGI_SUBDIVISION_FLAGS.has(seg.decoded ?? '')
  );
}

// LRM, RLM and ALM only set the direction of neighbouring punctuation; Hebrew, Arabic and Persian text carries them
// routinely. Overrides, embeddings and isolates reorder whole runs, which is what Trojan Source needs.
function onlyDirectionMarks(text: string, seg: HiddenSegment): boolean {
  for (let i = seg.start; i < seg.end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x200e && c !== 0x200f && c !== 0x61c) return false;
  }
  return true;
}

function besideEmoji(text: string, seg: HiddenSegment): boolean {
  const before = text.slice(Math.max(0, seg.start - 2), seg.start);
  const after = text.slice(seg.end, seg.end + 2);
  return PICTOGRAPH.test(before) && PICTOGRAPH.test(after);
}

/**
 * Invisible or smuggled text: Unicode tag characters (invisible ASCII an LLM still reads), bidi overrides
 * (Trojan Source: text displayed differently from what is processed) and runs of zero-width characters
 * (steganography). Reads the segments the normaliser removed, so it costs nothing on clean text.
 */
export default defineScanner({
  id: 'invisible_text',
  directions: ['input', 'output'],
  kinds: ['invisible_text'],
  description: 'Unicode tag characters, bidi overrides and zero-width runs hidden in the text',
  options,
  create(opts) {
    return (t) => {
      const findings: Finding[] = [];
      for (const seg of t.hidden) {
        const length = seg.end - seg.start;
        let score = 0;
        let detail = '';
        switch (seg.kind) {
          case 'unicode_tag':
            if (isSubdivisionFlag(t.original, seg)) break;
            score = 0.99;
            detail = `${seg.decoded?.length ?? length} invisible Unicode tag characters`;
            break;
          case 'bidi':
            if (onlyDirectionMarks(t.original, seg)) break;
            score = 0.85;
            detail = 'bidirectional override or isolate characters';
            break;
          case 'zero_width':
            if (length >= opts.zeroWidthRun) {
              score = 0.8;
              detail = `${length} consecutive zero-width characters`;
            } else if (!besideEmoji(t.original, seg)) {
              score = 0.3;
              detail = 'zero-width character';
            }
            break;
          case 'variation_selector':
            // One selector after an emoji is normal; runs encode bytes (the "emoji smuggling" trick).
            if (length > 2) {
              score = 0.9;
              detail = `${length} variation selectors (hidden bytes)`;
            }
            break;
          case 'control':
            score = 0.6;
            detail = 'control characters';
            break;
        }
        if (score > 0) {
          findings.push({
            scanner: 'invisible_text',
            kind: 'invisible_text',
            type: seg.kind,
            score,
            start: seg.start,
            end: seg.end,
            detail,
          });
        }
      }
      return findings;
    };
  },
});
