import { describe, expect, it } from 'vitest';
import { withMembers } from './objects.js';

/** Own members in order with their descriptors and the prototype: what the spread's result is made of. */
function anatomy(value: object) {
  return {
    proto: Object.getPrototypeOf(value) as unknown,
    members: Reflect.ownKeys(value).map((key) => [key, Object.getOwnPropertyDescriptor(value, key)]),
    json: JSON.stringify(value),
  };
}

describe('withMembers', () => {
  const bodies = [
    '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}],"max_tokens":64}',
    '{"messages":[],"stream":true,"model":"m","stream_options":{"include_usage":false},"user":"u"}',
    '{"stream":false}',
    '{}',
    '{"__proto__":{"polluted":true},"model":"m"}',
    '{"a":null,"b":[1,2],"c":{"d":1},"stream":null}',
  ];
  const extras: object[] = [
    { stream: false },
    { stream: true, stream_options: { include_usage: true } },
    { model: 'upstream-model' },
    { 'x-request-id': 'req-1' },
    { stream: undefined, stream_options: undefined },
    {},
  ];

  it('builds what { ...source, ...extra } builds: members, order, values, prototype', () => {
    for (const body of bodies) {
      for (const extra of extras) {
        const source = JSON.parse(body) as Record<string, unknown>;
        const expected = { ...source, ...extra };
        const actual = withMembers(source, extra);
        expect(anatomy(actual)).toEqual(anatomy(expected));
      }
    }
  });

  it('keeps an own __proto__ key a member: the copy keeps Object.prototype', () => {
    const source = JSON.parse('{"__proto__":{"polluted":true}}') as object;
    const copy = withMembers(source, { stream: false }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy.polluted).toBeUndefined();
    expect(Object.keys(copy)).toEqual(['__proto__', 'stream']);
  });

  it('leaves the source alone and shares nested values as the spread does', () => {
    const messages = [{ role: 'user', content: 'hi' }];
    const source = { model: 'm', messages };
    const copy = withMembers(source, { stream: false });
    expect(source).toEqual({ model: 'm', messages });
    expect(copy.messages).toBe(messages);
  });

  it('copies only own enumerable members, as the spread does', () => {
    const proto = { inherited: 1 };
    const source = Object.create(proto) as Record<string, unknown>;
    source.own = 2;
    Object.defineProperty(source, 'hidden', { value: 3, enumerable: false });
    expect(withMembers(source, { x: 4 })).toEqual({ own: 2, x: 4 });
    expect(Object.keys(withMembers(source, { x: 4 }))).toEqual(Object.keys({ ...source, x: 4 }));
  });
});
