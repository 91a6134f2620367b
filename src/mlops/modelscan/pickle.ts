import { BufferSource, ByteReader, type ByteSource } from '../io/byte-source.js';
import { judgeGlobal } from './safe-globals.js';
import { report, type ScanContext } from './types.js';

/**
 * A pickle opcode walker for protocols 0–5. It never unpickles: it simulates the stack just enough to learn
 * which globals are imported (GLOBAL, INST, STACK_GLOBAL with operands from literals or the memo — the
 * `pkgutil.resolve_name` / memo-indirection bypasses) and reports every one outside the allow-list.
 */
type Value =
  | { t: 'str'; v: string }
  | { t: 'global'; module: string; name: string }
  | { t: 'bytes' }
  | { t: 'tuple'; items: Value[] }
  | { t: 'any' }
  | { t: 'mark' };

const ANY: Value = { t: 'any' };
const BYTES: Value = { t: 'bytes' };
const MARK: Value = { t: 'mark' };
/** Opcode → total size (opcode + argument) of scalar opcodes that push one opaque value; 0 for all others. */
const SCALAR_SIZE = new Uint8Array(256);
SCALAR_SIZE[0x4b] = 2; // BININT1
SCALAR_SIZE[0x4d] = 3; // BININT2
SCALAR_SIZE[0x4a] = 5; // BININT
SCALAR_SIZE[0x47] = 9; // BINFLOAT
SCALAR_SIZE[0x4e] = 1; // NONE
SCALAR_SIZE[0x88] = 1; // NEWTRUE
SCALAR_SIZE[0x89] = 1; // NEWFALSE

/** Longer strings are kept as ANY: no real module or attribute name is this long. */
const MAX_NAME = 1024;
/** Byte payloads up to this size are checked for an embedded pickle (a pickle hidden inside a pickle). */
const NESTED_MAX = 64 << 20;

export class MalformedError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(`offset ${offset}: ${message}`);
    this.name = 'MalformedError';
  }
}

export interface PickleScanOptions {
  /** Keep reading pickles after STOP while the next bytes start a new one (legacy torch, joblib). */
  multi?: boolean;
  /** Called for byte payloads that look like pickles, to scan them as nested files. */
  onNested?: (source: ByteSource, offset: number) => void;
}

export interface PickleScanResult {
  pickles: number;
  globals: string[];
  /**
   * The storages a legacy torch.save object pickle refers to, by key: its persistent ids are tuples
   * `('storage', torch.FloatStorage, key, location, numel, …)`, and the raw data of each follows the pickles.
   */
  storages: Map<string, string>;
  /** Where the last pickle ended (raw tensor data may follow). */
  end: number;
}

/** True when the bytes start like a protocol 2+ pickle: PROTO opcode with version 2..5. */
export function looksLikePickle(head: Buffer): boolean {
  return head.length >= 2 && head[0] === 0x80 && (head[1] as number) >= 2 && (head[1] as number) <= 5;
}

function decodeText(buf: Buffer, latin1: boolean): Value {
  if (buf.length > MAX_NAME) return ANY;
  return { t: 'str', v: latin1 ? buf.toString('latin1') : buf.toString('utf8') };
}

/** Protocol 0 `S'…'` / `V…` argument: quoted with Python escapes; good enough for module/attribute names. */
function decodeLine(buf: Buffer, quoted: boolean): Value {
  let s = buf.toString('latin1');
  if (quoted) {
    const q = s[0];
    if ((q === "'" || q === '"') && s.endsWith(q)) s = s.slice(1, -1);
  }
  s = s.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  s = s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return s.length > MAX_NAME ? ANY : { t: 'str', v: s };
}

/**
 * The simulated stack. Runs of opaque values are stored as counts: a pickle of 30 million ints must not cost
 * 30 million array slots (that would be a memory-exhaustion attack on the scanner itself).
 */
class AbstractStack {
  private readonly values: Value[] = [];
  private readonly counts: number[] = [];

  push(v: Value): void {
    const last = this.values.length - 1;
    if (v === ANY && last >= 0 && this.values[last] === ANY) this.counts[last] = (this.counts[last] ?? 1) + 1;
    else {
      this.values.push(v);
      this.counts.push(1);
    }
  }

