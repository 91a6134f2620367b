import type { PiiMatch } from './match.js';

const LOCAL = /[A-Za-z0-9._%+'-]/;
const DOMAIN = /[A-Za-z0-9.-]/;

/**
 * Email addresses (RFC 5322 dot-atom subset). Walks out from each "@" instead of running a regex over the whole
 * text, so a 1 MB document without "@" costs one indexOf.
 */
export function findEmails(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  let at = text.indexOf('@');
  let floor = 0;
  while (at !== -1) {
    let s = at;
    while (s > floor && LOCAL.test(text[s - 1] ?? '')) s--;
    let e = at + 1;
    while (e < text.length && DOMAIN.test(text[e] ?? '')) e++;
    // Trailing dots and hyphens belong to the sentence, not the domain.
    while (e > at + 1 && /[.-]/.test(text[e - 1] ?? '')) e--;
    while (s < at && text[s] === '.') s++;
    const domain = text.slice(at + 1, e);
    const local = text.slice(s, at);
    if (
      local.length > 0 &&
      local.length <= 64 &&
      !inUrlAuthority(text, s) &&
      !afterLogin(text, s) &&
      /^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}$/.test(domain) &&
      !local.includes('..')
    ) {
      out.push({ type: 'EMAIL_ADDRESS', start: s, end: e, score: 0.97, detail: 'email address' });
      floor = e;
    }
    at = text.indexOf('@', at + 1);
  }
  return out;
}

/**
 * Whether the "@" belongs to a URL's user info (`postgres://user:pass@db.example.com/app`, `ftp://anna@host`): that
 * is a login, and with a password a secret (the secrets scanner reports the connection string), not an email
 * address. Looks back over the word the local part ends, up to the nearest space or quote, for `scheme://`.
 * `mailto:anna@example.org` has no `//` and stays an email address.
 */
function inUrlAuthority(text: string, localStart: number): boolean {
  let k = localStart;
  const floor = Math.max(0, localStart - 512);
  while (k > floor && !/[\s"'<>()[\]{}`]/.test(text[k - 1] ?? ' ')) k--;
  if (k === localStart) return false;
  const word = text.slice(k, localStart);
  const scheme = word.indexOf('://');
  return scheme > 0 && !word.includes('/', scheme + 3) && !word.includes('@');
}

/**
 * Field names written straight before an address (`Email:anna@example.org`, `mailto:…`, `Reply-To:…`). A capitalised
 * word is taken for one too (`Support:help@example.com`): headers are written so, logins seldom. Any other word and a
 * colon before the "@" is a login (`user:pass@example.com`). Shared with the secrets rule that reports such a login
 * (`login-password-at-host` in src/guards/secrets/rules-keys.ts), so a pair is one or the other, never both.
 */
export function isAddressLabel(word: string): boolean {
  return LABEL.test(word) || /^\p{Lu}\p{Ll}+$/u.test(word);
}
const LABEL =
  /^(?:mailto|e-?mail|e-?mail[-_]?address|mail|to|from|cc|bcc|reply-to|sender|recipient|contact|address|addr|re|fwd?)$/i;
// The word before the password: a login right after the token's start or a `=` (`HTTP_PROXY=user:pass@proxy`).
const LOGIN_BEFORE = /(?:^|[=,;])([A-Za-z0-9._%+-]{1,64}):[^:@/]*$/;

/**
 * Whether the "@" ends a `login:password` pair without a scheme (`user:pass@example.com`, `HTTP_PROXY=svc:pw@proxy`):
 * the local part found is the password, and reporting it as an email address would call a credential an e-mail (and
 * tokenise half of it). The secrets scanner reports the pair. Looks back over the token, as inUrlAuthority does.
 */
function afterLogin(text: string, localStart: number): boolean {
  let k = localStart;
  const floor = Math.max(0, localStart - 200);
  while (k > floor && !/[\s"'<>()[\]{}`]/.test(text[k - 1] ?? ' ')) k--;
  const login = LOGIN_BEFORE.exec(text.slice(k, localStart));
  return login !== null && !isAddressLabel(login[1] ?? '');
}
