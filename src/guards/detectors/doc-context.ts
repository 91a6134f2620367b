import { foreignProse } from './foreign-prose.js';
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
