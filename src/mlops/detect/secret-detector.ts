import { shannonEntropy } from '../../guards/secrets/rule.js';
import { findHighEntropyAssignments } from './entropy.js';
import type { Detection, TextDetector } from './types.js';
import { keepDisjoint } from '../../guards/pii/keep-disjoint.js';

/**
 * The shape of a secret rule (the same fields as Bastion's guard rules in src/guards/secrets, so the bundle and
 * data scanners can run either set). The secret is capture group 1 when the regex has one.
 */
export interface SecretRuleLike {
  id: string;
  regex: RegExp;
  keywords: readonly string[];
  score: number;
  minEntropy?: number;
  validate?: (secret: string) => boolean | 'weak';
}

/** A compact fallback set of unmistakable formats, used when no rule set is passed in. */
export const FALLBACK_SECRET_RULES: readonly SecretRuleLike[] = [
  {
    id: 'aws-access-key-id',
    regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
    keywords: ['akia', 'asia', 'abia', 'acca'],
    score: 0.9,
  },
  {
    id: 'github-pat',
    regex: /\b(gh[pousr]_[A-Za-z0-9]{36,251})\b/,
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
    score: 0.95,
  },
  {
    id: 'github-fine-grained-pat',
    regex: /\b(github_pat_[A-Za-z0-9_]{82})\b/,
    keywords: ['github_pat_'],
    score: 0.95,
  },
  {
    id: 'openai-api-key',
    regex: /\b(sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,})\b/,
    keywords: ['t3blbkfj'],
    score: 0.95,
  },
  {
    id: 'anthropic-api-key',
    regex: /\b(sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{80,110})/,
    keywords: ['sk-ant-'],
    score: 0.95,
  },
  {
    id: 'slack-token',
    regex: /\b(xox[baprs]-[0-9]{10,13}-[0-9A-Za-z-]{10,})\b/,
    keywords: ['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-'],
    score: 0.9,
  },
  {
    id: 'google-api-key',
    regex: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/,
    keywords: ['aiza'],
    score: 0.9,
  },
  {
    id: 'stripe-secret-key',
    regex: /\b((?:sk|rk)_live_[0-9A-Za-z]{24,99})\b/,
    keywords: ['sk_live_', 'rk_live_'],
    score: 0.95,
  },
  {
    id: 'private-key',
    regex: /(-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----)/,
    keywords: ['private key'],
    score: 0.95,
  },
  {
    id: 'jwt',
    regex: /\b(eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,})/,
    keywords: ['eyj'],
    score: 0.7,
  },
  { id: 'huggingface-token', regex: /\b(hf_[A-Za-z]{34})\b/, keywords: ['hf_'], score: 0.9, minEntropy: 3.5 },
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs format rules (with a keyword prefilter: most lines contain no keyword, so cost is one regex pass) plus the
 * entropy-and-context rule. Overlapping matches keep the most confident rule.
 */
export function createSecretDetector(
  rules: readonly SecretRuleLike[] = FALLBACK_SECRET_RULES,
  generic = true,
): TextDetector {
  const compiled = rules.map((rule) => ({
    rule,
    re: new RegExp(rule.regex.source, rule.regex.flags.replace(/[gy]/g, '') + 'g'),
  }));
  const byKeyword = new Map<string, typeof compiled>();
  const always: typeof compiled = [];
  for (const c of compiled) {
    if (c.rule.keywords.length === 0) always.push(c);
    for (const kw of c.rule.keywords) byKeyword.set(kw, [...(byKeyword.get(kw) ?? []), c]);
  }
  const prefilter = new RegExp(
    [...byKeyword.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRe)
      .join('|') || '(?!)',
    'gi',
  );
  return {
    detect(text) {
      const active = new Set(always);
      prefilter.lastIndex = 0;
      for (let m = prefilter.exec(text); m !== null; m = prefilter.exec(text)) {
        for (const c of byKeyword.get(m[0].toLowerCase()) ?? []) active.add(c);
      }
      const found: Detection[] = [];
      for (const { rule, re } of active) {
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
          if (m[0].length === 0) {
            re.lastIndex++;
            continue;
          }
          const value = m[1] ?? m[0];
          const start = m.index + m[0].indexOf(value);
          if (rule.minEntropy !== undefined && shannonEntropy(value) < rule.minEntropy) continue;
          const verdict = rule.validate ? rule.validate(value) : true;
          if (verdict === false) continue;
          found.push({
            kind: 'secret',
            type: rule.id,
            start,
            end: start + value.length,
            score: verdict === 'weak' ? rule.score * 0.6 : rule.score,
          });
        }
      }
      if (generic) {
        for (const g of findHighEntropyAssignments(text)) {
          found.push({
            kind: 'secret',
            type: 'generic-high-entropy',
            start: g.start,
            end: g.end,
            score: 0.5,
          });
        }
      }
      // A specific rule beats the generic one on the same span.
      return resolveOverlaps(found);
    },
  };
}

/** Overlapping detections keep the most confident one (a card number is not also a phone number). */
export function resolveOverlaps(found: Detection[]): Detection[] {
  found.sort((a, b) => b.score - a.score || a.start - b.start);
  // keepDisjoint, not a check against every kept one: a file of 60,000 tokens took 24 s here (quadratic).
  return keepDisjoint(found).sort((a, b) => a.start - b.start);
}

/** PII and secrets together. */
export function combineDetectors(...detectors: TextDetector[]): TextDetector {
  return { detect: (text) => resolveOverlaps(detectors.flatMap((d) => d.detect(text))) };
}
