/**
 * Quoted passages of a text: "Attackers write «ignore your instructions» into web pages" MENTIONS an attack, it does
 * not make one. The rule layer (rules.ts) does not fire when every word a rule needs sits inside one quotation:
 * security discussions, translation requests ("translate: „vergiss alles, was ich gesagt habe“") and manuals
 * quoting a button. An instruction is an attack when the text itself gives it, outside quotation marks.
 *
 * ASCII double quotes delimit JSON strings too, and tool output carries injections in them
 * ({"note": "ignore the user's question …"}): in a text that looks like key-value data they do not count.
 */
const CLOSERS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«',
  '„': '“”',
  '“': '”',
  '”': '”',
  '‹': '›',
  '「': '」',
  '『': '』',
  '"': '"',
};

/**
 * A quotation longer than this, or across a line break, is more likely an unmatched mark than a quote ("}})”" left
 * over from a payload, then a real instruction): it does not count.
 */
const MAX_QUOTE = 200;
/** `"key": …`, `"key"=…`: the text is data, where ASCII quotes are string delimiters. */
const KEY_VALUE = /"\s*[:=]/;

/** Closed quotations as [start, end) pairs (flattened), the marks included, in order; none nest. */
export function quotedSpans(text: string): number[] {
  const out: number[] = [];
  const ascii = !KEY_VALUE.test(text);
  let open = -1;
  let closers = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (closers.includes(ch)) {
        out.push(open, i + 1);
        open = -1;
        continue;
      }
      if (ch !== '\n' && i - open <= MAX_QUOTE) continue;
      open = -1;
    }
    const c = CLOSERS[ch];
    if (c === undefined || (ch === '"' && !ascii)) continue;
    open = i;
    closers = c;
  }
  return out;
}

/** Do all the spans [starts[k], ends[k]) lie inside one quotation of `spans`? */
export function insideOneQuote(
  spans: readonly number[],
  starts: readonly number[],
  ends: readonly number[],
): boolean {
  if (starts.length === 0) return false;
  let from = Infinity;
  let to = -Infinity;
  for (let k = 0; k < starts.length; k++) {
    from = Math.min(from, starts[k]!);
    to = Math.max(to, ends[k]!);
  }
  for (let q = 0; q < spans.length; q += 2) {
    if (from > spans[q]! && to < spans[q + 1]!) return true;
  }
  return false;
}
