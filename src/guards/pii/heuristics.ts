import * as anchors from './digit-anchors.js';
import {
  anchoredMatches,
  anchoredPattern,
  matchAtCandidates,
  stickyOf,
  type DigitRuns,
} from './digit-anchors.js';
import type { PiiMatch } from './match.js';
import { buildKeywordIndex, type KeywordIndex } from '../secrets/keyword-index.js';

// Local aliases: under tsx, imported bindings are getters, and these two are called for every character the
// address candidates walk over (~1.5 ms per MB of documentation through the getter).
const isRegexSpace = anchors.isRegexSpace;
const spaceRunStart = anchors.spaceRunStart;

/*
 * Names, addresses, dates, places and organisations have no checksum. These are pattern-and-cue heuristics,
 * measured honestly in BENCHMARKS.md; a trained NER model would do better and can replace this file.
 */

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const DATE_PATTERNS = [
  /\b\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\b/g,
  /\b\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b/g,
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'g'),
  /\b(?<=(?:in|since|from|by|until|of|year|born|early|late|mid|circa|around)\s)(?:1[5-9]|20)\d{2}s?\b/gi,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?\b/gi,
];

export function findDates(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const re of DATE_PATTERNS) {
    for (const m of text.matchAll(re))
      out.push({
        type: 'DATE_TIME',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.6,
        detail: 'date or time',
      });
  }
  return out;
}

// A middle initial is one capital letter ending there ("John Q. Public", "Jane K Doe"): without the look-ahead the
// optional initial took the first letter of a surname and the name ended inside it ("John Smith" → "John S").
const NAME_TOKEN = "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}(?:\\.|(?![\\p{L}'’-])))?";
const FULL_NAME = `${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,2}`;
// Two steps because Node 20 has no inline (?i:…): a case-insensitive pass finds the cue words, then a
// case-sensitive sticky regex requires a capitalised name right after them.
export const PERSON_CUES =
  /\b(?:my name is|name is|his name is|her name is|i am|i'm|call me|named|name:|signed|regards,|sincerely,|dear|thanks|mr\.?|mrs\.?|ms\.?|miss|dr\.?|prof\.?|directed by|starring|written by|said|maiden name is|married)\s+/gi;
const NAME_AT = new RegExp(FULL_NAME, 'uy');
/**
 * Every literal PERSON_CUES can start with, lower-case (a shorter one stands for its extensions: "mr" for "mrs").
 * Without the u flag, /i folds ASCII letters only to ASCII letters, so these, matched ASCII-case-insensitively, are
 * the only places the regex can match: it runs sticky there instead of being tried at every position of the text
 * (~4-5 ms per MB of prose, the most expensive PII pass).
 */
export const PERSON_CUE_STARTS = [
  'my name is',
  'name is',
  'his name is',
  'her name is',
  'i am',
  "i'm",
  'call me',
  'named',
  'name:',
  'signed',
  'regards,',
  'sincerely,',
  'dear',
  'thanks',
  'mr',
  'ms',
  'miss',
  'dr',
  'prof',
  'directed by',
  'starring',
  'written by',
  'said',
  'maiden name is',
  'married',
];
const PERSON_CUES_AT = stickyOf(PERSON_CUES);
let cueIndex: KeywordIndex | undefined;

/** The matches of PERSON_CUES in `text`, as matchAll returns them, tried only where a cue literal starts. */
export function personCues(text: string): RegExpExecArray[] {
  cueIndex ??= buildKeywordIndex(PERSON_CUE_STARTS);
  const starts: number[] = [];
  cueIndex.scan(text, (_id, at) => starts.push(at));
  // Hits arrive in order of their end: cues of different lengths can interleave.
  const sorted = Int32Array.from(starts).sort();
  return matchAtCandidates(PERSON_CUES_AT, text, sorted);
}
const NOT_NAMES = new Set(
  'The A An I We You He She They It This That These Those My Your Our Their His Her Please Thanks Thank Hello Hi Dear Yes No Ok Okay Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December Street Avenue Road Suite Apt Box United States Kingdom America New North South East West Mr Mrs Ms Dr Prof What Where When Why How Who Which Can Could Would Should Will Do Does Did Is Are Was Were Be Have Has Had Not And Or But If Then So For In On At By With From Of As Is To Company Inc Ltd Bank University Email Phone Address Name Mobile Desk Fax Website Date Personal Info'.split(
    ' ',
  ),
);

function isName(value: string): boolean {
  return value.split(/\s+/).every((w) => !NOT_NAMES.has(w.replace(/[.,]$/, '')));
}

/**
 * Chat assistants a prompt thanks, greets or names ("Thanks Claude", "Dear ChatGPT", "Your name is Gemini"), lower-case.
 * Alone after a cue such a word is the assistant the text is sent to, and tokenising it as <PERSON_1> breaks the
 * prompt for nothing. A fuller name ("Thanks Claude Shannon") or a title ("Dr. Claude") still makes a person.
 */
const ASSISTANT_NAMES = new Set([
  'assistant',
  'bard',
  'bing',
  'chatgpt',
  'claude',
  'copilot',
  'deepseek',
  'gemini',
  'gpt',
  'grok',
  'llama',
  'mistral',
  'perplexity',
  'qwen',
]);
// The whole word a name starts (NAME_TOKEN stops at an inner capital: "ChatGPT" matches as "Chat").
const WORD_AT = /[\p{L}\p{N}]+/uy;
const TITLE_CUE = /^(?:mrs?|ms|miss|dr|prof)\b/i;

/** Whether the one-word `value` at `start`, after the cue `cue`, is an assistant's name rather than a person's. */
function isAssistant(text: string, start: number, value: string, cue: string): boolean {
  if (/\s/.test(value) || TITLE_CUE.test(cue)) return false;
  WORD_AT.lastIndex = start;
  const word = WORD_AT.exec(text);
  return word !== null && ASSISTANT_NAMES.has(word[0].toLowerCase());
}

/**
 * Names after a naming cue ("my name is", "Dr.", "signed"). A bare capitalised-pair rule was measured too: it added
 * false positives faster than true ones (F1 0.33 with it, 0.35 without) and cost a regex pass per MB, so it is gone.
 */
export function findPersons(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of personCues(text)) {
    NAME_AT.lastIndex = m.index + m[0].length;
    const name = NAME_AT.exec(text);
    if (!name) continue;
    // Up to three capitalised words are taken greedily; a trailing one that is no name ("Name: Ada Lovelace\nPhone")
    // is dropped rather than losing the whole name.
    let value = name[0];
    while (!isName(value)) {
      const cut = value.search(/\s+\S+$/);
      if (cut <= 0) break;
      value = value.slice(0, cut);
    }
    if (!isName(value) || isAssistant(text, name.index, value, m[0])) continue;
    out.push({
      type: 'PERSON',
      start: name.index,
      end: name.index + value.length,
      score: 0.75,
      detail: 'name after a naming cue',
    });
  }
  return out;
}

