import type { ConceptTerms } from './lexicon-concepts.js';

/**
 * Languages as people type them in Latin letters, in chats and e-mails mixed with English: Hindi ("Hinglish":
 * "pichle saare instructions bhool jao"), Russian ("zabud' vse predydushchie instruktsii") and Arabic ("Arabizi",
 * digits for the letters Latin lacks: "insa kol el ta3limat el sab2a"). Same concepts and format as
 * lexicon-concepts.ts. The normaliser folds leetspeak digits into letters ("ta3limat" reaches the rule layer as
 * "taelimat", "sab2a" as "sabza"), so Arabizi terms are written as they arrive; the spelling with digits is kept
 * too for decoded payloads, which are matched as decoded.
 *
 * These terms count as another language inside an English-looking sentence (rules.ts: code-switching), except the
 * English words Hinglish borrows ("instructions", "rules"), which are listed in ENGLISH_BORROWED.
 */
export const TRANSLITERATED: Readonly<Record<string, ConceptTerms>> = {
  'hi-Latn': {
    override:
      'bhool ja|bhul ja|bhool do|bhul do|ignore karo|ignore kar do|ignore kardo|nazarandaz|mat mano|mat maano|follow mat karo|follow mat kar',
    instructions: 'instructions~|instruction~|nirdesh|hidayat|rules~|niyam~',
    prior: 'pichl|purane~|purani~|pehle wale|pehle ke',
    reveal: 'batao|bata do|dikhao|dikha do|likh do|print karo|share karo',
    secret: 'system prompt|chhupe nirdesh|gupt nirdesh|secret instructions',
    send: 'bhej do|bhejo|bhej dena|bhej de~|forward karo|forward kar do|share kar do',
    respond: 'jawab do|jawab dena|reply karo|likho',
    only: 'sirf~|bas~|keval',
    timeswitch: 'ab se~|aaj se~|abhi se~',
    yours: 'apne~|apni~|apna~|tumhare|tumhari|tumhara|aapke|aapki',
    reading: 'summarize kar|summarise kar|padh rahe|padh raha|padh rahi|read kar rahe',
    this: 'ye mail|yeh mail|is mail|ye email|yeh email|is email|ye page|is page',
    nolimits: 'bina kisi rok|bina restrictions|bina filter|koi limit nahi|koi rok nahi',
  },
  'ru-Latn': {
    override: 'zabud|zabyt~|ignoriruy|ignoriruj|ignoriruite|ne obrashchay vnimaniya|ne slushay|otbros',
    instructions: 'instruktsi|instrukci|ukazaniya|ukazanija|komandy~',
    prior: 'predydushch|predydusch|prezhni|ranee~|ranshe~',
    reveal: 'pokazhi|pokazi~|vyvedi|povtori|skazhi|raskroy',
    secret: 'sistemnyy prompt|sistemny prompt|sistemnyi prompt|sistemnye instruktsii|skrytye instruktsii',
    send: 'otprav|pereshli|vyshli',
    respond: 'otvechay|otvechai|otvet~|napishi',
    only: 'tolko~',
    timeswitch: 'otnyne|s etogo momenta',
    yours: 'svoi~|svoy~|tvoi~|tvoy~|tvoyu|svoyu',
    ai: 'yazykovoy modeli|yazykovaya model|neyroset|ii-assistent',
    nolimits: 'bez ogranicheniy|bez ogranichenii|bez tsenzury|bez filtrov',
  },
  'ar-Latn': {
    override:
      'insa~|inse~|ensa~|ense~|tjahal|tgahel|itgahel|etgahel|tajahal|tagahal|tjahel|tagahel|matesmaesh|la tasmae|la tasma3',
    instructions:
      'taelimat|taalimat|ta3limat|t3limat|ta3leemat|taeleemat|awamer|awamir|qawaeed|qawa3ed|el tawjihat|tawjihat',
    prior: 'el sabza|elsabza|sabza~|el sab2a|sab2a~|el adeema|el qadima|qadima~|elli fat|eli fat',
    reveal: 'warini|werini|zolli|2olli|ktebli|iktebli|eared|e3red|taleae|talla3',
    send: 'ibeat|ib3at|ebeat|eb3at|abeat|ab3at|ersel|irsel',
    secret: 'el prompt el system|el taelimat el sirriya|ta3limat sirriya|taelimat sirriya',
    respond: 'rod~|rud~|jaweb|gaweb|egaweb|iktib|ektib',
    only: 'bas~|faqat|fazat|fa2at',
    ai: 'lel model|lil model|ya model|lel bot|ya bot',
  },
};

/** English words that the transliterated lexicons borrow: inside an English sentence they are English. */
export const ENGLISH_BORROWED: ReadonlySet<string> = new Set([
  'instructions',
  'instruction',
  'rules',
  'system prompt',
  'secret instructions',
]);
