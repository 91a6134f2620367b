import { SECRET_RULES, type SecretRule } from './rules.js';
import { buildKeywordIndex, type KeywordIndex } from './keyword-index.js';
import { pushStarts, shannonEntropy } from './rule.js';
import { keepDisjoint } from '../pii/keep-disjoint.js';
import { startsWithKeyword } from './literal-start.js';

export interface SecretMatch {
  ruleId: string;
  description: string;
  score: number;
  /** Span of the secret itself (capture group 1, else the whole match), UTF-16 offsets. */
  start: number;
  end: number;
}

export interface SecretMatcher {
  /** Every secret in `text`, overlapping matches collapsed to the most confident rule. */
  find(text: string): SecretMatch[];
  readonly ruleCount: number;
}

interface CompiledRule {
  rule: SecretRule;
  re: RegExp;
  /** Sticky copy, for rules run only at candidate starts (alnumStart, atHits). */
  sticky: RegExp;
  /** Every match begins with one of the rule's keywords (literal-start.ts): tried only at its keyword hits. */
  atHits: boolean;
  /** The rule's own list of where matches can begin in a window (rule.ts), unless turned off. */
  startsAt: ((slice: string) => number[]) | undefined;
  /** Matches begin at most this many units before a keyword hit (rule.ts startsBeforeHit), unless turned off. */
  lead: number | undefined;
}

function secretSpan(m: RegExpExecArray): { start: number; end: number; value: string } {
  for (let g = 1; g < m.length; g++) {
    const value = m[g];
    if (value !== undefined) {
      // indexOf within the match is exact for our rules: the group is the only occurrence at its position or later.
      const offset = m[0].lastIndexOf(value);
      return { start: m.index + offset, end: m.index + offset + value.length, value };
    }
  }
  return { start: m.index, end: m.index + m[0].length, value: m[0] };
}

/**
 * Compiles the rules once. `find` makes ONE Aho-Corasick pass for all keywords, then runs each rule only in windows
 * around its keywords' hits: most texts contain few keywords, so the cost is about one linear pass.
 *
 * @example
 * const matcher = createSecretMatcher();
 * matcher.find('export GITHUB_TOKEN=ghp_…'); // [{ ruleId: 'github-pat', … }]
 */
export function createSecretMatcher(
  rules: readonly SecretRule[] = SECRET_RULES,
  options: { atHits?: boolean } = {},
): SecretMatcher {
  const always: CompiledRule[] = [];
  const byKeyword = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    // The run search finds runs of sixteen or more: a shorter claim would miss matches.
    if (rule.alnumStart !== undefined && rule.alnumStart.min < 16)
      throw new Error(`secret rule ${rule.id}: alnumStart.min must be at least 16`);
    const flags = rule.regex.flags.replace(/[gy]/g, '');
    const compiled = {
      rule,
      re: new RegExp(rule.regex.source, flags + 'g'),
      sticky: new RegExp(rule.regex.source, flags + 'y'),
      // `atHits: false` keeps every rule on the window scan: the reference the equivalence test compares with.
      atHits: options.atHits !== false && startsWithKeyword(rule.regex, rule.keywords),
      startsAt: options.atHits === false ? undefined : rule.startsAt,
      lead: options.atHits === false ? undefined : rule.startsBeforeHit,
    };
    if (rule.keywords.length === 0) always.push(compiled);
    for (const kw of rule.keywords) {
      const list = byKeyword.get(kw) ?? [];
      list.push(compiled);
      byKeyword.set(kw, list);
    }
  }
  const keywords = [...byKeyword.keys()];
  const index = keywords.length > 0 ? buildKeywordIndex(keywords) : undefined;
  const rulesOf = keywords.map((k) => byKeyword.get(k) ?? []);

  return {
    ruleCount: rules.length,
    find(text) {
      // One pass of the keyword regex records where each keyword occurs; each rule then runs only in windows
      // around its keywords' hits (merged), or over the whole text when it has no keyword.
      const hits = new Map<CompiledRule, number[]>();
      index?.scan(text, (keyword, at) => {
        for (const r of rulesOf[keyword] ?? []) {
          const list = hits.get(r);
          if (list) list.push(at);
          else hits.set(r, [at]);
        }
      });
      const matches: SecretMatch[] = [];
      for (const r of always) {
        if (r.rule.alnumStart !== undefined && index !== undefined) scanAlnumStarts(r, text, index, matches);
        else scanRange(r, text, 0, text.length, matches);
      }
      for (const [r, positions] of hits) {
        const before = r.rule.window?.before ?? 96;
        const after = r.rule.window?.after ?? 640;
        let start = -1;
        let end = -1;
        // The hits inside the merged window [start, end): positions[first, k).
        let first = 0;
        // Hits arrive in order of the keyword's END; starts of different-length keywords can interleave.
        positions.sort((a, b) => a - b);
        for (let k = 0; k < positions.length; k++) {
          const p = positions[k]!;
          const s = Math.max(0, p - before);
          const e = Math.min(text.length, p + after);
          if (s <= end) end = Math.max(end, e);
          else {
            if (end > start) scanWindow(r, text, start, end, positions, first, k, matches);
            start = s;
            end = e;
            first = k;
          }
        }
        if (end > start) scanWindow(r, text, start, end, positions, first, positions.length, matches);
      }
      return collapseOverlaps(matches);
    },
  };
}