const STREET_WORDS =
  'Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Court|Ct|Place|Pl|Square|Sq|Way|Terrace|Crescent|Parkway|Pkwy|Highway|Hwy|Circle|Cir|Trail|Row|Close|Gardens|Walk|Hill|Isle|Islands?|Crossroad|Forges?|Plaza|Alley|Bridge|Park|Rue|Via|Calle|Avenida|Avda|Strasse|Straße|Gasse|Platz|Weg';
const UNIT = '(?:,?\\s+(?:Suite|Apt\\.?|Apartment|Unit|Floor|#)\\s*\\d+\\w?)*';
// "12 Baker Street": starts at a run of at most six digits followed by a space.
const NUMBER_FIRST = new RegExp(
  `\\b\\d{1,6}(?:\\s+\\d{1,5})?\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){1,4}(?:${STREET_WORDS})\\b\\.?${UNIT}`,
  'gu',
);
// "Calle Mayor 5": the street word comes first, then one to four capitalised words, then the number.
const NUMBER_LAST = new RegExp(
  `\\b(?:${STREET_WORDS})\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*\\s+\\d{1,5}\\b${UNIT}`,
  'gu',
);
/** 1 at the code of each street word's first letter (a table: this is probed for every letter near every number). */
const STREET_FIRST = new Uint8Array(65536);
for (const w of STREET_WORDS.split('|')) STREET_FIRST[w.charCodeAt(0)] = 1;
const STREET_MAX = Math.max(...STREET_WORDS.split('|').map((w) => w.replace('s?', 's').length)) + 1;

/** A whole token NUMBER_LAST can take as a name word: `\p{Lu}[\p{L}'’-]*`, between white space on both sides. */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/**
 * Whether text[t, e) (a token: no white space inside) is a name word. ASCII decides most tokens without the
 * regex: a capital A-Z is the only ASCII \p{Lu}, and ASCII letters, ' and - the only ASCII units of the rest.
 */
function isNameWord(text: string, t: number, e: number): boolean {
  const c = text.charCodeAt(t);
  if (c < 128 && (c < 65 || c > 90)) return false;
  for (let i = t + 1; i < e; i++) {
    const u = text.charCodeAt(i);
    if (u >= 128) return NAME_WORD.test(text.slice(t, e));
    if (!((u >= 97 && u <= 122) || (u >= 65 && u <= 90) || u === 39 || u === 45)) return false;
  }
  return c < 128 || NAME_WORD.test(text.slice(t, e));
}

