import { normalize } from '../normalize/index.js';
import { HARM_TOPICS, type HarmCategory } from './harm-topics-lexicon.js';
import { HARM_CONCEPTS, HARM_RULES, type HarmConcept } from './harm-topics-concepts.js';
import { HARM_CONTEXT } from './harm-topics-context.js';
import { ACT_CONTEXT } from './harm-topics-concepts-acts.js';
import { MORE_CONTEXT } from './harm-topics-concepts-more.js';
import { HARM_TOPICS_EXTRA } from './harm-topics-extra.js';
import { HARM_TOPICS_INTL } from './harm-topics-intl.js';
import { HARM_VOCAB } from './harm-topics-vocab.js';
import { HARM_REQUESTS } from './harm-topics-requests.js';
import { compileTerms, type TermScanner } from './term-scanner.js';

/**
 * Matching the harm-topic lexicon (harm-topics-lexicon.ts, -intl.ts, -extra.ts, -requests.ts) against
 * normalised text: which harm topic a piece of text names, and whether a sentence asks for it. The gate that combines
 * this with the trained head is harm-topics.ts.
 */

const CATEGORY_BIT: Readonly<Record<HarmCategory, number>> = {
  harm: 1,
  conceal: 2,
  defence: 4,
  purpose: 8,
  neutral: 16,
  request: 32,
  detail: 64,
};

/**
 * Terms are normalised like the text they are matched against. Plain ASCII terms are already normal (a test checks
 * it for every one of them), and skipping them keeps scanner creation fast: normalising all ~3000 costs ~200 ms.
 */
