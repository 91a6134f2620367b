import type { DocsStore, SearchHit } from '../store/docs-store.js';
import { contentTerms, isStopword, words } from './text.js';

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
}

export function createIdfCache(store: DocsStore): IdfCache {
  let generation = '';
  let total = 1;
  let cache = new Map<string, number>();
  return {
    weight(stem) {
      const counts = store.counts();
      const gen = `${counts.sources}:${counts.chunks}`;
      if (gen !== generation) {
        generation = gen;
        total = Math.max(1, counts.chunks);
        cache = new Map();
      }
      let w = cache.get(stem);
      if (w === undefined) {
        const df = store.docFrequency(stem);
        w = Math.log(1 + (total - df + 0.5) / (df + 0.5));
        cache.set(stem, w);
      }
      return w;
    },
  };
}

/** The FTS5 MATCH expression: each content word quoted (so no user text is parsed as FTS syntax), OR-ed. */
export function buildMatch(question: string): string | null {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const w of words(question)) {
    if (isStopword(w) || seen.has(w)) continue;
    seen.add(w);
    parts.push(`"${w.replace(/"/g, '""')}"`);
    if (parts.length >= 32) break;
  }
  return parts.length > 0 ? parts.join(' OR ') : null;
}

/** Weighted share of `terms` present in `text`. */
export function coverage(terms: readonly { stem: string; idf: number }[], text: string): number {
  const total = terms.reduce((sum, t) => sum + t.idf, 0);
  if (total === 0) return 0;
  const present = new Set(contentTerms(text));
  let hit = 0;
  for (const t of terms) if (present.has(t.stem)) hit += t.idf;
  return hit / total;
}

/**
 * BM25 retrieval over the FTS5 index, with a confidence figure that does not depend on corpus size:
 * how much of the question's (IDF-weighted) vocabulary the best passage contains.
 */
export function retrieve(store: DocsStore, idf: IdfCache, question: string, topK: number): Retrieval {
  const match = buildMatch(question);
  if (match === null) return { terms: [], hits: [], confidence: 0 };
  const stems = [...new Set(contentTerms(question))];
  const terms = stems.map((stem) => ({ stem, idf: idf.weight(stem) }));
  const hits = store.search(match, topK);
  const best = hits[0];
  const confidence = best
    ? Math.max(...hits.slice(0, 3).map((h) => coverage(terms, `${h.heading}\n${h.text}`)))
    : 0;
  return { terms, hits, confidence };
}
