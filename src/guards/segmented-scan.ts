import type { GuardEngine } from './engine.js';
import { normalizeText } from './normalize-text.js';
import type { Finding, NormalizedText, ScanContext } from './types.js';

/**
 * Scanners whose every finding is about a span of the text and depends only on text near it (regexes, checksums,
 * keyword windows, removed characters). They can run once over many texts joined together, each finding going back
 * to the text its span lies in. The trained detectors are not among them: they score windows of their text and report
 * the best one, so joined texts would share one verdict and their windows would straddle texts.
 */
export const SPAN_LOCAL_SCANNERS: ReadonlySet<string> = new Set(['pii', 'secrets', 'invisible_text']);

/**
 * Joins the texts for the span-local scanners: a line on its own with a mark that no pattern of theirs takes, so
 * nothing matches across it (with a bare blank line, "Thanks" ending one text made a name of the Capitalised word
 * starting the next: the name cue takes any whitespace). segmented-scan.test.ts and
 * bench/assistant/segmented-equivalence.ts check that each text gets the findings it gets scanned alone.
 */
export const SEGMENT_SEPARATOR = '\n|\n';

/** Joined texts stay below this many characters; more texts make another joined scan. */
const MAX_JOINED = 256 * 1024;

const shift = <T extends { start: number; end: number }>(items: readonly T[], by: number): T[] =>
  items.map((x) => ({ ...x, start: x.start + by, end: x.end + by }));

/**
 * The texts' own normalisations joined into one: what the span-local scanners read. Each text is normalised alone
 * because the normaliser decides some things per text (leetspeak folding turns looser once a text holds three leet
 * words; the encoded-run search has per-text limits), so a joined normalisation would differ from the texts' own.
 */
function joinNormalized(
  norms: readonly NormalizedText[],
  joined: string,
  starts: readonly number[],
): NormalizedText {
  const nStarts: number[] = [];
  let at = 0;
  for (const t of norms) {
    nStarts.push(at);
    at += t.text.length + SEGMENT_SEPARATOR.length;
  }
  return {
    original: joined,
    text: norms.map((t) => t.text).join(SEGMENT_SEPARATOR),
    toOriginal: (o) => {
      let lo = 0;
      let hi = norms.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (nStarts[mid]! <= o) lo = mid;
        else hi = mid - 1;
      }
      const t = norms[lo]!;
      const rel = o - nStarts[lo]!;
      // Inside a separator: the separator's own offset (it is the same in both texts).
      if (rel > t.text.length) return starts[lo]! + t.original.length + (rel - t.text.length);
      return starts[lo]! + t.toOriginal(rel < 0 ? 0 : rel);
    },
    hidden: norms.flatMap((t, i) => shift(t.hidden, starts[i]!)),
    decoded: norms.flatMap((t, i) => shift(t.decoded, starts[i]!)),
  };
}

/**
 * Scans many short texts as `engine.scan` scans each alone, for less per-call cost: each text is normalised alone
 * and the other scanners (the trained detectors, limits) run on it alone, but the span-local scanners (PII, secrets,
 * invisible text: a fixed cost per call, then cheap per character) run once over the texts joined by
 * SEGMENT_SEPARATOR, and each of their findings goes to the texts its span overlaps (clipped). Returns each text's
 * findings, spans in its own coordinates, in the order `engine.scan` gives them.
 *
 * @example
 * const [first, second] = scanSegments(engine, ['## Setup\nRun it.', '## Keys\nbst_…'], { direction: 'input' });
 */
export function scanSegments(engine: GuardEngine, texts: readonly string[], ctx: ScanContext): Finding[][] {
  const out: Finding[][] = [];
  let from = 0;
  while (from < texts.length) {
    let to = from + 1;
    let chars = texts[from]!.length;
    while (to < texts.length && chars + texts[to]!.length + SEGMENT_SEPARATOR.length <= MAX_JOINED) {
      chars += texts[to]!.length + SEGMENT_SEPARATOR.length;
      to++;
    }
    for (const findings of scanJoined(engine, texts.slice(from, to), ctx)) out.push(findings);
    from = to;
  }
  return out;
}

function scanJoined(engine: GuardEngine, texts: readonly string[], ctx: ScanContext): Finding[][] {
  const enabled = [...engine.settings(ctx.direction, ctx.useCase).keys()].filter(
    (id) => ctx.scanners === undefined || ctx.scanners.has(id),
  );
  const rank = new Map(enabled.map((id, i) => [id, i]));
  const whole = new Set(enabled.filter((id) => SPAN_LOCAL_SCANNERS.has(id)));
  const each = new Set(enabled.filter((id) => !SPAN_LOCAL_SCANNERS.has(id)));

  const joined = texts.join(SEGMENT_SEPARATOR);
  const starts: number[] = [];
  let at = 0;
  for (const text of texts) {
    starts.push(at);
    at += text.length + SEGMENT_SEPARATOR.length;
  }
  const norms = texts.map((text) => normalizeText(text));

  const per: Finding[][] = texts.map(() => []);
  if (whole.size > 0) {
    const all = joinNormalized(norms, joined, starts);
    let first = 0;
    for (const f of engine.scanNormalized(all, { ...ctx, scanners: whole }).findings) {
      // Findings come sorted by start: the first text they can touch only moves forward.
      while (first + 1 < texts.length && starts[first + 1]! <= f.start) first++;
      let touched = false;
      for (let i = first; i < texts.length && starts[i]! < Math.max(f.end, f.start + 1); i++) {
        const s = starts[i]!;
        const e = s + texts[i]!.length;
        if (f.end > s && f.start < e) {
          per[i]!.push({ ...f, start: Math.max(f.start, s) - s, end: Math.min(f.end, e) - s });
          touched = true;
        }
      }
      // A finding on no text's characters (an empty span, or one inside a separator) still counts: fail closed.
      if (!touched) {
        const s = starts[first]!;
        const e = s + texts[first]!.length;
        const p = Math.min(Math.max(f.start, s), e) - s;
        per[first]!.push({ ...f, start: p, end: p });
      }
    }
  }

  if (each.size > 0) {
    const perCtx: ScanContext = { ...ctx, scanners: each };
    norms.forEach((t, i) => {
      for (const f of engine.scanNormalized(t, perCtx).findings) per[i]!.push(f);
    });
  }

  // engine.scan's order: by start, longer first, then scanner order (its sort is stable over scanners in order).
  return per.map((findings) =>
    findings
      .map((f, i) => ({ f, i, r: rank.get(f.scanner) ?? enabled.length }))
      .sort((x, y) => x.f.start - y.f.start || y.f.end - x.f.end || x.r - y.r || x.i - y.i)
      .map((x) => x.f),
  );
}
