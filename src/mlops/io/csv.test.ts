import { describe, expect, it } from 'vitest';
import { CsvParser, parseCsv } from './csv.js';

describe('CsvParser', () => {
  it('handles quotes, escaped quotes, embedded newlines and CRLF', () => {
    const rows = parseCsv('a,"b ""q"", c",d\r\n"multi\nline",2,3\n', { delimiter: ',', quote: true });
    expect(rows.map((r) => r.fields)).toEqual([
      ['a', 'b "q", c', 'd'],
      ['multi\nline', '2', '3'],
    ]);
    expect(rows[1]?.line).toBe(2);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    const text = 'x,"y""z"\n"1\n2",3\nlast,row';
    const whole = parseCsv(text, { delimiter: ',', quote: true }).map((r) => r.fields);
    for (let cut = 1; cut < text.length; cut++) {
      const p = new CsvParser({ delimiter: ',', quote: true });
      const got = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut)), ...p.end().records].map(
        (r) => r.fields,
      );
      expect(got).toEqual(whole);
    }
  });

  it('treats quotes as data in TSV and reports an unterminated quote in CSV', () => {
    expect(parseCsv('ham\t"hi\nspam\tok\n', { delimiter: '\t', quote: false }).map((r) => r.fields)).toEqual([
      ['ham', '"hi'],
      ['spam', 'ok'],
    ]);
    expect(() => parseCsv('a,"open\nb,c\n', { delimiter: ',', quote: true })).toThrow(
      /unterminated quoted field starting on line 1/,
    );
  });
});