export function normalizeTerm(term: string): string {
  return /^[a-z '-]+$/.test(term) ? term : foldQuotes(normalize(term).text.toLowerCase());
}

/** Typographic apostrophes ("someone’s", phones and macOS type them) read as ASCII ones; same length, same offsets. */
function foldQuotes(lower: string): string {
  return lower.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}

interface Compiled {
  scanner: TermScanner;
  /** Per term id: category bits, and whether it must end at a word end ("meth$" is not "method"). */
  bits: Uint8Array;
  whole: Uint8Array;
  /** Per term id: the concepts it names (harm-topics-concepts.ts), one bit each, in two 32-bit words. */
  concepts: Int32Array;
  conceptsHi: Int32Array;
  conceptsX: Int32Array;
}

/** A concept's bit: word 0 for the first 32 concepts, word 1 for the next 32, word 2 for the 32 after (`1 << 32` would be `1 << 0`). */
interface ConceptBit {
  lo: number;
  hi: number;
  /** Word 2: concepts 64 to 95. */
  x: number;
}
const CONCEPT_BIT = Object.fromEntries(
  (Object.keys(HARM_CONCEPTS) as HarmConcept[]).map((c, i) => {
    if (i >= 96) throw new Error('harm-topics-concepts.ts: more than 96 concepts');
    return [
      c,
      i < 32
        ? { lo: 1 << i, hi: 0, x: 0 }
        : i < 64
          ? { lo: 0, hi: 1 << (i - 32), x: 0 }
          : { lo: 0, hi: 0, x: 1 << (i - 64) },
    ];
  }),
) as Record<HarmConcept, ConceptBit>;
/** Each rule of harm-topics-concepts.ts as the bit masks a sentence's concepts must cover. */
const RULE_MASKS: readonly ConceptBit[] = HARM_RULES.map((r) =>
  r.reduce(
    (m, c) => ({ lo: m.lo | CONCEPT_BIT[c].lo, hi: m.hi | CONCEPT_BIT[c].hi, x: m.x | CONCEPT_BIT[c].x }),
    { lo: 0, hi: 0, x: 0 },
  ),
);
const COVERT = CONCEPT_BIT.covert;
let compiled: Compiled | null = null;

/**
 * The lexicon in one term scanner (term-scanner.ts, the rule layer's one-pass matcher), built on first use
 * (scanner creation, so a process that never enables harmful_intent does not pay it). ASCII terms start a word;
 * terms in other scripts, and `*` compounds, match anywhere (inside words too).
 */
function lexicon(): Compiled {
  if (compiled !== null) return compiled;
  const terms = new Map<
    string,
    {
      bits: number;
      concepts: number;
      conceptsHi: number;
      conceptsX: number;
      whole: boolean;
      anywhere: boolean;
    }
  >();
  const add = (raw: string, bits: number, concept: ConceptBit = { lo: 0, hi: 0, x: 0 }): void => {
    const inside = raw.startsWith('*');
    const whole = raw.endsWith('$');
    const term = normalizeTerm(raw.slice(inside ? 1 : 0, whole ? -1 : undefined));
    const prev = terms.get(term);
    if (prev === undefined) {
      // Category terms in other scripts match inside words (compounds); a concept term only where the script's words
      // start (so "पति", husband, is not found inside "वनस्पति"), or anywhere in Han, kana and Hangul text.
      const anywhere = inside || (bits !== 0 && term.charCodeAt(0) >= 128);
      terms.set(term, {
        bits,
        concepts: concept.lo,
        conceptsHi: concept.hi,
        conceptsX: concept.x,
        whole,
        anywhere,
      });
    } else {
      // The same string in two languages: a whole-word requirement anywhere wins (the stricter reading).
      prev.bits |= bits;
      prev.concepts |= concept.lo;
      prev.conceptsHi |= concept.hi;
      prev.conceptsX |= concept.x;
      prev.whole ||= whole;
    }
  };
  const lexicons = [
    HARM_TOPICS,
    HARM_TOPICS_INTL,
    HARM_TOPICS_EXTRA,
    HARM_CONTEXT,
    HARM_VOCAB,
    MORE_CONTEXT,
    ACT_CONTEXT,
  ].flatMap((l) => Object.values(l));
  for (const lex of [...lexicons, HARM_REQUESTS])
    for (const cat of Object.keys(CATEGORY_BIT) as HarmCategory[])
      for (const raw of lex[cat] ?? []) add(raw, CATEGORY_BIT[cat]);
  for (const c of Object.keys(HARM_CONCEPTS) as HarmConcept[])
    for (const raw of HARM_CONCEPTS[c]) add(raw, 0, CONCEPT_BIT[c]);
  // Hiding something from a PERSON ("without her knowing", "ohne dass es jemand merkt") is what surprise parties and
  // gifts do too: a conceal term that starts with a covert term (harm-topics-concepts.ts) is secrecy, not evading
  // the law or a trace. It keeps the covert concept (the concept rules, and "strong" beside a harm term below) but
  // no longer makes a harm topic alone nor overrides a protective context. "without getting caught", "without the
  // police noticing", "cover my tracks", "look like an accident" stay conceal.
  const covertPrefixes = HARM_CONCEPTS.covert.map((raw) => normalizeTerm(raw.replace(/^\*|\$$/g, '')));
  for (const [term, x] of terms)
    if ((x.bits & CATEGORY_BIT.conceal) !== 0 && covertPrefixes.some((p) => term.startsWith(p))) {
      x.bits &= ~CATEGORY_BIT.conceal;
      x.concepts |= CONCEPT_BIT.covert.lo;
      x.conceptsHi |= CONCEPT_BIT.covert.hi;
      x.conceptsX |= CONCEPT_BIT.covert.x;
    }
  const list = [...terms.keys()];
  const info = list.map((t) => terms.get(t)!);
  compiled = {
    scanner: compileTerms(list, { anywhere: info.map((x) => x.anywhere) }),
    bits: Uint8Array.from(info.map((x) => x.bits)),
    whole: Uint8Array.from(info.map((x) => (x.whole ? 1 : 0))),
    concepts: Int32Array.from(info.map((x) => x.concepts)),
    conceptsHi: Int32Array.from(info.map((x) => x.conceptsHi)),
    conceptsX: Int32Array.from(info.map((x) => x.conceptsX)),
  };
  return compiled;
}
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether `lower[from, to)` holds a sentence end (. ! ? newline 。！？); a loop, not a regex on a slice: hot path. */
function endsSentence(lower: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = lower.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 10 || c === 0x3002 || c === 0xff01 || c === 0xff1f)
      return true;
  }
  return false;
}

/** A whole-word term ends at a word end: not before a letter, nor before a hyphenated continuation ("lock-screen"). */
function continuesWord(lower: string, at: number): boolean {
  const next = lower.charAt(at);
  return WORD_CHAR.test(next) || (next === '-' && WORD_CHAR.test(lower.charAt(at + 1)));
}

export interface TopicHit {
  /** Span of the first harm or conceal term, in the scanned string's coordinates. */
  start: number;
  end: number;
}

interface TermHit {
  start: number;
  end: number;
  bits: number;
  concepts: number;
  conceptsHi: number;
  conceptsX: number;
}

/**
 * Every lexicon term in `lower` (already lower-cased), left to right: the longest term at each position that passes
 * its whole-word check, and no term that starts inside an earlier one (the "bomb" of "bath bomb").
 */
