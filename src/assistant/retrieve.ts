import type { DocsStore, SearchHit } from '../store/docs-store.js';
import { contentTerms, isStopword, stem, words } from './text.js';

export interface Retrieval {
  /** Distinct stemmed content terms of the question with their IDF weights. */
  terms: { stem: string; idf: number }[];
  hits: SearchHit[];
  /** Share of the question's IDF weight found in the best passage, in [0, 1]. */
  confidence: number;
}

export const MAX_QUESTION_CHARS = 2000;

/**
 * IDF weights need document frequencies; they change only when the index does, so they are cached per
 * index generation (counts) and the hot path makes one FTS query.
 */
export interface IdfCache {
  weight(stem: string): number;
  /** Number of passages containing the stem. */
  frequency(stem: string): number;
  passages(): number;
}

export function createIdfCache(store: DocsStore): IdfCache {
  let generation = '';
  let total = 1;
  let cache = new Map<string, number>();
  const refresh = () => {
    const counts = store.counts();
    const gen = `${counts.sources}:${counts.chunks}`;
    if (gen !== generation) {
      generation = gen;
      total = Math.max(1, counts.chunks);
      cache = new Map();
    }
  };
  const frequency = (s: string): number => {
    refresh();
    let df = cache.get(s);
    if (df === undefined) {
      df = store.docFrequency(s);
      cache.set(s, df);
    }
    return df;
  };
  return {
    frequency,
    passages: () => {
      refresh();
      return total;
    },
    weight: (s) => {
      const df = frequency(s);
      return Math.log(1 + (total - df + 0.5) / (df + 0.5));
    },
  };
}

/** Distinct content words of a question, at most 32, in order. */
function questionWords(question: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words(question)) {
    if (isStopword(w) || seen.has(w)) continue;
    seen.add(w);
    out.push(w);
    if (out.length >= 32) break;
  }
  return out;
}

const quote = (w: string): string => `"${w.replace(/"/g, '""')}"`;

/** The FTS5 MATCH expression: each content word quoted (so no user text is parsed as FTS syntax), OR-ed. */
export function buildMatch(question: string): string | null {
  const parts = questionWords(question).map(quote);
  return parts.length > 0 ? parts.join(' OR ') : null;
}

/** Words in more than this share of passages are left out of the MATCH when rarer words remain … */
const COMMON_SHARE = 0.04;
/** … unless they occur in fewer passages than this: scoring a few thousand rows costs well under a millisecond. */
const ALWAYS_KEEP_DF = 2000;
/** The rarest words carry the ranking; more only widen the set of rows BM25 must score. */
const MAX_OR_WORDS = 5;
/** With this many passages holding every question word, the OR step (the costly one) is skipped. */
const ENOUGH_AND_HITS = 3;

/**
 * Like buildMatch, but drops words so common that they would only widen the candidate set: BM25 gives them
 * little weight, yet an OR query must score every passage containing them (on a large index most of the query
 * time). The two rarest words that occur are always kept; confidence still counts every word.
 */
export function buildPrunedMatch(
  question: string,
  df: (word: string) => number,
  passages: number,
): string | null {
  const ws = questionWords(question);
  if (ws.length === 0) return null;
  // Words no passage contains match nothing; among the rest the two rarest always stay.
  const ranked = ws
    .map((w) => ({ w, df: df(w) }))
    .filter((r) => r.df > 0)
    .sort((a, b) => a.df - b.df);
  const keep = ranked
    .filter((r, i) => i < 2 || r.df <= Math.max(passages * COMMON_SHARE, ALWAYS_KEEP_DF))
    .slice(0, MAX_OR_WORDS);
  return keep.length > 0 ? keep.map((r) => quote(r.w)).join(' OR ') : null;
}

/** Weighted share of `terms` present in `text` (or in an already stemmed term list). */
export function coverage(
  terms: readonly { stem: string; idf: number }[],
  text: string | readonly string[],
): number {
  const total = terms.reduce((sum, t) => sum + t.idf, 0);
  if (total === 0) return 0;
  const present = new Set(typeof text === 'string' ? contentTerms(text) : text);
  let hit = 0;
  for (const t of terms) if (present.has(t.stem)) hit += t.idf;
  return hit / total;
}

/**
 * BM25 retrieval over the FTS5 index, with a confidence figure that does not depend on corpus size:
 * how much of the question's (IDF-weighted) vocabulary the best passage contains.
 */
export function retrieve(store: DocsStore, idf: IdfCache, question: string, topK: number): Retrieval {
  const df = (w: string): number => idf.frequency(stem(w));
  const match = buildPrunedMatch(question, df, idf.passages());
  if (match === null) return { terms: [], hits: [], confidence: 0 };
  const stems = [...new Set(contentTerms(question))];
  const terms = stems.map((s) => ({ stem: s, idf: idf.weight(s) }));
  // Passages holding every question word first: an AND walks the rarest posting list, so it is both the most
  // precise and the cheapest query; the (pruned) OR fills the remaining places.
  const present = questionWords(question).filter((w) => df(w) > 0);
  const hits: SearchHit[] = present.length >= 2 ? store.search(present.map(quote).join(' AND '), topK) : [];
  if (hits.length < Math.min(topK, ENOUGH_AND_HITS)) {
    const seen = new Set(hits.map((h) => h.pid));
    for (const h of store.search(match, topK)) {
      if (hits.length >= topK) break;
      if (!seen.has(h.pid)) hits.push(h);
    }
  }
  const best = hits[0];
  const confidence = best
    ? Math.max(...hits.slice(0, 3).map((h) => coverage(terms, `${h.heading}\n${h.text}`)))
    : 0;
  return { terms, hits, confidence };
}
