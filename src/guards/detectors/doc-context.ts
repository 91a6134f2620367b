import { looksEnglish } from './rules.js';

/**
 * Documentation written in another language about configuring an assistant ("Der Systemprompt wird in
 * config/assistant.yaml hinterlegt", "Le README explique comment rédiger le prompt système") reads to the trained
 * model like an attack: it learned "system prompt", "instructions" and "from now on" almost only from English
 * attacks, while its benign documentation is English. When no rule fired, a window that is not English and names a
 * file, a repository or a README is therefore not flagged by the model alone. English windows are left to the model,
 * which has seen thousands of English documentation rows.
 */
const DOC_CUE =
  /readme|\.(?:md|ya?ml|json|txt|toml|ini|env)\b|\bconfig\/|\brepo(?:sitor|\b)|\bdepot\b|\bdatei|\bfichier|\barchivo|\bbestand|\bplik|\bfile~?\b|файл|\bdosya|ملف|فایل|फ़ाइल|फाइल|文件|ファイル|파일|\btep\b|\bberkas/;

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
  ).split(' '),
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
function foreignProse(lower: string, distinct = 1): boolean {
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

/** Is the (normalised) window documentation in a language other than English? */
export function isForeignDocumentation(window: string): boolean {
  const lower = window.toLowerCase();
  return DOC_CUE.test(lower) && !looksEnglish(lower) && foreignProse(lower);
}

/**
 * Is the (normalised) window prose in a language other than English, documentation or not? What the model learned
 * from English attacks ("system prompt", "administrator", "new rules", "only yes or no") it applies to other
 * languages without the benign rows that taught it the difference in English: on the multilingual dev sets its flags
 * on foreign windows where no rule fired were false positives twice as often as attacks (33 hard-benign rows against
 * 17 attacks, at the same scores), so the classifier leaves such windows to the rule layer. `distinct`: how many
 * different foreign function words a Latin-script window needs (documents are tables and code with foreign names in
 * them: "Santa Cruz de la Sierra", "import os").
 */
export function isForeignProse(window: string, distinct = 1): boolean {
  const lower = window.toLowerCase();
  return !looksEnglish(lower) && foreignProse(lower, distinct);
}