  pop(): Value | undefined {
    const last = this.values.length - 1;
    if (last < 0) return undefined;
    const v = this.values[last];
    if ((this.counts[last] ?? 1) > 1) this.counts[last] = (this.counts[last] ?? 2) - 1;
    else {
      this.values.pop();
      this.counts.pop();
    }
    return v;
  }

  top(): Value | undefined {
    return this.values[this.values.length - 1];
  }

  /**
   * The values above the topmost MARK, bottom first, when there are at most `max` of them (opaque runs expanded),
   * dropping them and the MARK like popMark; `many` when there are more (dropped too), `none` without a MARK.
   */
  popMarkItems(max: number): Value[] | 'many' | 'none' {
    const i = this.topMark();
    if (i < 0) return 'none';
    let n = 0;
    for (let k = i + 1; k < this.values.length; k++) n += this.counts[k] ?? 1;
    const items: Value[] = [];
    if (n <= max)
      for (let k = i + 1; k < this.values.length; k++)
        for (let c = this.counts[k] ?? 1; c > 0; c--) items.push(this.values[k] as Value);
    this.truncate(i);
    return n <= max ? items : 'many';
  }

  /** Drops everything down to and including the topmost MARK; false when there is none. */
  popMark(): boolean {
    const i = this.topMark();
    if (i < 0) return false;
    this.truncate(i);
    return true;
  }

  /** The index of the topmost MARK, or -1. */
  private topMark(): number {
    for (let i = this.values.length - 1; i >= 0; i--) if (this.values[i] === MARK) return i;
    return -1;
  }

  private truncate(length: number): void {
    this.values.length = length;
    this.counts.length = length;
  }
}

export function scanPickle(
  source: ByteSource,
  ctx: ScanContext,
  options: PickleScanOptions = {},
): PickleScanResult {
  const reader = new ByteReader(source);
  const result: PickleScanResult = { pickles: 0, globals: [], storages: new Map(), end: 0 };
  do {
    walkOne(reader, ctx, options, result);
    result.pickles++;
    result.end = reader.pos;
  } while (options.multi && reader.remaining >= 2 && looksLikePickle(reader.peek(2)));
  return result;
}

