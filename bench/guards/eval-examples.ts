import {
  BLOCK,
  FeatureBuffer,
  HEAD_WINDOW_BLOCKS,
  extractFeatures,
} from '../../src/guards/detectors/features.js';
import { CONCEPT_HEADS, withConcepts } from '../../src/guards/detectors/concept-features.js';
import type { ExampleSet } from '../../src/guards/detectors/train-logreg.js';
import { denseView } from '../../src/guards/detectors/dense-view.js';
import { HEADS } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';
import type { Row } from './eval-data.js';

/** Windows kept per row in training (long jailbreak prompts would otherwise dominate); BIPIA rows keep all. */
const MAX_WINDOWS = 16;
const SIZES = [...new Set(HEAD_WINDOW_BLOCKS)].sort((a, b) => a - b);
/** The window length of the heads that read concept features (concept-features.ts CONCEPT_HEADS), theirs alone. */
const CONCEPT_SIZE = HEAD_WINDOW_BLOCKS[CONCEPT_HEADS[0]!]!;
if (HEAD_WINDOW_BLOCKS.some((s, h) => (s === CONCEPT_SIZE) !== CONCEPT_HEADS.includes(h)))
  throw new Error('the heads reading concept features must have a window length of their own');
/** The harm head's window length; no other head uses it (checked at load). */
const HARM_SIZE = HEAD_WINDOW_BLOCKS[3]!;
if (HEAD_WINDOW_BLOCKS.indexOf(HARM_SIZE) !== 3)
  throw new Error('the harm head must have a window length of its own');

/**
 * Per-head label of a row (heads: direct injection, indirect injection, jailbreak, harm): 1 positive, 0 negative,
 * -1 not used (a jailbreak is neither proof nor disproof of injection). A direct injection is also an indirect one
 * when it sits in a document; BIPIA's injected tasks are only attacks inside documents, so they do not train the
 * direct head.
 */
function headLabels(row: Row): number[] {
  if (row.harmOnly === true) return [-1, -1, -1, row.label === 'harmful' ? 1 : 0];
  if (row.conceptHeadsOnly === true) {
    const l = baseLabels(row);
    return [l[0]!, -1, l[2]!, -1];
  }
  return baseLabels(row);
}

function baseLabels(row: Row): number[] {
  switch (row.label) {
    case 'injection':
      return row.attack !== undefined ? [-1, 1, -1, -1] : [1, 1, -1, -1];
    case 'jailbreak':
      return [-1, -1, 1, -1];
    case 'harmful':
      return [0, 0, 0, 1];
    default:
      return [0, 0, 0, 0];
  }
}

/** The first position of the squeezed text at or after original position `pos` (index is increasing). */
function squeezedAt(index: Int32Array, pos: number): number {
  let lo = 0;
  let hi = index.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Turns rows into training windows exactly as the runtime sees them: normalise, hash features, cut into windows.
 * In BIPIA rows only the windows that overlap the injected sentence are positive; the rest of the e-mail, table or
 * code is benign context and is used as a negative.
 */
export function buildExamples(rows: readonly Row[]): ExampleSet {
  let ids = new Int32Array(1 << 22);
  let n = 0;
  const offsets: number[] = [0];
  const labels: number[] = [];
  const plainNgrams = new FeatureBuffer();
  const denseNgrams = new FeatureBuffer();
  const merged = new FeatureBuffer();
  const extra: number[] = [];
  for (const row of rows) {
    const norm = normalize(row.text);
    // Windows as the runtime cuts them: over the text with its padding squeezed out (dense-view.ts). The harm head
    // keeps its windows over the plain text: its weights, which the harm-topic gate was tuned on, stay as they were.
    const dense = denseView(norm.text);
    extractFeatures(norm.text, plainNgrams);
    if (dense !== null) extractFeatures(dense.text, denseNgrams);
    // The concept features of the text (concept-features.ts), for the heads that read them (direct injection and
    // jailbreak: their windows are cut over the dense view when there is one).
    const conceptBuf = withConcepts(
      norm.text,
      dense?.index ?? null,
      dense === null ? plainNgrams : denseNgrams,
      merged,
      extra,
    );
    const base = headLabels(row);
    let attackStart = -1;
    let attackEnd = -1;
    if (row.attack !== undefined) {
      const a = normalize(row.attack).text;
      attackStart = norm.text.indexOf(a);
      attackEnd = attackStart + a.length;
    }
    // One set of windows per distinct window length; a window trains only the heads that use its length.
    for (const size of SIZES) {
      const squeezed = dense !== null && size !== HARM_SIZE;
      const concepts = size === CONCEPT_SIZE;
      const buf = concepts ? conceptBuf : squeezed ? denseNgrams : plainNgrams;
      const blocks = buf.blockEnds.length;
      const aStart = squeezed && attackStart >= 0 ? squeezedAt(dense.index, attackStart) : attackStart;
      const aEnd = squeezed && attackStart >= 0 ? squeezedAt(dense.index, attackEnd) : attackEnd;
      const span = blocks <= size ? blocks : size;
      const stride = Math.max(1, size >> 1);
      const windows = blocks <= size ? 1 : Math.floor((blocks - size) / stride) + 1;
      const keep = row.attack !== undefined ? windows : Math.min(windows, MAX_WINDOWS);
      for (let j = 0; j < keep; j++) {
        const k = j * stride;
        const last = k + span - 1;
        const from = k === 0 ? 0 : buf.blockEnds[k - 1]!;
        const to = buf.blockEnds[last]!;
        if (to <= from) continue;
        while (n + (to - from) > ids.length) {
          const next = new Int32Array(ids.length * 2);
          next.set(ids.subarray(0, n));
          ids = next;
        }
        let lab = base;
        if (aStart >= 0) {
          const ws = k * BLOCK;
          const we = (last + 1) * BLOCK;
          const overlaps = aStart < we && aEnd > ws;
          lab = overlaps ? base : [0, 0, 0, 0];
        }
        const mine = lab.map((l, h) => (HEAD_WINDOW_BLOCKS[h] === size ? l : -1));
        if (mine.every((l) => l < 0)) continue;
        ids.set(buf.ids.subarray(from, to), n);
        n += to - from;
        offsets.push(n);
        labels.push(...mine);
      }
    }
  }
  return {
    ids: ids.subarray(0, n),
    offsets: Int32Array.from(offsets),
    count: offsets.length - 1,
    labels: Int8Array.from(labels),
    heads: HEADS.length,
  };
}
