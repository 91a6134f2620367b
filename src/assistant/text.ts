/**
 * Tokenising, stemming and sentence splitting shared by retrieval, answer composition and the grounding check.
 * The stemmer is Porter's algorithm (the one FTS5's `porter` tokenizer uses), so a term we weigh here is the
 * same term the index holds.
 */
import { porterStem } from './porter.js';

// Function words carry no topic: dropping them keeps "How do I rotate a key?" from matching every page with "how".
const STOPWORDS = new Set(
  (
    'a about above after again against all am an and any are as at be because been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
    'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
    'these they this those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves please tell explain show want need get use using used way ' +
    'let lets one also may might must shall us'
  ).split(' '),
);

const WORD = /[\p{L}\p{N}]+(?:['_-][\p{L}\p{N}]+)*/gu;

/** Lower-cased words of a text; a possessive 's is dropped. */
export function words(text: string): string[] {
  const out = text.toLowerCase().match(WORD) ?? [];
  for (let i = 0; i < out.length; i++) {
    const w = out[i] as string;
    if (w.endsWith("'s")) out[i] = w.slice(0, -2);
  }
  return out;
}

// Stemming is the hot part of answering (every word of five passages); a document vocabulary is small, so a
// bounded memo turns it into a map lookup.
const STEM_CACHE_MAX = 200_000;
const stems = new Map<string, string>();

export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = porterStem(word);
    if (stems.size >= STEM_CACHE_MAX) stems.clear();
    stems.set(word, s);
  }
  return s;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Stemmed content terms of a text, in order, stop words removed. */
export function contentTerms(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) if (!STOPWORDS.has(w)) out.push(stem(w));
  return out;
}

export interface Sentence {
  text: string;
  /** Offsets into the text it was split from. */
  start: number;
  end: number;
}

// A sentence ends at . ! ? followed by space and an upper-case letter/digit/quote/backtick, or at a line break
// that starts a list item, heading, table row or code fence (documentation is full of those).
const BOUNDARY = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}"'`([])|\n\s*\n|\n(?=\s*(?:[-*+]\s|\d+[.)]\s|#|\||```))/gu;

/** Splits prose, list items and table rows into answerable units with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let last = 0;
  const push = (end: number) => {
    const raw = text.slice(last, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed.length > 0)
      out.push({ text: trimmed, start: last + lead, end: last + lead + trimmed.length });
  };
  for (const match of text.matchAll(BOUNDARY)) {
    push(match.index);
    last = match.index + match[0].length;
  }
  push(text.length);
  return out;
}
