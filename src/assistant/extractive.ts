import type { SearchHit } from '../store/docs-store.js';
import type { Citation } from './answer-types.js';
import { coverage } from './retrieve.js';
import { contentTerms } from './text.js';
import { splitUnits } from './units.js';

interface Candidate {
  hit: SearchHit;
  rank: number;
  unit: number;
  text: string;
  code: boolean;
  score: number;
}

export interface Extract {
  answer: string;
  citations: Citation[];
}

const MAX_ANSWER_CHARS = 900;
const MAX_FOLLOW_UNITS = 6;

/**
 * Composes an answer from the retrieved passages without a model: the units (sentences, list items, code
 * blocks) that best cover the question's terms, in document order, each group followed by its citation number.
 * A unit that ends in ":" introduces what follows (a command, steps), so those units come along.
 */
export function composeExtractive(
  terms: readonly { stem: string; idf: number }[],
  hits: readonly SearchHit[],
): Extract {
  const perHit = hits.map((hit) => splitUnits(hit.text));
  const candidates: Candidate[] = [];
  const wantedSet = new Set(terms.map((t) => t.stem));
  hits.forEach((hit, rank) => {
    const headingCover = coverage(terms, hit.heading);
    perHit[rank]?.forEach((unit, i) => {
      const unitTerms = unit.code ? [] : contentTerms(unit.text);
      if (unitTerms.length < 2) return;
      // Heading words describe every unit of the section; density (share of the unit's words that are question
      // words) prefers the focused sentence over a long one that mentions everything; rank breaks ties.
      const density = unitTerms.filter((t) => wantedSet.has(t)).length / unitTerms.length;
      const score = coverage(terms, unitTerms) + 0.5 * headingCover + 0.5 * density + 0.05 / (rank + 1);
      candidates.push({ hit, rank, unit: i, text: unit.text, code: false, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { answer: '', citations: [] };

  const chosen = new Map<string, Set<number>>();
  const add = (hit: SearchHit, unit: number) => {
    const set = chosen.get(hit.pid) ?? new Set<number>();
    set.add(unit);
    chosen.set(hit.pid, set);
  };
  let length = 0;
  const take = (c: Candidate) => {
    const units = perHit[c.rank] ?? [];
    const unit = units[c.unit];
    if (!unit || length + unit.text.length > MAX_ANSWER_CHARS) return false;
    add(c.hit, c.unit);
    length += unit.text.length;
    // The command right after the best sentence is usually the answer to "how do I": bring it along.
    const next = units[c.unit + 1];
    if (
      c === best &&
      next?.code &&
      !/:\s*$/.test(unit.text) &&
      length + next.text.length <= MAX_ANSWER_CHARS * 1.5
    ) {
      add(c.hit, c.unit + 1);
      length += next.text.length;
    }
    if (/:\s*$/.test(unit.text)) {
      for (let i = c.unit + 1; i < units.length && i <= c.unit + MAX_FOLLOW_UNITS; i++) {
        const next = units[i];
        if (!next || length + next.text.length > MAX_ANSWER_CHARS * 1.5) break;
        add(c.hit, i);
        length += next.text.length;
        if (next.code || !/^\s*(?:[-*+]|\d+[.)])\s/.test(next.text)) break;
      }
    }
    return true;
  };
  take(best);
  // More units only while they add question terms the answer does not cover yet: a second passage that says
  // the same thing again is noise.
  const covered = new Set(contentTerms(`${best.hit.heading} ${best.text}`));
  const wanted = terms.filter((t) => t.idf > 0).map((t) => t.stem);
  for (const c of candidates.slice(1, 12)) {
    if (chosen.size >= 3 || length > MAX_ANSWER_CHARS * 0.6) break;
    if (wanted.every((t) => covered.has(t))) break;
    if (c.score < best.score * 0.6) break;
    if (chosen.get(c.hit.pid)?.has(c.unit)) continue;
    const adds = contentTerms(`${c.hit.heading} ${c.text}`);
    if (!adds.some((t) => wanted.includes(t) && !covered.has(t))) continue;
    if (take(c)) for (const t of adds) covered.add(t);
  }

  const citations: Citation[] = [];
  const parts: string[] = [];
  for (const [rank, hit] of hits.entries()) {
    const picked = chosen.get(hit.pid);
    if (!picked) continue;
    const units = perHit[rank] ?? [];
    const texts = [...picked].sort((a, b) => a - b).map((i) => units[i]?.text ?? '');
    const index = citations.length + 1;
    citations.push({
      index,
      id: hit.pid,
      source: hit.source,
      heading: hit.heading,
      start: hit.start,
      end: hit.end,
      quote: texts.join('\n'),
    });
    const body = texts.join(texts.some((t) => t.includes('\n') || /^\s*[-*+\d]/.test(t)) ? '\n' : ' ');
    parts.push(
      /\n\s*$|```\s*$/.test(body) || body.endsWith('```') ? `${body}\n[${index}]` : `${body} [${index}]`,
    );
  }
  return { answer: parts.join('\n\n'), citations };
}
