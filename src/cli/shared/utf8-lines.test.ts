import { describe, expect, it } from 'vitest';
import { firstBadByte, utf8Lines, type Utf8Line } from './utf8-lines.js';

async function lines(...chunks: (string | number[])[]): Promise<Utf8Line[]> {
  const source = chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : Buffer.from(c)));
  const out: Utf8Line[] = [];
  for await (const line of utf8Lines(source)) out.push(line);
  return out;
}

describe('utf8Lines', () => {
  it('splits on LF and CRLF, joins lines cut across chunks (also inside a character), keeps a last line', async () => {
    const euro = [...Buffer.from('€')];
    expect(await lines('a\r\nb', 'c\n', [0x64, ...euro.slice(0, 1)], euro.slice(1), '\ne')).toEqual([
      { text: 'a' },
      { text: 'bc' },
      { text: 'd€' },
      { text: 'e' },
    ]);
    expect(await lines('')).toEqual([]);
    expect(await lines('\n\n')).toEqual([{ text: '' }, { text: '' }]);
  });

  it('reports a line with a byte that is not UTF-8 (Latin-1 é, a lone continuation, a cut character)', async () => {
    expect(
      await lines('ok\n', [0x63, 0x61, 0x66, 0xe9, 0x0a], 'next\n', [0x61, 0x80], '\n', [0xe2, 0x82]),
    ).toEqual([{ text: 'ok' }, { badByte: 3 }, { text: 'next' }, { badByte: 1 }, { badByte: 0 }]);
  });
});

describe('firstBadByte', () => {
  it('finds overlong forms, surrogates and code points past U+10FFFF, not valid characters', () => {
    expect(firstBadByte(Buffer.from('héllo €𝄞'))).toBe(Buffer.byteLength('héllo €𝄞'));
    expect(firstBadByte(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1); // overlong "/"
    expect(firstBadByte(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2); // surrogate D800
    expect(firstBadByte(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // U+110000
    expect(firstBadByte(Buffer.from([0xe0, 0x80, 0x80]))).toBe(0); // overlong 3-byte
  });
});