function walkOne(
  r: ByteReader,
  ctx: ScanContext,
  options: PickleScanOptions,
  result: PickleScanResult,
): void {
  const stack = new AbstractStack();
  const memo = new Map<number, Value>();
  const seen = new Set<string>();
  const pop = (at: number): Value => {
    const v = stack.pop();
    if (v === undefined) throw new MalformedError(at, 'stack underflow');
    return v;
  };
  const popMark = (at: number): void => {
    if (!stack.popMark()) throw new MalformedError(at, 'no MARK on the stack');
  };
  const top = (at: number): Value => {
    const v = stack.top();
    if (v === undefined) throw new MalformedError(at, 'empty stack');
    return v;
  };
  const importGlobal = (module: string, name: string, at: number, how: string) => {
    const full = `${module}.${name}`;
    result.globals.push(full);
    const verdict = judgeGlobal(module, name);
    if (!verdict.safe && !seen.has(full)) {
      seen.add(full);
      report(ctx, verdict.severity, 'pickle.unsafe-global', `${how} imports ${full}: ${verdict.reason}`, at);
    }
    return { t: 'global', module, name } as Value;
  };
  const bytesPayload = (n: number, at: number) => {
    // Large payloads (tensor bytes) are skipped without pulling them through the read window.
    const head = n > 65536 ? r.source.read(r.pos, 2) : r.peek(2);
    if (options.onNested && n <= NESTED_MAX && n >= 2 && looksLikePickle(head)) {
      const data = Buffer.from(r.bytes(n, 'bytes payload'));
      options.onNested(new BufferSource(data), at);
    } else r.skip(n, 'bytes payload');
    stack.push(BYTES);
  };
  for (;;) {
    // Fast path: runs of fixed-size scalar opcodes (a pickled list of a million ints or floats) are decoded in
    // place, without a method call per opcode. Anything else falls through to the full switch below.
    if (r.pos < r.length) {
      const { buffer, start, base } = r.view();
      let i = start;
      const end = buffer.length;
      for (;;) {
        const c = buffer[i];
        const size = c === undefined ? 0 : SCALAR_SIZE[c];
        if (size === undefined || size === 0 || i + size > end) break;
        stack.push(ANY);
        i += size;
      }
      r.pos = base + i;
    }
    const at = r.pos;
    if (r.pos >= r.length)
      throw new MalformedError(at, 'file ends before the STOP opcode (truncated pickle)');
    const op = r.u8();
    switch (op) {
      case 0x80: {
        // PROTO
        const v = r.u8();
        if (v > 5) throw new MalformedError(at, `unsupported pickle protocol ${v}`);
        break;
      }
      case 0x95:
        r.u64('FRAME length');
        break; // FRAME: the framed opcodes follow inline
      case 0x2e: // STOP
        return;
      case 0x28:
        stack.push(MARK);
        break;
      case 0x30:
        pop(at);
        break;
      case 0x31:
        popMark(at);
        break;
      case 0x32:
        stack.push(top(at));
        break;
      case 0x46:
      case 0x49:
      case 0x4c:
        r.line();
        stack.push(ANY);
        break; // FLOAT INT LONG
      case 0x4a:
        r.skip(4);
        stack.push(ANY);
        break;
      case 0x4b:
        r.skip(1);
        stack.push(ANY);
        break;
      case 0x4d:
        r.skip(2);
        stack.push(ANY);
        break;
      case 0x47:
        r.skip(8);
        stack.push(ANY);
        break;
      case 0x4e:
      case 0x88:
      case 0x89:
        stack.push(ANY);
        break; // NONE NEWTRUE NEWFALSE
      case 0x8a:
        r.skip(r.u8());
        stack.push(ANY);
        break; // LONG1
      case 0x8b:
        r.skip(r.i32());
        stack.push(ANY);
        break; // LONG4
      case 0x53:
        stack.push(decodeLine(r.line(), true));
        break; // STRING
      case 0x56:
        stack.push(decodeLine(r.line(), false));
        break; // UNICODE
      case 0x54: {
        const n = r.i32();
        if (n < 0) throw new MalformedError(at, 'negative BINSTRING length');
        stack.push(n > MAX_NAME ? (r.skip(n), ANY) : decodeText(r.bytes(n), true));
        break;
      }
      case 0x55:
        stack.push(decodeText(r.bytes(r.u8()), true));
        break; // SHORT_BINSTRING
      case 0x58: {
        const n = r.u32();
        stack.push(n > MAX_NAME ? (r.skip(n), ANY) : decodeText(r.bytes(n), false));
        break;
      }
      case 0x8c:
        stack.push(decodeText(r.bytes(r.u8()), false));
        break; // SHORT_BINUNICODE
      case 0x8d: {
        const n = r.u64();
        stack.push(n > MAX_NAME ? (r.skip(n), ANY) : decodeText(r.bytes(n), false));
        break;
      }
      case 0x42:
        bytesPayload(r.u32(), at);
        break; // BINBYTES
      case 0x43:
        bytesPayload(r.u8(), at);
        break; // SHORT_BINBYTES
      case 0x8e:
      case 0x96:
        bytesPayload(r.u64(), at);
        break; // BINBYTES8 BYTEARRAY8
      case 0x50:
        r.line();
        stack.push(ANY);
        break; // PERSID
      case 0x51: {
        // BINPERSID: torch's storage references, kept so the raw data after the pickles can be checked.
        const pid = pop(at);
        if (pid.t === 'tuple') storageRef(pid.items, result.storages);
        stack.push(ANY);
        break;
      }
      case 0x52: {
        pop(at);
        pop(at);
        stack.push(ANY);
        break;
      } // REDUCE
      case 0x61:
        pop(at);
        break; // APPEND
      case 0x65:
      case 0x75:
      case 0x90:
        popMark(at);
        break; // APPENDS SETITEMS ADDITEMS
      case 0x62:
        pop(at);
        break; // BUILD
      case 0x74: {
        // TUPLE: short ones keep their items (a storage's persistent id has five or six).
        const items = stack.popMarkItems(8);
        if (items === 'none') throw new MalformedError(at, 'no MARK on the stack');
        stack.push(items === 'many' ? ANY : { t: 'tuple', items });
        break;
      }
      case 0x64:
      case 0x6c:
      case 0x91:
        popMark(at);
        stack.push(ANY);
        break; // DICT LIST FROZENSET
      case 0x7d:
      case 0x5d:
      case 0x29:
      case 0x8f:
        stack.push(ANY);
        break; // EMPTY_DICT/LIST/TUPLE/SET
      case 0x85:
        pop(at);
        stack.push(ANY);
        break;
      case 0x86:
        pop(at);
        pop(at);
        stack.push(ANY);
        break;
      case 0x87:
        pop(at);
        pop(at);
        pop(at);
        stack.push(ANY);
        break;
      case 0x73:
        pop(at);
        pop(at);
        break; // SETITEM
      case 0x63: {
        // GLOBAL
        const module = r.line(MAX_NAME).toString('utf8');
        const name = r.line(MAX_NAME).toString('utf8');
        stack.push(importGlobal(module, name, at, 'GLOBAL'));
        break;
      }
      case 0x69: {
        // INST: import and call in one opcode
        const module = r.line(MAX_NAME).toString('utf8');
        const name = r.line(MAX_NAME).toString('utf8');
        popMark(at);
        importGlobal(module, name, at, 'INST');
        stack.push(ANY);
        break;
      }
      case 0x93: {
        // STACK_GLOBAL: operands may come from the memo, not literals
        const name = pop(at);
        const module = pop(at);
        if (module.t === 'str' && name.t === 'str')
          stack.push(importGlobal(module.v, name.v, at, 'STACK_GLOBAL'));
        else {
          report(
            ctx,
            'critical',
            'pickle.dynamic-global',
            'STACK_GLOBAL with operands that are not plain strings (import target hidden)',
            at,
          );
          stack.push(ANY);
        }
        break;
      }
      case 0x6f:
        popMark(at);
        stack.push(ANY);
        break; // OBJ
      case 0x81:
        pop(at);
        pop(at);
        stack.push(ANY);
        break; // NEWOBJ
      case 0x92:
        pop(at);
        pop(at);
        pop(at);
        stack.push(ANY);
        break; // NEWOBJ_EX
      case 0x67:
      case 0x68:
      case 0x6a: {
        // GET BINGET LONG_BINGET
        const idx = op === 0x67 ? Number(r.line().toString('latin1')) : op === 0x68 ? r.u8() : r.u32();
        const v = memo.get(idx);
        if (v === undefined) throw new MalformedError(at, `memo key ${idx} read before it was written`);
        stack.push(v);
        break;
      }
      case 0x70:
        memo.set(Number(r.line().toString('latin1')), top(at));
        break; // PUT
      case 0x71:
        memo.set(r.u8(), top(at));
        break;
      case 0x72:
        memo.set(r.u32(), top(at));
        break;
      case 0x94:
        memo.set(memo.size, top(at));
        break; // MEMOIZE
      case 0x82:
      case 0x83:
      case 0x84: {
        // EXT1 EXT2 EXT4: copyreg extension registry resolves to any global
        const code = op === 0x82 ? r.u8() : op === 0x83 ? r.u16() : r.i32();
        report(
          ctx,
          'high',
          'pickle.extension-code',
          `EXT opcode loads copyreg extension ${code} (resolves to a global outside the allow-list)`,
          at,
        );
        stack.push(ANY);
        break;
      }
      case 0x97:
        stack.push(ANY);
        break; // NEXT_BUFFER
      case 0x98:
        break; // READONLY_BUFFER
      default:
        throw new MalformedError(at, `unknown opcode 0x${op.toString(16).padStart(2, '0')}`);
    }
  }
}

/** Records `('storage', torch.<Type>Storage, key, …)`; other persistent ids are none of this walker's business. */
function storageRef(items: readonly Value[], into: Map<string, string>): void {
  const [tag, type, key] = items;
  if (tag?.t === 'str' && tag.v === 'storage' && type?.t === 'global' && key?.t === 'str')
    into.set(key.v, `${type.module}.${type.name}`);
}
