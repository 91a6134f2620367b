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
    'được trong cho các những'
  ).split(' '),
);

function foreignProse(lower: string): boolean {
  let letters = 0;
  let nonLatin = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) letters++;
    else if (c >= 0x370 && /\p{L}/u.test(lower[i]!)) {
      letters++;
      nonLatin++;
    }
  }
  if (letters > 0 && nonLatin / letters > 0.3) return true;
  let words = 0;
  let foreign = 0;
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    words++;
    if (FOREIGN_WORDS.has(m[0])) foreign++;
  }
  return words > 0 && foreign / words >= 0.1;
}

/** Is the (normalised) window documentation in a language other than English? */
export function isForeignDocumentation(window: string): boolean {
  const lower = window.toLowerCase();
  return DOC_CUE.test(lower) && !looksEnglish(lower) && foreignProse(lower);
}
