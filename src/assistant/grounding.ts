import { splitSentences } from './text.js';
import { contentTerms } from './text.js';

export interface GroundingPassage {
  /** 1-based number the model was told to cite. */
  index: number;
  text: string;
}

export interface GroundingResult {
  /** The answer with unsupported sentences dropped (or marked) and dangling citations removed. */
  answer: string;
  unsupported: string[];
  /** Passage numbers the kept sentences cite, in first-use order. */
  cited: number[];
}

const CITE = /\s*\[(\d{1,3})\]/g;
/** A sentence is supported when this share of its content terms appear in one passage it cites … */
const MIN_UNIGRAM = 0.6;
/** … and, for sentences long enough to have them, this share of its bigrams. */
const MIN_BIGRAM = 0.3;

function bigrams(terms: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < terms.length; i++) out.push(`${terms[i - 1]} ${terms[i]}`);
  return out;
}

/** How well `passage` supports `sentence`: unigram and bigram overlap of stemmed content terms. */
export function support(
  sentence: string,
  passage: string,
): { unigram: number; bigram: number; supported: boolean } {
  const s = contentTerms(sentence);
  if (s.length === 0) return { unigram: 1, bigram: 1, supported: true };
  const p = contentTerms(passage);
  const pSet = new Set(p);
  const pBigrams = new Set(bigrams(p));
  const unigram = s.filter((t) => pSet.has(t)).length / s.length;
  const sb = bigrams(s);
  const bigram = sb.length === 0 ? unigram : sb.filter((b) => pBigrams.has(b)).length / sb.length;
  return { unigram, bigram, supported: unigram >= MIN_UNIGRAM && (s.length < 4 || bigram >= MIN_BIGRAM) };
}

/**
 * Checks a generated answer against the passages it was given: every sentence must be supported by a passage
 * it cites (an uncited sentence may borrow the passage that supports it best); citations to passages that do not
 * exist are removed; unsupported sentences are dropped (`drop`) or kept with a warning marker (`flag`).
 *
 * @example
 * checkGrounding('Keys rotate with `bastion keys rotate`. [1]', [{ index: 1, text: 'Rotate a key with bastion keys rotate ID.' }], 'drop');
 */
export function checkGrounding(
  answer: string,
  passages: readonly GroundingPassage[],
  onUnsupported: 'drop' | 'flag',
): GroundingResult {
  const byIndex = new Map(passages.map((p) => [p.index, p.text]));
  const kept: string[] = [];
  const unsupported: string[] = [];
  const cited: number[] = [];
  for (const paragraph of answer.split(/\n{2,}/)) {
    const out: string[] = [];
    for (const sentence of splitSentences(paragraph)) {
      const refs = [...sentence.text.matchAll(CITE)].map((m) => Number(m[1])).filter((n) => byIndex.has(n));
      const bare = sentence.text.replace(CITE, '').trim();
      if (bare.length === 0) continue;
      const terms = contentTerms(bare);
      // Connective sentences ("Here is how:") carry no claim to check.
      if (terms.length < 2) {
        out.push(bare);
        continue;
      }
      let supportedBy = refs.find((n) => support(bare, byIndex.get(n) ?? '').supported);
      if (supportedBy === undefined && refs.length === 0) {
        supportedBy = passages.find((p) => support(bare, p.text).supported)?.index;
      }
      if (supportedBy === undefined) {
        unsupported.push(bare);
        if (onUnsupported === 'flag') out.push(`${bare} [unsupported]`);
        continue;
      }
      const use =
        refs.length > 0 ? refs.filter((n) => support(bare, byIndex.get(n) ?? '').supported) : [supportedBy];
      for (const n of use) if (!cited.includes(n)) cited.push(n);
      out.push(`${bare} ${use.map((n) => `[${n}]`).join('')}`);
    }
    if (out.length > 0) kept.push(out.join(' '));
  }
  return { answer: kept.join('\n\n'), unsupported, cited };
}
