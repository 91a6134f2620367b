import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOf } from './canonical-json.js';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":1}]},"b":1}',
    );
  });

  it('is independent of insertion order', () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });

  it('refuses NaN and Infinity instead of hashing them as null', () => {
    expect(() => canonicalJson({ cost: Number.NaN })).toThrow(/non-finite/);
    expect(() => canonicalJson([Infinity])).toThrow(/non-finite/);
  });

  it('orders keys exactly as Array.prototype.sort does, few or many, ASCII or not (and quotes them as JSON does)', () => {
    const alphabet = ['a', 'B', 'z', '_', 'é', 'Z', '0', '\u{1F600}', '"', '\\', 'ä', '\u2028', '\ud800'];
    let seed = 7;
    const next = (): number => (seed = (seed * 48271) % 2147483647);
    for (const size of [2, 3, 10, 31, 32, 33, 80]) {
      const keys = new Set<string>();
      while (keys.size < size) {
        let key = '';
        for (let n = 1 + (next() % 4); n > 0; n--) key += alphabet[next() % alphabet.length];
        keys.add(key);
      }
      const shuffled = [...keys].sort(() => (next() % 3) - 1);
      const value = Object.fromEntries(shuffled.map((k, i) => [k, i]));
      const sorted = Object.keys(value).sort();
      const expected = '{' + sorted.map((k) => `${JSON.stringify(k)}:${value[k]}`).join(',') + '}';
      expect(canonicalJson(value)).toBe(expected);
    }
  });

  it('writes numbers as JSON does, negative zero included', () => {
    expect(canonicalJson([0, -0, 1e21, 1.5e-7, -12.25, 2 ** 53])).toBe(
      JSON.stringify([0, -0, 1e21, 1.5e-7, -12.25, 2 ** 53]),
    );
  });
});

describe('canonicalJsonOf', () => {
  const names = ['seq', 'kind', 'time', 'extra', 'content', 'prevHash', 'Zed', 'é'];
  const pick = (value: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(names.filter((n) => n in value).map((n) => [n, value[n]]));

  it('equals canonicalJson of the named members, whatever their order, and ignores the rest', () => {
    const value = {
      time: '2026-11-25T18:00:00.000Z',
      hash: 'not hashed',
      seq: 7,
      é: 'accent',
      Zed: null,
      extra: { z: [1, { b: 2, a: undefined }], a: 'x' },
      content: { response: null, prompt: 'p', mode: 'full' },
      kind: undefined,
    };
    expect(canonicalJsonOf(names)(value)).toBe(canonicalJson(pick(value)));
    expect(canonicalJsonOf(names)(value)).toBe(
      '{"Zed":null,"content":{"mode":"full","prompt":"p","response":null},"extra":{"a":"x","z":[1,{"b":2}]},"seq":7,"time":"2026-11-25T18:00:00.000Z","é":"accent"}',
    );
  });

  it('agrees with canonicalJson on random records', () => {
    let seed = 12345;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const leaf = (): unknown => {
      const r = rand();
      if (r < 0.2) return null;
      if (r < 0.4) return Math.round(rand() * 1e6) / 1e3 - 500;
      if (r < 0.5) return rand() < 0.5;
      if (r < 0.6) return undefined;
      return String.fromCharCode(
        ...Array.from({ length: 1 + Math.floor(rand() * 6) }, () => Math.floor(rand() * 0x2100)),
      );
    };
    const value = (depth: number): unknown => {
      if (depth === 0 || rand() < 0.4) return leaf();
      if (rand() < 0.5) return Array.from({ length: Math.floor(rand() * 4) }, () => value(depth - 1));
      return Object.fromEntries(
        Array.from({ length: Math.floor(rand() * 5) }, () => [String(leaf()), value(depth - 1)]),
      );
    };
    for (let i = 0; i < 300; i++) {
      const record: Record<string, unknown> = {};
      for (const name of [...names, 'other'].sort(() => rand() - 0.5))
        if (rand() < 0.8) record[name] = value(3);
      expect(canonicalJsonOf(names)(record)).toBe(canonicalJson(pick(record)));
    }
  });
});
