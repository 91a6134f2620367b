import type { Concept } from './lexicon-concepts.js';

/**
 * Context that turns an attack concept into everyday language, per language, in the format of lexicon-concepts.ts
 * (terms separated by "|", stems unless they end in "~"). Written from the benign sentences help pages, manuals and
 * documentation are made of, after the rule layer flagged such sentences in many languages:
 *  - idiom: fixed phrases that contain an override verb ("Passwort vergessen", "mot de passe oublié"): a term
 *    found inside one counts for nothing ("click «Forgot password» and follow the instructions"); and password
 *    rules, which IT notices declare replaced ("new password rules apply, the previous ones expire");
 *  - docpart: a part of a document ("paragraph", "Absatz", "абзац") right before an instruction noun makes that
 *    noun a MANUAL ("ignore the first paragraph of the instructions for use"), not the assistant's instructions;
 *  - howto: "how", "the way to" between a reveal verb and the system prompt describe how something is done
 *    ("the README explains how to write the system prompt"), unless the prompt is YOURS.
 */
export const CONTEXT_CONCEPTS = ['idiom', 'docpart', 'howto'] as const satisfies readonly Concept[];

export const CONTEXT_LEXICON: Readonly<
  Record<string, Partial<Record<(typeof CONTEXT_CONCEPTS)[number], string>>>
> = {
  en: {
    idiom:
      'forgot password|forgot your password|forgot my password|forgotten password|password rules|password policy',
    docpart: 'paragraph|section|chapter|page~|pages~',
    howto: 'how~',
  },
  de: {
    idiom:
      'passwort vergessen|kennwort vergessen|zugangsdaten vergessen|pin vergessen|passwortregeln|kennwortregeln|passwortrichtlinie|regeln fur passworter',
    docpart: 'absatz|abschnitt|kapitel|seite~|seiten~|teil~',
    howto: 'wie~',
  },
  fr: {
    idiom:
      'mot de passe oublie|oublie votre mot de passe|oublie ton mot de passe|oublie mon mot de passe|identifiant oublie|regles de mot de passe|regles des mots de passe',
    docpart: 'paragraphe|section|chapitre|page~|pages~|partie',
    howto: 'comment~',
  },
  es: {
    idiom:
      'olvidado tu contrasena|olvidado su contrasena|olvidaste tu contrasena|olvide mi contrasena|olvido su contrasena|contrasena olvidada|reglas de contrasenas|reglas de contrasena|reglas para contrasenas',
    docpart: 'parrafo|seccion|capitulo|pagina|apartado|parte~',
    howto: 'como~',
  },
  it: {
    idiom:
      'password dimenticata|dimenticato la password|dimenticato la tua password|password dimenticato|regole per le password|regole delle password',
    docpart: 'paragrafo|sezione|capitolo|pagina|parte~',
    howto: 'come~',
  },
  pt: {
    idiom:
      'esqueci minha senha|esqueci a senha|esqueci a minha senha|esqueceu sua senha|esqueceu a senha|esqueceu a sua senha|regras de senha|regras para senhas',
    docpart: 'paragrafo|secao|capitulo|pagina|parte~',
    howto: 'como~',
  },
  nl: {
    idiom: 'wachtwoord vergeten|pincode vergeten|wachtwoordregels|wachtwoordbeleid',
    docpart: 'alinea|paragraaf|hoofdstuk|pagina|sectie|deel~',
    howto: 'hoe~',
  },
  pl: {
    idiom:
      'nie pamietam hasla|zapomnialem hasla|zapomnialam hasla|zapomniane haslo|zapomniales hasla|zasady hasel|zasady dotyczace hasel',
    docpart: 'akapit|rozdzial|sekcj|stron~|strony~|czesc~',
    howto: 'jak~',
  },
  ru: {
    idiom: 'забыли пароль|забыл пароль|забыла пароль|правила для паролей|правила паролей',
    docpart: 'абзац|раздел|глав~|главу~|страниц|пункт~',
    howto: 'как~',
  },
  uk: {
    idiom: 'забули пароль|забув пароль|забула пароль|правила для паролів|правила паролів',
    docpart: 'абзац|розділ|сторінк|пункт~|частин',
    howto: 'як~',
  },
  tr: {
    idiom: 'sifremi unuttum|sifrenizi mi unuttunuz|sifreni mi unuttun|sifrenizi unuttuysaniz|sifre kurallari',
    docpart: 'paragraf|bolum|sayfa|kisim',
    howto: 'nasil',
  },
  ar: {
    idiom: 'نسيت كلمة المرور|نسيت كلمة السر|نسيت كلمة مرورك|قواعد جديدة لكلمات المرور|قواعد كلمات المرور',
    docpart: 'الفقرة|فقرة|القسم|الفصل|الصفحة',
    howto: 'كيف|كيفية',
  },
  fa: {
    idiom: 'رمز عبور را فراموش|رمز عبورم را فراموش|رمز را فراموش|قوانین رمز عبور',
    docpart: 'پاراگراف|بخش|فصل|صفحه',
    howto: 'چطور|چگونه|نحوه',
  },
  hi: {
    idiom: 'पासवर्ड भूल गए|पासवर्ड भूल गया|पासवर्ड भूल गई|पासवर्ड के नए नियम|पासवर्ड नियम',
    docpart: 'पैराग्राफ़|पैराग्राफ|अनुच्छेद|अध्याय|पृष्ठ',
    howto: 'कैसे',
  },
  zh: {
    idiom: '忘记密码|忘了密码|密码忘记|密码规则',
    docpart: '段|章节|页',
    howto: '如何|怎么|怎样',
  },
  ja: {
    idiom: 'パスワードをお忘れ|パスワードを忘れ|パスワードルール|パスワードのルール',
    docpart: '段落|ページ',
    howto: '方法|やり方|書き方',
  },
  ko: {
    idiom: '비밀번호를 잊|비밀번호 찾기|비밀번호를 잃어|비밀번호 규칙',
    docpart: '문단|단락|페이지',
    howto: '방법|어떻게',
  },
  vi: {
    // "lập trình viên" (programmer) holds "lập trình", the assistant's "programming".
    idiom: 'quen mat khau|lap trinh vien|quy tac mat khau',
    docpart: 'phan~|doan~|chuong~|trang~|muc~',
    howto: 'cach~',
  },
  id: {
    idiom: 'lupa kata sandi|lupa password|lupa sandi|aturan kata sandi',
    docpart: 'paragraf|bagian|bab~|halaman',
    howto: 'cara~|bagaimana',
  },
  th: {
    idiom: 'ลืมรหัสผ่าน|กฎรหัสผ่าน',
    docpart: 'ย่อหน้า',
    howto: 'วิธี',
  },
  sv: {
    idiom: 'glomt losenord|glomt ditt losenord|glomt mitt losenord|losenordsregler',
    docpart: 'stycke|avsnitt|kapitel|sida~|del~',
    howto: 'hur~',
  },
};
