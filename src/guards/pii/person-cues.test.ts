import { describe, expect, it } from 'vitest';
import { corpusOf, datasetTexts } from '../../../bench/guards/datasets.js';
import { mulberry32 } from '../../core/random.js';
import { PERSON_CUES, PERSON_CUE_STARTS, personCues } from './heuristics.js';

/**
 * findPersons tries PERSON_CUES only where one of PERSON_CUE_STARTS begins (found by the keyword index). That is
 * exact only if every match of the regex starts with one of them: the matches (position, text) must equal a plain
 * matchAll over the whole text.
 */
const flat = (ms: Iterable<RegExpExecArray>): string => JSON.stringify([...ms].map((m) => [m.index, m[0]]));

function same(text: string): number {
  const expected = flat(text.matchAll(PERSON_CUES));
  const actual = flat(personCues(text));
  if (actual !== expected) expect({ text, actual }).toEqual({ text, actual: expected });
  return (JSON.parse(expected) as unknown[]).length;
}

// Cue words in every case, their near misses, word characters glued on, and the non-ASCII letters whose case
// folding reaches ASCII under other rules (dotless i, long s, Kelvin sign, fullwidth): none may match without /u.
const PIECES = [
  ...PERSON_CUE_STARTS,
  ...PERSON_CUE_STARTS.map((c) => c.toUpperCase()),
  'My Name Is',
  'MRS.',
  'Mrs',
  'Dr.',
  'Prof.',
  'i’m',
  'ı am',
  'ſaid',
  'DIRECTED BY',
  'xsaid',
  '_dear',
  '9mr',
  'named',
  'nam',
  'name',
  ' is',
  'hell',
  'o',
  'than',
  'ks',
  'Ana',
  'Lopez',
  'K',
  '\u212a',
  'ｍｒ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00a0',
  '\u3000',
  ',',
  '.',
  ':',
  "'",
  'é',
  '😀',
];

describe('PERSON_CUES tried at cue starts equals plain matchAll', () => {
  it('on random mixes of cue words, near misses, cases and Unicode letters', () => {
    const next = mulberry32(11);
    let matches = 0;
    for (let i = 0; i < 4000; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(next() * 16);
      for (let j = 0; j < n; j++) parts.push(PIECES[Math.floor(next() * PIECES.length)] as string);
      matches += same(i % 2 === 0 ? parts.join('') : parts.join(' '));
    }
    // The comparison is only worth something if the texts are full of matches.
    expect(matches).toBeGreaterThan(3000);
  });

  it('on the 1 MB benchmark documents and the Presidio rows', () => {
    const doc = corpusOf(datasetTexts('benign/documentation.jsonl'), 1 << 20, 101);
    expect(same(doc)).toBeGreaterThan(100);
    const rows = datasetTexts('guards/presidio-synth-pii-dev.jsonl');
    let matches = 0;
    for (const row of rows) matches += same(row);
    expect(matches).toBeGreaterThan(100);
  });
});
