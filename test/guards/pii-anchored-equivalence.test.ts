import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../bench/guards/datasets.js';
import { anchoredMatches, digitRuns, type AnchoredPattern } from '../../src/guards/pii/digit-anchors.js';
import { ANCHORED as HEURISTIC } from '../../src/guards/pii/heuristics.js';
import { ANCHORED as NUMBERS } from '../../src/guards/pii/numbers.js';
import { ANCHORED as PHONE } from '../../src/guards/pii/phone.js';
import { mulberry32 } from '../../src/core/random.js';

/**
 * The PII patterns run sticky only at the starts their digits allow (src/guards/pii/digit-anchors.ts). That is
 * exact only if the candidate lists contain every position where a pattern can match: each pattern must return
 * the same matches (position, text, groups) as a plain matchAll over the whole text.
 */
const PATTERNS: Record<string, AnchoredPattern> = { ...NUMBERS, ...HEURISTIC, ...PHONE };

const PIECES = [
  'the',
  'address',
  'is',
  'at',
  'Main',
  'Baker',
  'Street',
  'St',
  'St.',
  'Ave',
  'Road',
  'Calle',
  'Mayor',
  'Via',
  'Roma',
  'Pfarrgasse',
  'Hauptstraße',
  'Bahnhofstrasse',
  'Nybyvägen',
  'Kungsgatan',
  'Damstraat',
  'weg',
  'vej',
  'tie',
  'katu',
  'P.O.',
  'P. O.',
  'PO',
  'P.O',
  'Box',
  'BOX',
  'PSC',
  'Unit',
  'Suite',
  'Apt.',
  '#',
  'APO',
  'AE',
  'AB',
  'QQ',
  'GB82',
  'WEST',
  'DE89',
  'gb',
  'C',
  'd',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
  '.',
  '.',
  ',',
  '-',
  '-',
  '+',
  '(',
  ')',
  '/',
  ':',
  '0',
  '1',
  '12',
  '123',
  '1234',
  '12345',
  '123456',
  '1234567',
  '4111',
  '1111',
  '078-05-1120',
  '943 476 5919',
  '192.168.0.1',
  '10.0.0',
  '.7',
  '3370 1234 5678 90',
  '4111-1111-1111-1111',
  'QQ 12 34 56 C',
  'AB123456C',
  'GB82 WEST 1234 5698 7654 32',
  'DE89370400440532013000',
  'ß',
  'é',
  'Jean-Luc',
  "O'Neil",
  'D’Annunzio',
  'Zola',
  'Ñandú',
  'Z9',
  '😀',
];

const flat = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

function same(text: string): void {
  for (const [name, p] of Object.entries(PATTERNS)) {
    const expected = flat(text.matchAll(p.global));
    const actual = flat(anchoredMatches(p, text));
    if (JSON.stringify(actual) !== JSON.stringify(expected)) {
      expect({ name, text, actual }).toEqual({ name, text, actual: expected });
    }
  }
}

describe('digit-anchored PII patterns equal plain matchAll', () => {
  it('on random mixes of numbers, street words, separators and Unicode spaces, sparse and dense in digits', () => {
    const next = mulberry32(7);
    let anchored = 0;
    for (let i = 0; i < 3000; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(next() * 24);
      for (let j = 0; j < n; j++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      // Half the texts get prose around them, so digits are sparse and the anchored path (not the fallback) runs.
      const text =
        i % 2 === 0 ? parts.join('') : `${'word '.repeat(40)}${parts.join('')} ${'more '.repeat(40)}`;
      if (digitRuns(text) !== null) anchored++;
      same(text);
    }
    expect(anchored).toBeGreaterThan(1500);
  });

  it('on every shape each pattern knows, between prose and Unicode spaces', () => {
    const shapes = [
      'P. O. Box 123',
      'P.O. Box 12',
      'PO  Box\u00a07',
      'P O Box 1 APO AE 12345',
      'PSC 1234, Box 5678 APO AE 09876',
      'Unit 12 Box 7',
      'Hauptstraße  5',
      'Bahnhofstrasse 12a',
      'Pfarrgasse\t91, Suite 4',
      'Nybyvägen 65',
      'Kungsgatan 1',
      'Damstraat 3',
      '221 B Baker Street',
      '12 34 Main Ave., Apt. 5',
      'Calle Mayor 5',
      'Via Roma Nuova Di Sopra 12',
      'Boulevard Saint Germain  7',
      // Name words the walk back from the number accepts or stops at: hyphen, apostrophes, Z, non-ASCII capitals
      // (one and two units), a digit or a dot inside (no name word), a lower-case start.
      "Calle Jean-Luc O'Neil 5",
      'Via D’Annunzio Zola 12',
      'Rue Ñandú Éire 3',
      'Calle 𝐀lpha Omega 4',
      'Calle Zeta-9 4',
      'Calle Z.B. 4',
      'Calle zeta 4',
      'Avenida X 1',
      // The word after a leading number decides: Z, a non-ASCII capital, white space of every kind before it.
      '12 Zoo Street',
      '7 Élysée Road',
      '9 𝐀lpha Road',
      '5\u00a0\u2003Baker Street',
      '5 \n\tBaker Street',
      '5  12 Baker Street',
      '5 07 Baker Street',
      'St. James\u00a0Place 10',
      '(Street Foo 5',
      'éStreet Foo 5',
      'xStreet Foo 5',
      '4111 1111 1111 1111',
      '378282246310005',
      '4 1 1 1 1 1 1 1 1 1 1 1',
      '1-2-3-4-5-6-7-8-9-0-1-2-3',
      '078-05-1120',
      '078 05 1120',
      '943 476 5919',
      '+44 20 7946 0958',
      '0044 (0)20 7946 0958',
      '(415) 555-2671 ext. 12',
      '+1-800-555-0199 x7',
      '12-34',
      '555 0199',
      'v1.2.3',
      '192.168.0.1',
      'QQ 12 34 56 C',
      'ab123456d',
      'GB82 WEST 1234 5698 7654 32',
      'DE89370400440532013000',
    ];
    for (const shape of shapes) {
      for (const [before, after] of [
        ['', ''],
        ['x', 'y'],
        ['see ', '.'],
        ['\u3000', '\u00a0'],
        ['1', '1'],
        ['-', '-'],
        ['.', '.'],
      ]) {
        same(`${'word '.repeat(30)}${before}${shape}${after} and ${shape}${'.'.repeat(3)}`);
      }
    }
  });

  it('on the 1 MB benchmark documents and Presidio rows (sparse and dense digits)', () => {
    const lines = datasetTexts;
    const corpus = corpusOf;
    const doc = corpus(lines('benign/documentation.jsonl'), 1 << 20, 101);
    expect(digitRuns(doc)).not.toBeNull();
    same(doc);
    same(corpus(lines('guards/presidio-synth-pii-dev.jsonl'), 1 << 18));
    same(corpus(lines('benign/code_technical.jsonl'), 1 << 18));
  });
});