function scanTerms(lower: string, max = Infinity): TermHit[] {
  const { scanner, bits, whole, concepts, conceptsHi, conceptsX } = lexicon();
  const hit = (start: number, end: number, id: number): TermHit => ({
    start,
    end,
    bits: bits[id]!,
    concepts: concepts[id]!,
    conceptsHi: conceptsHi[id]!,
    conceptsX: conceptsX[id]!,
  });
  const hits: TermHit[] = [];
  let covered = 0;
  scanner.scan(lower, (start, end, id) => {
    if (whole[id] === 1 && continuesWord(lower, end)) return;
    // Terms at one position come longest first: once one is taken, `covered` passes over the shorter ones. A
    // shorter term's concepts still count, as the longer term's ("celular da minha namorada" names "minha
    // namorada"), unless the longer one is an idiom ("weed killer" names no drug).
    if (start < covered) {
      const last = hits[hits.length - 1]!;
      // A term that only names a concept ("聊天记录", chat logs) shadows the protective words inside it ("聊", talk),
      // not a harm term.
      if (last.bits === 0 && (bits[id]! & (CATEGORY_BIT.harm | CATEGORY_BIT.conceal)) !== 0) {
        hits.push(hit(start, end, id));
        return hits.length < max;
      }
      // ... and an idiom there still shadows the harm term inside it: in "plants are poisonous to cats" the concept
      // term "are poison" (misinformation) must not let the "poison" of "poisonous to cats" through.
      if (last.bits === 0 && bits[id] === CATEGORY_BIT.neutral) {
        hits.push({ start, end, bits: bits[id]!, concepts: 0, conceptsHi: 0, conceptsX: 0 });
        covered = Math.max(covered, end);
        return hits.length < max;
      }
      if ((last.bits & CATEGORY_BIT.neutral) === 0) {
        last.concepts |= concepts[id]!;
        last.conceptsHi |= conceptsHi[id]!;
        last.conceptsX |= conceptsX[id]!;
      }
      return;
    }
    hits.push(hit(start, end, id));
    covered = end;
    return hits.length < max;
  });
  return withConceptRules(lower, hits);
}

/** The bit marking a harm hit made by a concept rule (not a lexicon term): the gate trusts it more. */
export const RULE_HIT = 128;

/**
 * Adds a harm hit for every sentence whose concept terms complete a rule of harm-topics-concepts.ts ("score" +
 * "weed"), at the term that completes it, so the defence, purpose and neutral rules of topicOf treat it like a
 * lexicon term: a protective word before it still cancels it. The concept terms themselves are no harm.
 */
function withConceptRules(lower: string, hits: readonly TermHit[]): TermHit[] {
  let out: TermHit[] | null = null;
  let mask = 0;
  let maskHi = 0;
  let maskX = 0;
  let fired = false;
  let last = 0;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (endsSentence(lower, last, h.start)) {
      mask = 0;
      maskHi = 0;
      maskX = 0;
      fired = false;
    }
    last = h.end;
    out?.push(h);
    if ((h.concepts === 0 && h.conceptsHi === 0 && h.conceptsX === 0) || fired) continue;
    // Only a concept not seen yet in the sentence can complete a rule.
    if ((h.concepts & ~mask) === 0 && (h.conceptsHi & ~maskHi) === 0 && (h.conceptsX & ~maskX) === 0)
      continue;
    mask |= h.concepts;
    maskHi |= h.conceptsHi;
    maskX |= h.conceptsX;
    if (!RULE_MASKS.some((m) => (mask & m.lo) === m.lo && (maskHi & m.hi) === m.hi && (maskX & m.x) === m.x))
      continue;
    fired = true;
    out ??= hits.slice(0, i + 1);
    out.push({
      start: h.start,
      end: h.end,
      bits: CATEGORY_BIT.harm | RULE_HIT,
      concepts: 0,
      conceptsHi: 0,
      conceptsX: 0,
    });
  }
  return out ?? (hits as TermHit[]);
}

/**
 * The first harm (or conceal) term among `hits`, or null when there is none, when every one is shadowed by a
 * neutral idiom, or when each follows a defence term ("how do I PROTECT my account from phishing", "REPORT identity
 * theft") or the hits state a harmless purpose ("so I can train my staff"), and nothing tries to evade detection.
 * Only a defence term BEFORE the harm counts: in "circumvent digital rights management protections" the protection
 * is the target.
 */
function topicOf(hits: readonly TermHit[]): TermHit | null {
  let defended = false;
  let purpose = false;
  let detail = false;
  let first: TermHit | null = null;
  for (const h of hits) {
    if ((h.bits & CATEGORY_BIT.conceal) !== 0) return first ?? h;
    if ((h.bits & CATEGORY_BIT.detail) !== 0) detail = true;
    if ((h.bits & CATEGORY_BIT.purpose) !== 0) purpose = true;
    else if ((h.bits & CATEGORY_BIT.defence) !== 0) defended = true;
    else if (first === null && !defended && (h.bits & CATEGORY_BIT.harm) !== 0) first = h;
  }
  return purpose && !detail ? null : first;
}

