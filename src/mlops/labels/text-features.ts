import { csrFromRows, type Csr } from './matrix.js';

/** 2^18 buckets: collisions stay rare for corpora of tens of thousands of distinct n-grams. */
export const HASH_BITS = 18;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Money, phone-number and URL shapes carry the signal in spam-like data; keep them as tokens, not noise.
const TOKEN = /[£$€]|\d+(?:[.,]\d+)*|[\p{L}\p{N}_']+|[!?]/gu;

/**
 * Hashed word uni+bigrams and character 3-grams within words, log-scaled counts, L2-normalised per row.
 * Hashing keeps memory bounded and needs no vocabulary pass.
 */
export function hashTextFeatures(texts: readonly string[], bits = HASH_BITS): Csr {
  const nCols = 1 << bits;
  const mask = nCols - 1;
  const rows = texts.map((raw) => {
    const row = new Map<number, number>();
    const add = (feature: string, weight: number) => {
      const h = fnv1a(feature) & mask;
      row.set(h, (row.get(h) ?? 0) + weight);
    };
    const tokens = (raw.toLowerCase().match(TOKEN) ?? []).map((t) =>
      /^\d{5,}$/.test(t) ? `<num${t.length > 9 ? 'L' : 'S'}>` : t,
    );
    tokens.forEach((t, i) => {
      add(`w:${t}`, 1);
      if (i > 0) add(`b:${tokens[i - 1]} ${t}`, 1);
      if (t.length > 3) {
        const padded = `<${t}>`;
        for (let j = 0; j + 3 <= padded.length; j++) add(`c:${padded.slice(j, j + 3)}`, 0.5);
      }
    });
    add(`len:${Math.min(Math.floor(raw.length / 20), 10)}`, 1);
    add('bias', 1);
    let norm = 0;
    for (const [k, v] of row) {
      const s = Math.log1p(v);
      row.set(k, s);
      norm += s * s;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [k, v] of row) row.set(k, v / norm);
    return row;
  });
  return csrFromRows(rows, nCols);
}
