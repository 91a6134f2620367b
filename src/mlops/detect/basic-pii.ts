import type { Detection, TextDetector } from './types.js';

/**
 * Personal-data patterns with validation (Luhn for cards, mod-97 for IBANs, area rules for SSNs) so a column of
 * order numbers is not reported as credit cards. Names match Presidio's entity types, like Bastion's guards.
 */
function luhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) rem = (rem * 10 + Number(digit)) % 97;
  }
  return rem === 1;
}

interface Pattern {
  type: string;
  re: RegExp;
  score: number;
  valid?: (m: string) => boolean;
}

const PATTERNS: readonly Pattern[] = [
  {
    type: 'EMAIL_ADDRESS',
    re: /\b[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}\b/g,
    score: 0.95,
  },
  {
    type: 'CREDIT_CARD',
    re: /\b(?:\d[ -]?){12,18}\d\b/g,
    score: 0.9,
    valid: (m) => {
      const d = m.replace(/\D/g, '');
      return (
        d.length >= 13 && d.length <= 19 && /^(?:4|5[1-5]|2[2-7]|3[47]|6(?:011|5)|35)/.test(d) && luhn(d)
      );
    },
  },
  {
    type: 'US_SSN',
    re: /\b\d{3}-\d{2}-\d{4}\b/g,
    score: 0.85,
    valid: (m) => !/^(000|666|9)/.test(m) && !m.includes('-00-') && !m.endsWith('-0000'),
  },
  {
    type: 'IBAN_CODE',
    re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g,
    score: 0.9,
    valid: ibanValid,
  },
  {
    type: 'PHONE_NUMBER',
    re: /(?<![\w+])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}\b/g,
    score: 0.6,
    valid: (m) => m.replace(/\D/g, '').length >= 9,
  },
  {
    type: 'IP_ADDRESS',
    re: /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g,
    score: 0.6,
    valid: (m) => !/^(0\.|127\.|255\.)/.test(m),
  },
];

export const basicPiiDetector: TextDetector = {
  detect(text) {
    const out: Detection[] = [];
    for (const p of PATTERNS) {
      p.re.lastIndex = 0;
      for (let m = p.re.exec(text); m !== null; m = p.re.exec(text)) {
        if (p.valid && !p.valid(m[0])) continue;
        out.push({ kind: 'pii', type: p.type, start: m.index, end: m.index + m[0].length, score: p.score });
      }
    }
    return out;
  },
};
