import { describe, expect, it } from 'vitest';
import { BufferSource } from '../io/byte-source.js';
import { scanPickle } from './pickle.js';
import type { ModelFinding, ScanContext } from './types.js';

const u = (s: string) => Buffer.concat([Buffer.from([0x8c, Buffer.byteLength(s)]), Buffer.from(s)]); // SHORT_BINUNICODE
const g = (m: string, n: string) => Buffer.from(`c${m}\n${n}\n`); // GLOBAL
const P = (...parts: (Buffer | number[])[]) =>
  Buffer.concat(parts.map((p) => (Buffer.isBuffer(p) ? p : Buffer.from(p))));

function scan(bytes: Buffer, multi = false): { findings: ModelFinding[]; globals: string[] } {
  const ctx: ScanContext = { location: 't.pkl', depth: 0, findings: [], errors: [] };
  const nested: ModelFinding[] = [];
  const r = scanPickle(new BufferSource(bytes), ctx, {
    multi,
    onNested: (src) => {
      const inner: ScanContext = { location: 'inner', depth: 1, findings: nested, errors: [] };
      scanPickle(src, inner);
    },
  });
  return { findings: [...ctx.findings, ...nested], globals: r.globals };
}

describe('pickle opcode walker', () => {
  it('passes allow-listed globals and flags everything else with a severity', () => {
    const ok = scan(P([0x80, 2], g('collections', 'OrderedDict'), [0x29, 0x52, 0x2e]));
    expect(ok.globals).toEqual(['collections.OrderedDict']);
    expect(ok.findings).toEqual([]);
    const bad = scan(P([0x80, 2], g('os', 'system'), u('id'), [0x85, 0x52, 0x2e]));
    expect(bad.findings).toMatchObject([{ severity: 'critical', rule: 'pickle.unsafe-global', offset: 2 }]);
    const unknown = scan(P([0x80, 2], g('mypkg.models', 'helper'), [0x29, 0x52, 0x2e]));
    expect(unknown.findings[0]?.severity).toBe('high');
  });

  it('resolves STACK_GLOBAL operands through the memo (a classic scanner bypass)', () => {
    // "os" -> memo 0, "system" -> memo 1, popped, then fetched back with BINGET for STACK_GLOBAL.
    const bytes = P(
      [0x80, 4],
      u('os'),
      [0x94],
      u('system'),
      [0x94, 0x30, 0x30, 0x68, 0, 0x68, 1, 0x93],
      u('x'),
      [0x85, 0x52, 0x2e],
    );
    expect(scan(bytes).findings.map((f) => f.message)).toEqual([
      'STACK_GLOBAL imports os.system: imports a code-execution, import or I/O primitive',
    ]);
  });

  it('reports a STACK_GLOBAL whose operands are computed, and EXT opcodes', () => {
    const dyn = P([0x80, 4], g('builtins', 'str'), u('os'), [0x85, 0x52], u('system'), [0x93, 0x2e]);
    expect(scan(dyn).findings.map((f) => f.rule)).toEqual(['pickle.dynamic-global']);
    expect(scan(P([0x80, 2, 0x82, 7, 0x29, 0x52, 0x2e])).findings.map((f) => f.rule)).toEqual([
      'pickle.extension-code',
    ]);
  });

  it('finds a pickle hidden in a bytes value and a second pickle after STOP', () => {
    const evil = P([0x80, 2], g('posix', 'system'), u('id'), [0x85, 0x52, 0x2e]);
    const len = Buffer.alloc(4);
    len.writeUInt32LE(evil.length);
    expect(scan(P([0x80, 3, 0x42], len, evil, [0x2e])).findings[0]?.location).toBe('inner');
    const two = scan(P([0x80, 2, 0x4e, 0x2e], evil), true);
    expect(two.globals).toEqual(['posix.system']);
  });

  it('walks protocol 0 text opcodes (INST, STRING, PUT/GET)', () => {
    const p0 = Buffer.from("(S'echo'\np0\ng0\nisubprocess\ncall\n.");
    expect(scan(p0).findings[0]?.message).toMatch(/INST imports subprocess\.call/);
  });

  it('throws clear errors on truncation, unknown opcodes, underflow and bad memo reads', () => {
    expect(() => scan(P([0x80, 2], g('os', 'sys')))).toThrow(/truncated|STOP/);
    expect(() => scan(Buffer.from([0x80, 4, 0xf0]))).toThrow(/unknown opcode 0xf0/);
    expect(() => scan(Buffer.from([0x80, 4, 0x30, 0x2e]))).toThrow(/stack underflow/);
    expect(() => scan(Buffer.from([0x80, 4, 0x68, 9, 0x2e]))).toThrow(/memo key 9/);
    expect(() => scan(Buffer.from([0x80, 2, 0x42, 0xff, 0xff, 0xff, 0x00, 0x2e]))).toThrow(
      /needed 16777215 bytes/,
    );
  });

  it('keeps memory flat on a list of millions of ints (opaque values stored as counts)', () => {
    const n = 2_000_000;
    const body = Buffer.alloc(n * 2);
    for (let i = 0; i < n; i++) body[2 * i] = 0x4b;
    const before = process.memoryUsage().heapUsed;
    const r = scan(P([0x80, 4, 0x5d, 0x28], body, [0x65, 0x2e]));
    expect(r.findings).toEqual([]);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 << 20);
  });
});
