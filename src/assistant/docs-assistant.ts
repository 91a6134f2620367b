import { randomUUID } from 'node:crypto';
import { BastionError } from '../core/errors/index.js';
import type { CallContext } from '../providers/types.js';
import type { DocsStore, SearchHit } from '../store/docs-store.js';
import type { DocsAnswer } from './answer-types.js';
import { composeExtractive } from './extractive.js';
import { generate, type GenerativeOptions } from './generative.js';
import { checkGrounding } from './grounding.js';
import { createIdfCache, MAX_QUESTION_CHARS, retrieve } from './retrieve.js';

export interface DocsAssistantOptions {
  store: DocsStore;
  topK?: number;
  /** Below this retrieval confidence the answer says it does not know. */
  minConfidence?: number;
  /** Generative mode: a model answers from the retrieved passages; absent = extractive (no model). */
  generative?: GenerativeOptions & { onUnsupported?: 'drop' | 'flag' };
}

export interface DocsAssistant {
  /** Extractive (synchronous, no model) answer. */
  answerExtractive(question: string): DocsAnswer;
  /** Generative when configured, else extractive. */
  ask(question: string, ctx?: CallContext): Promise<DocsAnswer>;
  readonly store: DocsStore;
}

export const DONT_KNOW = "I don't know: the documentation I have does not answer this clearly.";

function checkQuestion(question: string): string {
  const q = question.trim();
  if (q.length === 0 || q.length > MAX_QUESTION_CHARS) {
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_QUESTION_INVALID',
      q.length === 0
        ? 'the question is empty'
        : `the question is longer than ${MAX_QUESTION_CHARS} characters`,
    );
  }
  return q;
}

function closestOf(hits: readonly SearchHit[]) {
  const seen = new Set<string>();
  const out: DocsAnswer['closest'] = [];
  for (const h of hits) {
    if (seen.has(h.source)) continue;
    seen.add(h.source);
    out.push({ source: h.source, heading: h.heading, id: h.pid });
  }
  return out;
}

function dontKnow(
  hits: readonly SearchHit[],
  confidence: number,
  mode: DocsAnswer['mode'],
  started: number,
): DocsAnswer {
  const closest = closestOf(hits);
  const list = closest.map((c) => `- ${c.source} (${c.heading})`).join('\n');
  return {
    answer: closest.length > 0 ? `${DONT_KNOW}\nThe closest documents are:\n${list}` : DONT_KNOW,
    citations: [],
    answered: false,
    confidence,
    mode,
    closest,
    unsupported: [],
    elapsedMs: performance.now() - started,
  };
}

/**
 * The docs assistant: retrieval over the FTS5 index, then an extractive answer (default) or a generated one
 * checked for grounding, always with numbered citations.
 *
 * @example
 * const assistant = createDocsAssistant({ store: createDocsStore(openDocsDb('bastion.db')) });
 * assistant.answerExtractive('How do I rotate a key?').citations[0]?.source; // 'docs/how-to-rotate-a-key.md'
 */
export function createDocsAssistant(options: DocsAssistantOptions): DocsAssistant {
  const { store } = options;
  const topK = options.topK ?? 5;
  const minConfidence = options.minConfidence ?? 0.5;
  const idf = createIdfCache(store);

  const answerExtractive = (question: string): DocsAnswer => {
    const started = performance.now();
    const q = checkQuestion(question);
    const r = retrieve(store, idf, q, topK);
    if (r.hits.length === 0 || r.confidence < minConfidence)
      return dontKnow(r.hits, r.confidence, 'extractive', started);
    const { answer, citations } = composeExtractive(r.terms, r.hits);
    if (citations.length === 0) return dontKnow(r.hits, r.confidence, 'extractive', started);
    return {
      answer,
      citations,
      answered: true,
      confidence: r.confidence,
      mode: 'extractive',
      closest: [],
      unsupported: [],
      elapsedMs: performance.now() - started,
    };
  };

  const ask = async (question: string, ctx?: CallContext): Promise<DocsAnswer> => {
    const gen = options.generative;
    if (!gen) return answerExtractive(question);
    const started = performance.now();
    const q = checkQuestion(question);
    const r = retrieve(store, idf, q, topK);
    if (r.hits.length === 0 || r.confidence < minConfidence)
      return dontKnow(r.hits, r.confidence, 'generative', started);
    const callCtx = ctx ?? { signal: new AbortController().signal, requestId: `docs-${randomUUID()}` };
    const raw = await generate(q, r.hits, gen, callCtx);
    const passages = r.hits.map((h, i) => ({ index: i + 1, text: `${h.heading}\n${h.text}` }));
    const grounded = checkGrounding(raw, passages, gen.onUnsupported ?? 'drop');
    if (grounded.cited.length === 0) {
      const fallback = dontKnow(r.hits, r.confidence, 'generative', started);
      return { ...fallback, unsupported: grounded.unsupported };
    }
    // Renumber so the citations read [1], [2], … in the order the answer uses them.
    const renumber = new Map(grounded.cited.map((n, i) => [n, i + 1]));
    const answer = grounded.answer.replace(/\[(\d{1,3})\]/g, (all, n: string) => {
      const to = renumber.get(Number(n));
      return to === undefined ? '' : `[${to}]`;
    });
    const citations = grounded.cited.map((n, i) => {
      const h = r.hits[n - 1] as SearchHit;
      return {
        index: i + 1,
        id: h.pid,
        source: h.source,
        heading: h.heading,
        start: h.start,
        end: h.end,
        quote: h.text.slice(0, 300),
      };
    });
    return {
      answer,
      citations,
      answered: true,
      confidence: r.confidence,
      mode: 'generative',
      closest: [],
      unsupported: grounded.unsupported,
      elapsedMs: performance.now() - started,
    };
  };

  return { answerExtractive, ask, store };
}
