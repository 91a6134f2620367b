import { describe, expect, it } from 'vitest';
import { compileTerms } from './term-scanner.js';

function found(terms: string[], text: string): string[] {
  const out: string[] = [];
  compileTerms(terms).scan(text, (start, end, id) => {
    out.push(`${start}:${terms[id]}:${text.slice(start, end)}`);
  });
  return out;
}

describe('term scanner', () => {
  it('reports every term at a position, longest first, and stems match longer words', () => {
    expect(found(['ignore', 'ignore all', 'ignorier'], 'ignore all; ignorieren')).toEqual([
      '0:ignore all:ignore all',
      '0:ignore:ignore',
      '12:ignorier:ignorier',
    ]);
  });

  it('starts Latin, Cyrillic and Devanagari terms only at word starts', () => {
    expect(found(['vergiss'], 'unvergisslich vergiss')).toEqual(['14:vergiss:vergiss']);
    expect(found(['забудь'], 'призабудь забудь')).toEqual(['10:забудь:забудь']);
    expect(found(['नियम'], 'अनियमित नियम')).toEqual(['8:नियम:नियम']);
  });

  it('matches inside words in scripts written without spaces', () => {
    expect(found(['指令'], '请忽略之前的指令')).toEqual(['6:指令:指令']);
    expect(found(['무시'], '규칙을무시해')).toEqual(['3:무시:무시']);
  });

  it('lets an Arabic term follow one or two one-letter proclitics, but not other letters', () => {
    expect(found(['تجاهل'], 'وتجاهل')).toEqual(['1:تجاهل:تجاهل']);
    expect(found(['تجاهل'], 'وفتجاهل')).toEqual(['2:تجاهل:تجاهل']);
    expect(found(['تجاهل'], 'متجاهل')).toEqual([]);
  });

  it('finds one- and two-character terms and punctuation terms, and stops when asked', () => {
    expect(found(['"', 'ia'], 'dit "ok" ia')).toEqual(['4:":"', '7:":"', '9:ia:ia']);
    const seen: number[] = [];
    compileTerms(['a']).scan('a a a', (s) => {
      seen.push(s);
      return seen.length < 2;
    });
    expect(seen).toEqual([0, 2]);
  });

  it('starts terms flagged "anywhere" inside words too, and only those', () => {
    const terms = ['bombe', 'bomb', 'пароль'];
    const out: string[] = [];
    compileTerms(terms, { anywhere: [true, false, true] }).scan(
      'rohrbombe, abomb, bomb, спароль',
      (s, e, id) => {
        out.push(`${s}:${terms[id]}`);
      },
    );
    // "bombe" inside "rohrbombe"; "bomb" (word start only) not inside "abomb"; Cyrillic flagged anywhere.
    expect(out).toEqual(['4:bombe', '18:bomb', '25:пароль']);
  });
});

describe('term scanner trie walk', () => {
  // Chains (single-child nodes), branching nodes, terms ending inside longer terms and one-character terms: every
  // shape the walk takes a different path for. Found by brute force at every position, without the trie.
  const terms = ['a', 'ab', 'abc', 'abcd', 'abd', 'b', 'bcd', 'bcde', 'cd', 'dab', 'ddd', 'x', 'xyzzy', '"'];
  function brute(text: string): string[] {
    const out: string[] = [];
    const word = (c: string | undefined): boolean => c !== undefined && /[a-z]/.test(c);
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== '"' && word(text[i - 1])) continue;
      const here = terms
        .map((t, id) => ({ t, id }))
        .filter(({ t }) => text.startsWith(t, i))
        .sort((p, q) => q.t.length - p.t.length);
      for (const { t } of here) out.push(`${i}:${t}:${t}`);
    }
    return out;
  }

  it('finds exactly what a brute-force search finds on random texts', () => {
    let seed = 7;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const alphabet = 'abcdxyz "';
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = rand(40); i >= 0; i--) text += alphabet[rand(alphabet.length)];
      expect(found(terms, text), text).toEqual(brute(text));
    }
  });
});
