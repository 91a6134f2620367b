import { SECRET_RULES, type SecretRule } from './rules.js';
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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
 * Compiles the rules once. `find` first runs ONE case-insensitive regex of all keywords over the text and only then
 * the rules whose keywords occurred: most texts contain no keyword at all, so the cost is one linear pass.
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
  const keywords = [...byKeyword.keys()].sort((a, b) => b.length - a.length);
  const prefilter = keywords.length > 0 ? new RegExp(keywords.map(escapeRe).join('|'), 'gi') : undefined;

  return {
    ruleCount: rules.length,
    find(text) {
      const active = new Set<CompiledRule>(always);
      const seen = new Set<string>();
      if (prefilter) prefilter.lastIndex = 0;
      for (let m = prefilter?.exec(text) ?? null; m !== null; m = prefilter?.exec(text) ?? null) {
        const kw = m[0].toLowerCase();
        if (seen.has(kw)) continue;
        seen.add(kw);
        for (const r of byKeyword.get(kw) ?? []) active.add(r);
        // Every keyword seen already: the rest of a long text cannot add rules.
        if (seen.size === byKeyword.size) break;
      }
      const matches: SecretMatch[] = [];
      for (const { rule, re } of active) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
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
          matches.push({
            ruleId: rule.id,
            description: rule.description,
            score,
            start: span.start,
            end: span.end,
          });
        }
      }
      return collapseOverlaps(matches);
    },
  };
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
