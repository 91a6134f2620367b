import { describe, expect, it } from 'vitest';
import { decodeUtf8Checked, describeBadUtf8, firstBadByte, type BadUtf8 } from './utf8.js';

async function decode(...chunks: (string | number[])[]): Promise<{ text: string; bad: BadUtf8[] }> {
  const bad: BadUtf8[] = [];
  let text = '';
  for await (const t of decodeUtf8Checked(
    chunks.map((c) => Buffer.from(c as string)),
    (b) => bad.push(b),
  ))
    text += t;
  return { text, bad };
}

describe('decodeUtf8Checked', () => {
  it('decodes characters cut across chunks without a report, and drops a leading byte-order mark', async () => {
    const euro = [...Buffer.from('€')];
    const emoji = [...Buffer.from('😀')];
    const got = await decode(
      [0xef, 0xbb, 0xbf, 0x61, ...euro.slice(0, 2)],
      [euro[2]!, 0x0a, ...emoji.slice(0, 1)],
      emoji.slice(1),
    );
    expect(got).toEqual({ text: 'a€\n😀', bad: [] });
  });

  it('names the line, the offsets and the byte of each line holding bytes that are not UTF-8', async () => {
    // Latin-1 "café" on line 2, a lone continuation byte on line 4 (split across chunks), a cut character at the end.
    const got = await decode(
      'ok\n',
      [0x63, 0x61, 0x66, 0xe9, 0x0a],
      'next\nx',
      [0x80, 0x80],
      '\n',
      [0xe2, 0x82],
    );
    expect(got.bad).toEqual([
      { line: 2, lineOffset: 3, offset: 6, byte: 0xe9 },
      { line: 4, lineOffset: 1, offset: 14, byte: 0x80 },
      { line: 5, lineOffset: 0, offset: 17, byte: 0xe2 },
    ]);
    expect(got.text).toBe('ok\ncaf\uFFFD\nnext\nx\uFFFD\uFFFD\n\uFFFD');
  });

  it('says UTF-16 when the file starts with its byte-order mark', async () => {
    const { bad } = await decode([0xff, 0xfe, 0x61, 0x00]);
    expect(bad).toHaveLength(1);
    expect(describeBadUtf8(bad[0]!)).toMatch(/byte 0xff at offset 0 of the line .*looks like UTF-16/);
  });

  it('finds the first bad byte (overlong forms, surrogates, beyond U+10FFFF)', () => {
    expect(firstBadByte(Buffer.from('abc'))).toBe(3);
    expect(firstBadByte(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstBadByte(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstBadByte(Uint8Array.from([0x61, 0xf4, 0x90, 0x80, 0x80]))).toBe(1);
  });
});
