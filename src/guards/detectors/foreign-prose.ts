/**
 * Is a (lower-cased, normalised) text prose in a language other than English? Mostly letters of other scripts, or
 * enough function words of the other Latin-script languages the rule layer covers (and more of them than English
 * ones). Code, tables and logs are neither English prose nor another language. Used by the classifier (the model
 * alone does not judge foreign prose, doc-context.ts) and the rule layer (a rule made only of terms English shares
 * needs foreign prose around them, rules.ts).
 */
/**
 * Function words of the other Latin-script languages the rule layer covers. Code, tables and logs are neither
 * English prose nor another language: only prose with these words (or mostly non-Latin letters) counts as foreign.
 */
const FOREIGN_WORDS = new Set(
  (
    'der die das und ist wird nicht mit den dem des ein eine auf für le la les et est des une dans pour avec de ' +
    'el los las es una por con para del lo il gli della nel che è het een van voor niet ook deze je o os do da em ' +
    'não são na się jest nie och är att det som inte ve bir bu için ile yang dan di untuk dengan ini và của là ' +
    'được trong cho các những di per un una non sono con gli nella questo quale quali mi ma teraz oraz czy jak się ' +
    'daha yoksa veya gibi olarak ama och på av för med inte een wat hoe ook naar bij nog maar tidak ada akan pada ' +
    'atau dari có không một này'
  )
    .split(' ')
    // The normaliser strips Latin accents ("für" arrives as "fur"): both spellings.
    .flatMap((w) => [w, w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]),
);

const ENGLISH_WORDS = new Set(
  'the and you of that it for with this are if any your not will what to is in be'.split(' '),
);

/** Per UTF-16 unit: 0 not yet known, 1 a letter, 2 not (a regex test once per unit instead of once per character). */
const LETTER = new Uint8Array(65536);
function isLetter(c: number): boolean {
  let k = LETTER[c]!;
  if (k === 0) {
    k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
    LETTER[c] = k;
  }
  return k === 1;
}

/** `distinct`: how many different foreign function words a Latin-script window needs. */
export function foreignProse(lower: string, distinct = 1): boolean {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
    else if (c >= 0x370 && isLetter(c)) {
      letters++;
      nonLatin++;
    }
  }
  if (letters > 0 && nonLatin / letters > 0.3) return true;
  let words = 0;
  let foreign = 0;
  let english = 0;
  // One-letter words do not count: spaced-out letters ("o   o   o") are not Portuguese articles. And the foreign
  // words must outnumber English ones: "import os" in English text with code is not Portuguese.
  const seen = new Set<string>();
  for (const m of lower.matchAll(/\p{L}{2,}/gu)) {
    words++;
    if (FOREIGN_WORDS.has(m[0])) {
      foreign++;
      seen.add(m[0]);
    } else if (ENGLISH_WORDS.has(m[0])) english++;
  }
  return words > 0 && foreign / words >= 0.1 && foreign > english && seen.size >= distinct;
}
