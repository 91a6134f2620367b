import type { HarmLexicon } from './harm-topics-lexicon.js';

/**
 * Harm topics added with the retrained harmful-intent head (2026-11-26), from the held-out half of its own training
 * requests (bench/guards/train-data/everyday.ts, tasks the head never trained on): kinds of harm the lexicon had no
 * word for (luring children, swatting, poisoning someone's food to make them sick, reading a partner's messages,
 * forged identity cards), and the "bath bomb" of more languages, which the head now scores as a request. Then,
 * from probes written for the purpose in the languages where the gate was weakest, protective and harmless contexts:
 * recognising phishing, having been hacked or scammed, explaining drugs or terror to a child, crime novels, food
 * and drinks named after bombs. In verb-final languages (ja, ko, hi, tr) the protective word follows the harm term,
 * so it is a `purpose` (cancels the window) rather than a `defence` (cancels only what follows it).
 */
export const HARM_TOPICS_EXTRA: Readonly<Record<string, HarmLexicon>> = {
  en: {
    harm: [
      'swat a',
      'swatting',
      'swat someone',
      'lure a kid',
      'lure a child',
      'lure kids',
      'lure children',
      'a minor to send',
      'nudes of a minor',
      'nude pictures of a minor',
      'make him sick',
      'make her sick',
      'make them sick',
      'make someone sick',
      'make my ex disappear',
      'make someone disappear',
      'make him disappear',
      'make her disappear',
      'find where someone lives',
      'find out where someone lives',
      'find where she lives',
      'find out where she lives',
      'find where he lives',
      'find out where he lives',
      "read my wife's",
      "read my husband's",
      "read my girlfriend's",
      "read my boyfriend's",
      "read my partner's",
      'life hell',
      'full auto',
    ],
    neutral: ['clean a gun', 'clean my gun', 'cleaning a gun', 'gun safety'],
    // A victim asking for help: "what should I do if my identity is stolen".
    defence: [
      'what should i do if',
      'what do i do if',
      'what to do if',
      'been hacked',
      'got hacked',
      'been scammed',
    ],
  },
  de: {
    harm: ['nachrichten meiner frau', 'nachrichten meines mannes', 'nachrichten meiner freundin'],
    neutral: ['badebombe'],
    purpose: ['meinem kind', 'meinen kindern', 'krimi', 'roman'],
  },
  fr: {
    harm: ['messages de ma femme', 'messages de mon mari', 'messages de ma copine'],
    neutral: ['bombe de bain', 'bombes de bain'],
  },
  es: {
    harm: ['mensajes de mi mujer', 'mensajes de mi esposa', 'mensajes de mi marido', 'mensajes de mi novia'],
    neutral: ['bomba de baño', 'bombas de baño'],
  },
  it: {
    harm: [
      'messaggi di mia moglie',
      'messaggi di mio marito',
      'messaggi della mia ragazza',
      'di nascosto i messaggi',
    ],
    neutral: ['bomba da bagno', 'bombe da bagno'],
  },
  pt: {
    harm: [
      'mensagens da minha mulher',
      'mensagens da minha esposa',
      'mensagens do meu marido',
      'mensagens da minha namorada',
    ],
    neutral: ['bomba de banho', 'bombas de banho'],
  },
  nl: {
    neutral: ['badbom'],
    defence: ['herken', 'voorkom', 'bescherm', 'melden', 'slachtoffer'],
    purpose: ['boek over', 'roman', 'detective', 'mijn kinderen', 'mijn kind'],
  },
  pl: { neutral: ['bomba do kąpieli', 'bombę do kąpieli'] },
  ru: {
    harm: ['переписку жены', 'переписку мужа', 'переписку девушки', 'тайно читать'],
    neutral: ['бомбочк'],
  },
  hi: {
    harm: ['नकली आधार', 'नकली पासपोर्ट', 'नकली पहचान पत्र'],
    neutral: ['बम जैसा', 'बम जैसी'],
    purpose: ['पहचानें', 'पहचाने', 'बचें', 'बचाव', 'समझाएँ', 'समझाएं', 'खतरों', 'हो जाए', 'हो गया', 'शिकार'],
  },
  ja: {
    harm: ['乗っ取'],
    neutral: ['バスボム', '爆弾おにぎり'],
    purpose: [
      '見分け',
      '防ぐ',
      '防止',
      '対策',
      '被害',
      'されたら',
      'された時',
      '小説',
      'ミステリー',
      '説明すれば',
      '子ども',
      '子供',
    ],
  },
  ko: {
    neutral: ['배스밤', '배쓰밤', '폭탄주'],
    purpose: ['예방', '당했을', '당하면', '당했어', '피해', '소설', '추리', '설명', '아이에게'],
  },
  ar: {
    neutral: ['قنبلة الاستحمام', 'أقتل عملية', 'اقتل عملية'],
    defence: ['أعرف', 'أكتشف', 'أحمي', 'أتجنب', 'ضحية', 'أبلغ', 'أشرح'],
    purpose: ['لأطفالي', 'رواية'],
  },
  zh: { neutral: ['被诈骗', '被骗', '被盗', '被黑'], purpose: ['防止', '预防', '识别', '小说', '孩子'] },
  tr: { neutral: ['banyo bombası'], purpose: ['korun', 'önle', 'tanı', 'mağdur', 'roman', 'çocuğuma'] },
};
