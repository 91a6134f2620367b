import type { PiiMatch } from './match.js';

export interface GoldSpan {
  type: string;
  start: number;
  end: number;
}

export interface TypeScore {
  type: string;
  support: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Gold offsets in Unicode code points (Presidio's datasets) converted to UTF-16 offsets, as JS strings index. */
export function codePointSpansToUtf16(text: string, spans: readonly GoldSpan[]): GoldSpan[] {
  const offsets: number[] = [0];
  let u = 0;
  for (const ch of text) {
    u += ch.length;
    offsets.push(u);
  }
  return spans.map((s) => ({ type: s.type, start: offsets[s.start] ?? u, end: offsets[s.end] ?? u }));
}

/**
 * Per-type precision/recall/F1. A prediction is a true positive when it overlaps an unmatched gold span of the same
 * type (each gold span matches once); `exact: true` requires identical boundaries instead.
 */
export function scorePii(
  rows: readonly { gold: readonly GoldSpan[]; predicted: readonly PiiMatch[] }[],
  options: { exact?: boolean } = {},
): TypeScore[] {
  const stats = new Map<string, { support: number; predicted: number; tp: number }>();
  const get = (t: string) => {
    let s = stats.get(t);
    if (!s) stats.set(t, (s = { support: 0, predicted: 0, tp: 0 }));
    return s;
  };
  for (const row of rows) {
    const used = new Set<number>();
    for (const g of row.gold) get(g.type).support++;
    for (const p of row.predicted) {
      const s = get(p.type);
      s.predicted++;
      const hit = row.gold.findIndex(
        (g, i) =>
          !used.has(i) &&
          g.type === p.type &&
          (options.exact ? g.start === p.start && g.end === p.end : p.start < g.end && g.start < p.end),
      );
      if (hit >= 0) {
        used.add(hit);
        s.tp++;
      }
    }
  }
  return [...stats.entries()]
    .map(([type, s]) => {
      const precision = s.predicted === 0 ? 0 : s.tp / s.predicted;
      const recall = s.support === 0 ? 0 : s.tp / s.support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return { type, ...s, precision, recall, f1 };
    })
    .sort((a, b) => b.support - a.support);
}
