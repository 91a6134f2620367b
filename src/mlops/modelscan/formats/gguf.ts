import { ByteReader, TruncatedError, type ByteSource } from '../../io/byte-source.js';
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

/**
 * GGML tensor types: [elements per block, bytes per block] (llama.cpp's GGML_QUANT_SIZES). Only types whose
 * layout is settled are listed; the byte counts decide whether a file was cut inside its tensor data.
 */
const GGML_TYPE_LAYOUT: Readonly<Record<number, readonly [number, number]>> = {
  0: [1, 4], // F32
  1: [1, 2], // F16
  2: [32, 18], // Q4_0
  3: [32, 20], // Q4_1
  6: [32, 22], // Q5_0
  7: [32, 24], // Q5_1
  8: [32, 34], // Q8_0
  10: [256, 84], // Q2_K
  11: [256, 110], // Q3_K
  12: [256, 144], // Q4_K
  13: [256, 176], // Q5_K
  14: [256, 210], // Q6_K
  15: [256, 292], // Q8_K
  16: [256, 66], // IQ2_XXS
  17: [256, 74], // IQ2_XS
  18: [256, 98], // IQ3_XXS
  19: [256, 50], // IQ1_S
  20: [32, 18], // IQ4_NL
  21: [256, 110], // IQ3_S
  22: [256, 82], // IQ2_S
  23: [256, 136], // IQ4_XS
  24: [1, 1], // I8
  25: [1, 2], // I16
  26: [1, 4], // I32
  27: [1, 8], // I64
  28: [1, 8], // F64
  29: [256, 56], // IQ1_M
  30: [1, 2], // BF16
};

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
  const infos: { name: string; offset: number; bytes: number }[] = [];
  for (let i = 0; i < tensorCount; i++) {
    const name = str('tensor name');
    const dims = r.u32('dims');
    if (dims > 8) throw new MalformedError(r.pos, `tensor "${name}" has ${dims} dimensions`);
    let elements = 1;
    for (let d = 0; d < dims; d++) elements *= count('dim');
    const layout = GGML_TYPE_LAYOUT[r.u32('tensor type')];
    // Unknown (newer) types count as one byte: enough to say whether the tensor starts inside the file.
    const bytes = layout ? Math.floor(elements / layout[0]) * layout[1] : Math.min(elements, 1);
    infos.push({ name, offset: r.u64('tensor offset'), bytes });
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
  // A file cut inside its tensor data has a whole header: only the sizes tell that the last tensor is missing bytes.
  const end = infos.reduce((max, t) => Math.max(max, dataStart + t.offset + t.bytes), dataStart);
  if (infos.length > 0 && end > source.size && infos.every((t) => dataStart + t.offset <= source.size)) {
    throw new TruncatedError(source.size, `the tensor data needs ${end} bytes; the file has ${source.size}`);
  }
}
