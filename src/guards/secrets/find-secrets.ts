import { SECRET_RULES, type SecretRule } from './rules.js';
import { buildKeywordIndex } from './keyword-index.js';
import { shannonEntropy } from './rule.js';

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
export function createSecretMatcher(rules: readonly SecretRule[] = SECRET_RULES): SecretMatcher {
  const always: CompiledRule[] = [];
  const byKeyword = new Map<string, CompiledRule[]>();
  for (const rule of rules) {
    const compiled = { rule, re: new RegExp(rule.regex.source, rule.regex.flags.replace(/[gy]/g, '') + 'g') };
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
      for (const r of always) scanRange(r, text, 0, text.length, matches);
      for (const [r, positions] of hits) {
        const before = r.rule.window?.before ?? 96;
        const after = r.rule.window?.after ?? 640;
        let start = -1;
        let end = -1;
        // Hits arrive in order of the keyword's END; starts of different-length keywords can interleave.
        positions.sort((a, b) => a - b);
        for (const p of positions) {
          const s = Math.max(0, p - before);
          const e = Math.min(text.length, p + after);
          if (s <= end) end = Math.max(end, e);
          else {
            if (end > start) scanRange(r, text, start, end, matches);
            start = s;
            end = e;
          }
        }
        if (end > start) scanRange(r, text, start, end, matches);
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
    const span = secretSpan(m);
    if (rule.minEntropy !== undefined && shannonEntropy(span.value) < rule.minEntropy) continue;
    let score = rule.score;
    if (rule.validate) {
      const verdict = rule.validate(span.value);
      if (verdict === false) continue;
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
}

/** Where rules overlap (a Stripe key also looks like a generic assignment), keep the most confident, then the longest. */
function collapseOverlaps(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: SecretMatch[] = [];
  for (const m of matches) {
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

let shared: SecretMatcher | undefined;
/** The matcher over all built-in rules, compiled on first use. */
export function findSecrets(text: string): SecretMatch[] {
  shared ??= createSecretMatcher();
  return shared.find(text);
}