/**
 * NUMBER_LAST's starts: its number follows spaces and one to four whole name words (tokens between spaces), and
 * the street word (with an optional dot) ends right before the spaces in front of the first name word. So from each
 * run of digits after spaces, walk back token by token and try the last STREET_MAX characters of each earlier token.
 * The walk stops at the first token that is no name word: every start further back needs it to be one (in code,
 * `x = 1` stops at "=" instead of trying four tokens back).
 */
function numberLastStarts(runs: DigitRuns, text: string): number[] {
  const out: number[] = [];
  const group: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    let e = spaceRunStart(text, d);
    if (e === d) continue;
    group.length = 0;
    for (let words = 0; words < 4; words++) {
      let t = e;
      while (t > 0 && !isRegexSpace(text.charCodeAt(t - 1))) t--;
      if (t === e || !isNameWord(text, t, e)) break;
      const w = spaceRunStart(text, t);
      if (w === t) break;
      // Candidates in [w - STREET_MAX, w - 2], inside the token that ends at w, descending.
      for (let s = w - 2; s >= 0 && s >= w - STREET_MAX && !isRegexSpace(text.charCodeAt(s)); s--) {
        if (STREET_FIRST[text.charCodeAt(s)] === 1) group.push(s);
      }
      e = w;
    }
    for (let g = group.length - 1; g >= 0; g--) out.push(group[g] as number);
  }
  return out;
}
const PO_BOX =
  /\b(?:P\.?\s?O\.?\s+Box|PSC\s+\d{1,5},?\s+Box|Unit\s+\d{1,5},?\s+Box)\s+\d{1,6}(?:\s+(?:APO|FPO|DPO)\s+(?:AA|AE|AP)\s+\d{5})?/gi;

const UPPER_AT = /\p{Lu}/uy;

/**
 * NUMBER_FIRST's starts: a run of at most six digits followed by white space, and after that space either the
 * optional second number (a digit) or the first name word (a capital): in code, `x = 1 + 2` ends at "+".
 */
function numberFirstStarts(runs: DigitRuns, text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    const e = runs.end[k] as number;
    if (e - d > 6 || !isRegexSpace(text.charCodeAt(e))) continue;
    let q = e + 1;
    while (isRegexSpace(text.charCodeAt(q))) q++;
    const c = text.charCodeAt(q);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90)) out.push(d);
      continue;
    }
    UPPER_AT.lastIndex = q;
    if (UPPER_AT.test(text)) out.push(d);
  }
  return out;
}

// The first digit follows "PSC"/"Unit" and spaces, or "P.O." (2 to 5 characters), spaces, "Box" and spaces.
const BOX_LAST = new Set([...'xXcCtT'].map((c) => c.charCodeAt(0)));
function poBoxStarts(runs: DigitRuns, text: string): number[] {
  const out: number[] = [];
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    const w = spaceRunStart(text, d);
    // "Box", "PSC" and "Unit" (any case) end in x, c or t.
    if (w === d || !BOX_LAST.has(text.charCodeAt(w - 1))) continue;
    const box = w - 3;
    const w2 = box > 0 ? spaceRunStart(text, box) : box;
    if (w2 < box) for (let s = Math.max(0, w2 - 5); s <= w2 - 2; s++) out.push(s);
    if (w >= 4) out.push(w - 4);
    if (w >= 3) out.push(w - 3);
  }
  return out;
}

// Street names with a Germanic/Nordic/Dutch suffix ("Pfarrgasse 91", "Nybyvägen 65"): the suffix is found first,
// then the word is walked back to its capital, which is much cheaper than trying \p{Lu} at every letter.
const SUFFIX_STREET = new RegExp(
  `(?:straße|strasse|gasse|weg|vej|gade|vägen|gatan|tie|katu|veien|laan|straat|vegur|gata)\\s+\\d{1,4}\\w?${UNIT}`,
  'g',
);
// The first digit follows spaces that follow the suffix (3 to 7 letters).
function suffixStreetStarts(runs: DigitRuns, text: string): number[] {
  const out: number[] = [];
  let last = -1;
  for (let k = 0; k < runs.count; k++) {
    const d = runs.start[k] as number;
    const w = spaceRunStart(text, d);
    // Every suffix ends in one of these letters and starts with one of s, g, w, v, t, k, l.
    if (w === d || !SUFFIX_LAST.has(text.charCodeAt(w - 1))) continue;
    for (let s = Math.max(0, w - 7, last + 1); s <= w - 3; s++) {
      if (SUFFIX_FIRST.has(text.charCodeAt(s))) out.push((last = s));
    }
  }
  return out;
}
const codes = (s: string) => new Set([...s].map((c) => c.charCodeAt(0)));
const SUFFIX_LAST = codes('egjnutra');
const SUFFIX_FIRST = codes('sgwvtkl');
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** The digit-anchored patterns of this file (exported for the equivalence test against plain matchAll). */
export const ANCHORED = {
  SUFFIX_STREET: anchoredPattern(SUFFIX_STREET, suffixStreetStarts),
  NUMBER_FIRST: anchoredPattern(NUMBER_FIRST, numberFirstStarts),
  NUMBER_LAST: anchoredPattern(NUMBER_LAST, numberLastStarts),
  PO_BOX: anchoredPattern(PO_BOX, poBoxStarts),
};