/** The harm topic in `text[from, to)` (see topicOf), in `text` coordinates. */
export function findHarmTopic(text: string, from = 0, to = text.length): TopicHit | null {
  const hit = topicOf(scanTerms(text.slice(from, to).toLowerCase()));
  return hit === null ? null : { start: from + hit.start, end: from + hit.end };
}

/** Longest prefix of a text searched as a whole (the rule layer's bound too). */
const MAX_REQUEST_TEXT = 8192;

/**
 * The harm topic of a sentence that also asks for something (a request marker: "how do I", "wie", "怎么", "step by
 * step"), with the same defence, purpose and neutral rules. This is the signal for text the trained head barely
 * recognises as a request (most languages: few training rows), so the head may score it low.
 */
function requestOf(lower: string, hits: readonly TermHit[]): TermHit | null {
  let sentence: TermHit[] = [];
  let asks = false;
  let last = 0;
  for (let i = 0; i <= hits.length; i++) {
    const h = hits[i];
    if (h === undefined || endsSentence(lower, last, h.start)) {
      const hit = asks ? topicOf(sentence) : null;
      if (hit !== null) return hit;
      sentence = [];
      asks = false;
    }
    if (h === undefined) break;
    last = h.end;
    if ((h.bits & CATEGORY_BIT.request) !== 0) asks = true;
    // A request word may be more ("step by step" also asks for detail): it joins the sentence for that.
    if ((h.bits & ~CATEGORY_BIT.request) !== 0) sentence.push(h);
  }
  return null;
}

/** What the gate found in a scored text: a harm topic anywhere in it, and one in a sentence that asks for it. */
export interface HarmEvidence {
  topic: TopicHit | null;
  request: TopicHit | null;
  /**
   * A topic that a concept rule or an evading-detection term made (not a single lexicon word), still standing
   * after the protective contexts: two independent signals, so the gate needs less from the head.
   */
  strong: TopicHit | null;
}

/** Harm topic and harmful request in `text[from, to)`, in `text` coordinates. */
export function findHarmEvidence(text: string, from = 0, to = text.length): HarmEvidence {
  const lower = foldQuotes(text.slice(from, to).toLowerCase());
  const hits = scanTerms(lower, 256);
  const at = (h: TermHit | null): TopicHit | null =>
    h === null ? null : { start: from + h.start, end: from + h.end };
  const topic = topicOf(hits);
  if (topic === null) return { topic: null, request: null, strong: null };
  // Two signals: a concept rule or a conceal term; or a harm term beside secrecy from a person ("put a tracker on
  // her car without her knowing"), which passes the protective contexts like any harm term.
  const strong = hits.some((h) => (h.bits & (RULE_HIT | CATEGORY_BIT.conceal)) !== 0)
    ? topicOf(hits.filter((h) => (h.bits & CATEGORY_BIT.harm) === 0 || (h.bits & RULE_HIT) !== 0))
    : hits.some(
          (h) =>
            (h.concepts & COVERT.lo) !== 0 ||
            (h.conceptsHi & COVERT.hi) !== 0 ||
            (h.conceptsX & COVERT.x) !== 0,
        )
      ? topic
      : null;
  return { topic: at(topic), request: at(requestOf(lower, hits)), strong: at(strong) };
}

/**
 * Builds the lexicon's scanner and runs it on a few texts at scanner creation, so the first scanned prompt does
 * not pay for building the tables (and V8's first compilation of the scan loop) inside its time budget.
 */
export function warmUpHarmTopics(): void {
  for (const text of [
    'how do i make a pipe bomb?',
    'wie baue ich eine rohrbombe? 怎么做炸弹',
    'kill the process',
  ])
    findHarmEvidence(text);
}

/** Spans of every harm or conceal term in the first MAX_REQUEST_TEXT characters of `text`, up to `max`. */
export function harmTermSpans(text: string, max: number): TopicHit[] {
  const lower = foldQuotes(
    (text.length > MAX_REQUEST_TEXT ? text.slice(0, MAX_REQUEST_TEXT) : text).toLowerCase(),
  );
  const out: TopicHit[] = [];
  for (const h of scanTerms(lower, 256)) {
    if ((h.bits & (CATEGORY_BIT.harm | CATEGORY_BIT.conceal)) === 0) continue;
    out.push({ start: h.start, end: h.end });
    if (out.length >= max) break;
  }
  return out;
}
