import { ByteReader, type ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';
import { report, type ScanContext } from '../types.js';

/**
 * GGUF (llama.cpp): header sanity (version, counts bounded by the file size, strings and arrays within the file)
 * and the chat template. Templates are Jinja rendered by the serving stack; a template that reaches Python
 * internals (`__class__`, `__globals__`, `__subclasses__`…) is a server-side template injection (CVE-2024-34359).
 */
const SUSPICIOUS_JINJA = [
  /__class__|__mro__|__subclasses__|__globals__|__builtins__|__init__|__import__|__getattribute__|__base__/,
  /\b(os|subprocess|sys)\s*\.\s*\w+/,
  /\b(popen|system|eval|exec|import_module)\s*\(/,
  /\b(lipsum|cycler|joiner|namespace|self)\s*\.\s*__/,
  /\|\s*attr\s*\(/,
];

export function scanGguf(source: ByteSource, ctx: ScanContext): void {
  const r = new ByteReader(source);
  r.skip(4, 'magic');
  const version = r.u32('version');
  if (version < 1 || version > 3) throw new MalformedError(4, `unsupported GGUF version ${version}`);
  const wide = version >= 2; // v1 used u32 counts and lengths
  const count = (what: string) => (wide ? r.u64(what) : r.u32(what));
  const tensorCount = count('tensor count');
  const kvCount = count('metadata count');
  // Each KV and tensor info takes at least ~12 bytes: bigger counts are a lie meant to exhaust the parser.
  if (tensorCount * 12 > source.size || kvCount * 12 > source.size) {
    throw new MalformedError(
      8,
      `counts (${tensorCount} tensors, ${kvCount} keys) cannot fit in ${source.size} bytes`,
    );
  }
  const str = (what: string): string => {
    const n = count(`${what} length`);
    if (n > r.remaining) throw new MalformedError(r.pos, `${what} length ${n} runs past the end of the file`);
    return n > 1 << 20 ? (r.skip(n), '') : r.bytes(n, what).toString('utf8');
  };
  const sizes: Record<number, number> = {
    0: 1,
    1: 1,
    2: 2,
    3: 2,
    4: 4,
    5: 4,
    6: 4,
    7: 1,
    10: 8,
    11: 8,
    12: 8,
  };
  let alignment = 32;
  const value = (type: number, key: string): string | number | undefined => {
    if (type === 8) return str(key);
    if (type === 9) {
      const inner = r.u32('array type');
      const n = count('array length');
      const fixed = sizes[inner];
      if (fixed !== undefined) {
        if (n * fixed > r.remaining)
          throw new MalformedError(r.pos, `array "${key}" runs past the end of the file`);
        r.skip(n * fixed);
      } else for (let i = 0; i < n; i++) value(inner, key);
      return undefined;
    }
    const size = sizes[type];
    if (size === undefined) throw new MalformedError(r.pos, `key "${key}": unknown value type ${type}`);
    if (type === 4) return r.u32();
    r.skip(size);
    return undefined;
  };
  for (let i = 0; i < kvCount; i++) {
    const key = str('key');
    const type = r.u32('value type');
    const v = value(type, key);
    if (key === 'general.alignment' && typeof v === 'number') alignment = v || 32;
    if (typeof v === 'string' && key.startsWith('tokenizer.chat_template')) {
      const hit = SUSPICIOUS_JINJA.find((re) => re.test(v));
      if (hit)
        report(
          ctx,
          'critical',
          'gguf.chat-template-injection',
          `${key} reaches Python internals (${hit.exec(v)?.[0]}): server-side template injection`,
        );
    }
  }
  const infos: { name: string; offset: number }[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = str('tensor name');
    const dims = r.u32('dims');
    if (dims > 8) throw new MalformedError(r.pos, `tensor "${name}" has ${dims} dimensions`);
    for (let d = 0; d < dims; d++) count('dim');
    r.u32('tensor type');
    infos.push({ name, offset: r.u64('tensor offset') });
  }
  const dataStart = Math.ceil(r.pos / alignment) * alignment;
  for (const t of infos) {
    if (dataStart + t.offset > source.size) {
      report(
        ctx,
        'high',
        'gguf.tensor-out-of-range',
        `tensor "${t.name}" offset ${t.offset} is beyond the end of the file`,
      );
    }
  }
}