function scanRange(
  { rule, re }: CompiledRule,
  text: string,
  from: number,
  to: number,
  out: SecretMatch[],
): void {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    record(rule, m, from, out);
  }
}

/**
 * The window text[from, to) of a rule: scanned whole, or, when every match begins with a keyword, tried sticky at
 * the hits inside it (`hits[k0, k1)`, ascending: every occurrence of the rule's keywords there) — what the global
 * scan of the same slice returns, since it can only match where a hit starts (digit-anchors.ts has the argument).
 * The slice stays the window's, so `\b` and look-arounds at its edges read what the scan read.
 */
function scanWindow(
  r: CompiledRule,
  text: string,
  from: number,
  to: number,
  hits: readonly number[],
  k0: number,
  k1: number,
  out: SecretMatch[],
): void {
  const startsAt = r.atHits ? undefined : r.startsAt;
  const lead = r.atHits ? 0 : r.lead;
  if (lead === undefined && startsAt === undefined) {
    scanRange(r, text, from, to, out);
    return;
  }
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  let starts = startsAt?.(slice);
  if (starts === undefined && lead !== undefined && lead > 0) {
    // Up to `lead` units before each hit, ascending (the hits are).
    starts = [];
    for (let k = k0; k < k1; k++) {
      const h = hits[k]! - from;
      pushStarts(starts, h - lead, h + 1);
    }
  }
  const sticky = r.sticky;
  let next = 0;
  const n = starts ? starts.length : k1 - k0;
  for (let k = 0; k < n; k++) {
    const c = starts ? starts[k]! : hits[k0 + k]! - from;
    if (c < next) continue;
    sticky.lastIndex = c;
    const m = sticky.exec(slice);
    // The global scan steps over an empty match without recording it (none of these rules can make one).
    if (m === null || m[0].length === 0) continue;
    record(r.rule, m, from, out);
    next = c + m[0].length;
  }
}

/** A match of `rule` at offset `from` of the text, kept unless its entropy or validation rejects it. */
function record(rule: SecretRule, m: RegExpExecArray, from: number, out: SecretMatch[]): void {
  const span = secretSpan(m);
  if (rule.minEntropy !== undefined && shannonEntropy(span.value) < rule.minEntropy) return;
  let score = rule.score;
  if (rule.validate) {
    const verdict = rule.validate(span.value);
    if (verdict === false) return;
    if (verdict === 'weak') score = Math.min(score, 0.75);
  }
  out.push({
    ruleId: rule.id,
    description: rule.description,
    score,
    start: from + span.start,
    end: from + span.end,
  });
}

/**
 * What scanRange over the whole text finds, for a rule with `alnumStart`: its regex runs sticky only at the last
 * `max` to `min` units of each long enough alphanumeric run (from the index's copy of the text, which `index.scan`
 * just made), in order, skipping starts inside the previous match — the positions a global scan can match at, so
 * the same matches (the idea of src/guards/pii/digit-anchors.ts).
 */
function scanAlnumStarts(
  { rule, sticky }: CompiledRule,
  text: string,
  index: KeywordIndex,
  out: SecretMatch[],
): void {
  const { min, max } = rule.alnumStart!;
  const runs = index.alnumRuns(Math.max(16, min));
  let from = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const p = runs[k]!;
    const e = runs[k + 1]!;
    for (let c = Math.max(p, e - max); c <= e - min; c++) {
      if (c < from) continue;
      sticky.lastIndex = c;
      const m = sticky.exec(text);
      if (m === null || m[0].length === 0) continue;
      record(rule, m, 0, out);
      from = c + m[0].length;
    }
  }
}

/** Where rules overlap (a Stripe key also looks like a generic assignment), keep the most confident, then the longest. */
function collapseOverlaps(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  return keepDisjoint(matches).sort((a, b) => a.start - b.start);
}

let shared: SecretMatcher | undefined;
/** The matcher over all built-in rules, compiled on first use. */
export function findSecrets(text: string): SecretMatch[] {
  shared ??= createSecretMatcher();
  return shared.find(text);
}
