import { BufferSource, ByteReader, type ByteSource } from '../../io/byte-source.js';
import { MalformedError } from '../pickle.js';
import { report, type ScanContext } from '../types.js';

/**
 * ONNX is protobuf. We walk the wire format (no schema compiler, raw tensor bytes skipped) and check two things
 * loaders act on: external-data paths (read from disk next to the model: `../../etc/passwd` or an absolute path
 * reads files outside the model folder), and operator domains outside the standard ones (a custom domain needs a
 * native op library, i.e. code, to run).
 */
const STANDARD_DOMAINS = new Set([
  '',
  'ai.onnx',
  'ai.onnx.ml',
  'ai.onnx.training',
  'ai.onnx.preview.training',
]);

interface Field {
  no: number;
  wire: number;
  start: number;
  end: number;
}

function varint(r: ByteReader): number {
  let result = 0;
  let shift = 0;
  for (let i = 0; i < 10; i++) {
    const b = r.u8('varint');
    result += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return result;
    shift += 7;
  }
  throw new MalformedError(r.pos, 'varint longer than 10 bytes');
}

/** Iterates the fields of a message in [start, end); length-delimited fields are reported, not read. */
function* fields(r: ByteReader, start: number, end: number): Generator<Field> {
  r.pos = start;
  while (r.pos < end) {
    const key = varint(r);
    const no = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) varint(r);
    else if (wire === 1) r.skip(8);
    else if (wire === 5) r.skip(4);
    else if (wire === 2) {
      const len = varint(r);
      const s = r.pos;
      if (s + len > end)
        throw new MalformedError(s, `field ${no} length ${len} runs past its message (truncated)`);
      const saved = s + len;
      yield { no, wire, start: s, end: saved };
      r.pos = saved;
      continue;
    } else throw new MalformedError(r.pos, `unsupported wire type ${wire}`);
  }
  if (r.pos !== end) throw new MalformedError(r.pos, 'message overruns its length');
}

function text(r: ByteReader, f: Field): string {
  const saved = r.pos;
  r.pos = f.start;
  const s = r.bytes(Math.min(f.end - f.start, 4096)).toString('utf8');
  r.pos = saved;
  return s;
}

export function looksLikeOnnx(head: Buffer): boolean {
  // ModelProto starts with ir_version (field 1, varint) in every exporter we know.
  return head.length > 2 && head[0] === 0x08 && (head[1] as number) < 0x20;
}

/**
 * A protobuf cut at a field boundary still parses: what is left is a shorter, valid-looking message. A model
 * needs its graph (field 7) and, from IR version 3 on, its opset imports (field 8, written after the graph), so
 * their absence means the file was cut (or is no model), not that it is clean.
 */
function requireWhole(source: ByteSource, top: ReadonlySet<number>): void {
  const head = source.read(0, 11);
  let ir = -1;
  if (head[0] === 0x08) {
    const r = new ByteReader(new BufferSource(head), 1);
    try {
      ir = varint(r);
    } catch {
      ir = -1;
    }
  }
  if (!top.has(7))
    throw new MalformedError(source.size, 'ONNX model has no graph (field 7): truncated, or not a model');
  if (ir >= 3 && !top.has(8))
    throw new MalformedError(
      source.size,
      `ONNX model (IR version ${ir}) has no opset_import (field 8, written after the graph): truncated`,
    );
}

export function scanOnnx(source: ByteSource, ctx: ScanContext): void {
  const r = new ByteReader(source);
  const domains = new Set<string>();
  const external: string[] = [];
  const tensor = (start: number, end: number) => {
    for (const f of fields(r, start, end)) {
      if (f.no === 13) {
        let key = '';
        let value = '';
        for (const kv of fields(r, f.start, f.end)) {
          if (kv.no === 1) key = text(r, kv);
          if (kv.no === 2) value = text(r, kv);
        }
        r.pos = f.end;
        if (key === 'location') external.push(value);
      }
    }
  };
  const graph = (start: number, end: number, depth: number): void => {
    if (depth > 16) throw new MalformedError(start, 'subgraphs nested too deep');
    for (const f of fields(r, start, end)) {
      if (f.no === 1) node(f.start, f.end, depth);
      else if (f.no === 5 || f.no === 15) tensor(f.start, f.end);
      r.pos = f.end;
    }
  };
  const node = (start: number, end: number, depth: number) => {
    for (const f of fields(r, start, end)) {
      if (f.no === 7) domains.add(text(r, f));
      else if (f.no === 5) {
        for (const a of fields(r, f.start, f.end)) {
          if (a.no === 6 || a.no === 11) graph(a.start, a.end, depth + 1);
          else if (a.no === 5 || a.no === 10) tensor(a.start, a.end);
          r.pos = a.end;
        }
      }
      r.pos = f.end;
    }
  };
  const top = new Set<number>();
  for (const f of fields(r, 0, source.size)) {
    top.add(f.no);
    if (f.no === 7) graph(f.start, f.end, 0);
    else if (f.no === 8) {
      for (const o of fields(r, f.start, f.end)) {
        if (o.no === 1) domains.add(text(r, o));
        r.pos = o.end;
      }
    } else if (f.no === 25) {
      for (const g of fields(r, f.start, f.end)) {
        if (g.no === 7) node(g.start, g.end, 1);
        if (g.no === 10) domains.add(text(r, g));
        r.pos = g.end;
      }
    }
    r.pos = f.end;
  }
  requireWhole(source, top);
  for (const d of domains) {
    if (!STANDARD_DOMAINS.has(d)) {
      const sev = d === 'com.microsoft' ? 'low' : 'medium';
      report(
        ctx,
        sev,
        'onnx.custom-domain',
        `operator domain "${d}" is not standard ONNX: running it needs a custom op library`,
      );
    }
  }
  for (const loc of new Set(external)) {
    if (
      loc.startsWith('/') ||
      loc.startsWith('\\') ||
      /^[A-Za-z]:/.test(loc) ||
      loc.split(/[\\/]/).includes('..')
    ) {
      report(
        ctx,
        'high',
        'onnx.external-data-escape',
        `external data location "${loc}" points outside the model folder`,
      );
    }
  }
}
