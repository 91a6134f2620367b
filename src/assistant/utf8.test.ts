import { describe, expect, it } from 'vitest';
import { describeInvalidUtf8, findInvalidUtf8 } from './utf8.js';

const bytes = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('findInvalidUtf8', () => {
  it('accepts UTF-8, including 2-, 3- and 4-byte characters and a BOM', () => {
    expect(findInvalidUtf8(bytes('plain ASCII\n'))).toBeNull();
    expect(findInvalidUtf8(bytes('\uFEFFcafé — 日本語 😀\n'))).toBeNull();
    expect(findInvalidUtf8(new Uint8Array(0))).toBeNull();
  });

  it('names the offset, line and byte of the first invalid sequence', () => {
    // "café" in Latin-1 on line 3.
    const latin1 = bytes('# Menu\n\nthe caf', [0xe9], ' is open\n');
    expect(findInvalidUtf8(latin1)).toEqual({ offset: 15, line: 3, byte: 0xe9 });
    // Valid multi-byte characters before the error are stepped over whole.
    expect(findInvalidUtf8(bytes('é€😀', [0x80]))).toEqual({ offset: 9, line: 1, byte: 0x80 });
  });

  it('rejects overlongs, surrogates, code points past U+10FFFF and truncated sequences', () => {
    expect(findInvalidUtf8(bytes('a', [0xc0, 0xaf]))?.offset).toBe(1); // overlong "/"
    expect(findInvalidUtf8(bytes('a', [0xe0, 0x80, 0xaf]))?.offset).toBe(1); // overlong 3-byte
    expect(findInvalidUtf8(bytes('a', [0xed, 0xa0, 0x80]))?.offset).toBe(1); // U+D800
    expect(findInvalidUtf8(bytes('a', [0xf4, 0x90, 0x80, 0x80]))?.offset).toBe(1); // U+110000
    expect(findInvalidUtf8(bytes('ab', [0xe2, 0x82]))).toEqual({ offset: 2, line: 1, byte: 0xe2 });
  });

  it('says how to fix it, and recognises UTF-16', () => {
    const latin1 = bytes('caf', [0xe9]);
    expect(describeInvalidUtf8(latin1, findInvalidUtf8(latin1)!)).toBe(
      'not UTF-8: byte 0xE9 at offset 3 (line 1) is not valid UTF-8; convert the file to UTF-8 (e.g. iconv -f latin1 -t utf-8) and ingest it again',
    );
    const utf16 = Buffer.from('\uFEFF# Title\n', 'utf16le');
    expect(describeInvalidUtf8(utf16, findInvalidUtf8(utf16)!)).toMatch(
      /^not UTF-8 \(it starts with a UTF-16 byte-order mark\): byte 0xFF at offset 0 \(line 1\)/,
    );
  });
});