export function findAddresses(text: string): PiiMatch[] {
  const out: PiiMatch[] = [];
  for (const m of anchoredMatches(ANCHORED.SUFFIX_STREET, text)) {
    if (!LOWER.test(text[m.index - 1] ?? '')) continue;
    let s = m.index;
    while (s > 0 && LETTER.test(text[s - 1] ?? '')) s--;
    if (UPPER.test(text[s] ?? ''))
      out.push({
        type: 'STREET_ADDRESS',
        start: s,
        end: m.index + m[0].length,
        score: 0.65,
        detail: 'street address pattern',
      });
  }
  const patterns = [
    anchoredMatches(ANCHORED.NUMBER_FIRST, text),
    anchoredMatches(ANCHORED.NUMBER_LAST, text),
    anchoredMatches(ANCHORED.PO_BOX, text),
  ];
  for (const matches of patterns) {
    for (const m of matches)
      out.push({
        type: 'STREET_ADDRESS',
        start: m.index,
        end: m.index + m[0].length,
        score: 0.65,
        detail: 'street address pattern',
      });
  }
  return out;
}

const COUNTRIES =
  'Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Greenland|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Korea|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|New Zealand|Nicaragua|Niger|Nigeria|Norway|Oman|Pakistan|Palau|Panama|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Singapore|Slovakia|Slovenia|Somalia|South Africa|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tonga|Tunisia|Turkey|Türkiye|Turkmenistan|Tuvalu|Uganda|Ukraine|United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Vanuatu|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|England|Scotland|Wales|USA|UK';
const CITIES =
  'London|Paris|Berlin|Madrid|Rome|Vienna|Prague|Warsaw|Budapest|Amsterdam|Brussels|Copenhagen|Stockholm|Oslo|Helsinki|Reykjavik|Dublin|Lisbon|Athens|Istanbul|Moscow|Kyiv|Tokyo|Beijing|Shanghai|Seoul|Delhi|Mumbai|Bangalore|Sydney|Melbourne|Toronto|Montreal|Vancouver|Chicago|Boston|Seattle|Houston|Dallas|Austin|Denver|Atlanta|Miami|Philadelphia|San Francisco|Los Angeles|New York|Washington|Mexico City|São Paulo|Rio de Janeiro|Buenos Aires|Cairo|Lagos|Nairobi|Johannesburg|Cape Town|Dubai|Singapore|Hong Kong|Tallinn|Riga|Vilnius|Zurich|Geneva|Munich|Hamburg|Frankfurt|Milan|Barcelona|Manchester|Edinburgh';
const US_STATES =
  'Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming';
const GPE = new RegExp(`\\b(?:${COUNTRIES}|${CITIES}|${US_STATES})\\b`, 'g');

export function findPlaces(text: string): PiiMatch[] {
  return [...text.matchAll(GPE)].map((m) => ({
    type: 'GPE',
    start: m.index,
    end: m.index + m[0].length,
    score: 0.6,
    detail: 'country, state or city name',
  }));
}

const ORG = new RegExp(
  `\\b(?:\\p{Lu}[\\p{L}&'’-]*\\s+){1,4}(?:Inc|Corp|Corporation|LLC|Ltd|Limited|GmbH|AG|SA|PLC|Co|Company|Group|Bank|University|Institute|Foundation|Association|Technologies|Solutions|Systems|Industries|Holdings|Partners|Orchestra|Agency|Ministry|Council)\\b\\.?`,
  'gu',
);

export function findOrganizations(text: string): PiiMatch[] {
  return [...text.matchAll(ORG)].map((m) => ({
    type: 'ORGANIZATION',
    start: m.index,
    end: m.index + m[0].length,
    score: 0.6,
    detail: 'organisation name with a legal or institutional suffix',
  }));
}
