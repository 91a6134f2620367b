/**
 * A secret format. Rules are data so the guards scanner and the ML-pipeline bundle scanner (src/mlops) share them.
 * `regex` must not be global or sticky (the matcher adds `g`); the secret is capture group 1 when the regex has one.
 */
export interface SecretRule {
  /** Stable kebab-case id, reported as the finding's `type`. */
  id: string;
  description: string;
  regex: RegExp;
  /**
   * Lower-case literals of which at least one must occur (case-insensitively) before the regex runs:
   * the cheap prefilter that keeps a 1 MB scan fast. Empty: the rule always runs.
   */
  keywords: readonly string[];
  /** Confidence when the format matches (raised/lowered by `validate`). */
  score: number;
  /** Minimum Shannon entropy, bits per character, of the secret; filters "password=changeme". */
  minEntropy?: number;
  /** Checksum or structure check: true confirms, false rejects, 'weak' keeps it at a lower score. */
  validate?: (secret: string) => boolean | 'weak';
  /**
   * Where the secret can sit relative to a keyword hit: the regex runs only inside [hit - before, hit + after],
   * so a keyword that is common in prose ("key", "http") costs a few hundred characters per hit, not a full pass.
   * Default: 96 before, 640 after.
   */
  window?: { before: number; after: number };
  /**
   * For rules without keywords: every match begins with `min` to `max` ASCII letters and digits that end a maximal
   * run of them (the next unit is something else). The regex then runs sticky only at those starts of each run of
   * `min` or more, found sixteen units at a time, instead of being tried at every position of the text.
   * src/guards/secrets/alnum-start.test.ts checks the claim for every rule that makes it.
   */
  alnumStart?: { min: number; max: number };
  /**
   * For rules with keywords whose matches begin at places a plain search finds (a scheme right before "://", a
   * login right before ":"): every position of `slice` where a match can begin, ascending (more is fine, never
   * fewer). The regex then runs sticky only there, inside the same windows around the keyword hits, instead of at
   * every position of them. src/guards/secrets/starts-at.test.ts checks the claim for every rule that makes it.
   */
  startsAt?: (slice: string) => number[];
  /**
   * Every match begins at most this many units before the start of one of its keywords' hits (`api_key` begins 4
   * before "key"): the regex runs sticky only there, inside the same windows. Checked like `startsAt`.
   */
  startsBeforeHit?: number;
  /** A synthetic positive example (tests assert every rule matches its own). */
  example: string;
}

/**
 * Appends the positions [lo, hi) to `starts`, an ascending list of where a rule's match can begin, skipping those
 * below 0 or already in it (the ranges of neighbouring keyword hits overlap).
 */
export function pushStarts(starts: number[], lo: number, hi: number): void {
  const last = starts.length > 0 ? starts[starts.length - 1]! : -1;
  for (let c = Math.max(0, lo, last + 1); c < hi; c++) starts.push(c);
}

/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// Values people put where a secret goes in docs and templates; reporting them would train users to ignore findings.
// A placeholder word counts only where a word starts (the value's start or after a separator such as _ - . /):
// anywhere, "my" or "none" inside a random token ("Xk29mydkQ…") dropped about one real secret in a hundred.
const PLACEHOLDER =
  /^(?:[<{[($%]|\*{3,}|x{4,}|\.{3})|(?:^|[^a-z0-9])(?:your|my|example|sample|dummy|placeholder|changeme|redacted|replace|insert|xxxx|test1234|password|secret|token|undefined|null|none|env\b|process\.env|os\.environ|getenv)|[>}\])]$/i;

/** True for template placeholders and obviously fake values ("<your-key>", "${TOKEN}", "xxxx…", "changeme"). */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  // One repeated character, or a run like 123456789 / abcdef, is not a secret.
  if (/^(.)\1+$/.test(value)) return true;
  return /^(?:0123456789|123456789|abcdefgh|qwerty)/i.test(value);
}

const ALPHABETS = {
  a: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  l: 'abcdefghijklmnopqrstuvwxyz',
  L: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ',
  h: '0123456789abcdef',
  H: '0123456789ABCDEF',
  u: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  d: '0123456789',
  w: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-',
  b: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/',
  n: 'abcdefghijklmnopqrstuvwxyz0123456789',
  v: '234567ABCDEFGHIJKLMNOPQRSTUVWXYZ',
} as const;

let seed = 0x9e3779b9;
/** Deterministic filler for synthetic examples: `fake('h', 32)` is 32 pseudo-random hex digits. */
export function fake(alphabet: keyof typeof ALPHABETS, length: number): string {
  const chars = ALPHABETS[alphabet];
  let out = '';
  for (let i = 0; i < length; i++) {
    // xorshift32: reproducible across runs, good enough to look random to an entropy check.
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    out += chars[(seed >>> 0) % chars.length];
  }
  return out;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A rule for a credential without a distinctive prefix: the value must sit right after a name that says whose
 * credential it is (`DATADOG_API_KEY=…`, `"heroku_token": "…"`). This is how gitleaks-style scanners catch
 * unprefixed provider keys without flagging every hex string.
 */
export function contextRule(
  id: string,
  description: string,
  names: readonly string[],
  value: string,
  example: string,
  extra: Partial<Pick<SecretRule, 'minEntropy' | 'score' | 'validate'>> = {},
): SecretRule {
  const name = `(?:${names.map(escapeRe).join('|')})`;
  return {
    id,
    description,
    regex: new RegExp(
      `${name}[\\w.-]{0,25}?["'\`]?\\s{0,3}(?:=|:|=>|:=|\\bis\\b)\\s{0,3}["'\`]?(${value})(?![A-Za-z0-9_+/=-])`,
      'i',
    ),
    keywords: names.map((n) => n.toLowerCase()),
    window: { before: 8, after: 200 },
    score: extra.score ?? 0.8,
    minEntropy: extra.minEntropy ?? 3,
    ...(extra.validate ? { validate: extra.validate } : {}),
    example,
  };
}
