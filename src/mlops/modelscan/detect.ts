import { gunzipSync, inflateSync } from 'node:zlib';
import { BufferSource, TruncatedError, type ByteSource } from '../io/byte-source.js';
import { isTar, readTarEntries } from '../io/tar.js';
import { findEocd, isZip, openZipEntry, readZipDirectory, ZipError } from '../io/zip.js';
import { scanGguf } from './formats/gguf.js';
import { isHfConfigName, scanHfConfig } from './formats/hf-config.js';
import { HDF5_MAGIC, scanHdf5, scanKerasConfigJson } from './formats/keras.js';
import { NPY_MAGIC, scanNpy } from './formats/numpy.js';
import { looksLikeOnnx, scanOnnx } from './formats/onnx.js';
import { scanPythonPathFile } from './formats/python-path.js';
import { looksLikeSafetensors, scanSafetensors } from './formats/safetensors.js';
import { checkTorchLegacyStorages } from './formats/torch-legacy.js';
import { looksLikePickle, MalformedError, scanPickle } from './pickle.js';
import { report, type ScanContext } from './types.js';

/** Archives inside archives are followed this deep; deeper nesting is itself a finding. */
const MAX_DEPTH = 6;
/** Members are inflated up to this size; larger compressed members are reported, not expanded. */
const MAX_INFLATE = 1 << 30;
/** LONG1 of torch's legacy magic number 0x1950a86a20f9469cfc6c, the first pickle of a legacy torch.save stream. */
const TORCH_LEGACY_MAGIC = Buffer.from('8a0a6cfc9c46f9206aa85019', 'hex');
/**
 * Extensions no other kind of file uses (unlike .bin, .dat or .model, which tokenizers and data files share; .pth,
 * which Python's site-packages path files share; .ckpt, which TensorFlow 1 checkpoints use).
 */
const PTH_NAME = /\.pth$/i;
const MODEL_NAME = /\.(h5|hdf5|keras|npy|npz|pkl|pickle|pt|joblib|zip|tar)$/i;
const PICKLE_EXT = /\.(pkl|pickle|pt|pth|bin|joblib|ckpt|p|dat|data|sav|model)$/i;
// Protocol 0/1 pickles have no PROTO opcode; they start with one of these (MARK, GLOBAL, EMPTY_*, …).
const PROTO01_START = new Set([
  0x28, 0x63, 0x5d, 0x7d, 0x29, 0x4e, 0x49, 0x53, 0x56, 0x58, 0x4b, 0x55, 0x69, 0x88, 0x89,
]);

/**
 * Detects a format by content (magic bytes first, extension only as a hint) and dispatches to its scanner.
 * Returns the format name. Never executes or loads anything.
 */
export function scanSource(source: ByteSource, name: string, ctx: ScanContext): string {
  const head = source.read(0, 16);
  if (isZip(head)) return scanZip(source, name, ctx);
  if (head.subarray(0, 6).equals(NPY_MAGIC)) return (scanNpy(source, ctx), 'numpy');
  if (head.subarray(0, 8).equals(HDF5_MAGIC)) return (scanHdf5(source, ctx), 'hdf5');
  if (head.subarray(0, 4).toString('latin1') === 'GGUF') return (scanGguf(source, ctx), 'gguf');
  if (isTar(source)) return scanTar(source, ctx);
  if (looksLikeSafetensors(head, source.size)) return (scanSafetensors(source, ctx), 'safetensors');
  if (/\.safetensors$/i.test(name)) return (scanSafetensors(source, ctx), 'safetensors');
  if (/\.onnx$/i.test(name) || (/\.(pb|ort)$/i.test(name) && looksLikeOnnx(head)))
    return (scanOnnx(source, ctx), 'onnx');
  if (/\.gguf$/i.test(name)) throw new MalformedError(0, 'missing GGUF magic');
  if (isHfConfigName(name) && head[0] === 0x7b && scanHfConfig(source, ctx)) return 'hf-config';
  if (head[0] === 0x1f && head[1] === 0x8b) return decompressed(source, name, ctx, 'gzip');
  if (head[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(head[1] ?? 0))
    return decompressed(source, name, ctx, 'zlib');
  if (
    head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) ||
    head.subarray(0, 3).toString('latin1') === 'BZh'
  ) {
    report(
      ctx,
      'medium',
      'archive.unscannable',
      'xz/bz2-compressed content (e.g. joblib compress="xz") cannot be inspected; treat as untrusted',
    );
    return 'compressed';
  }
  if (
    looksLikePickle(head) ||
    (PICKLE_EXT.test(name) && (PROTO01_START.has(head[0] ?? -1) || head[0] === 0x80))
  ) {
    const before = ctx.findings.length;
    let walked;
    try {
      walked = scanPickle(source, ctx, {
        multi: true,
        onNested: (inner, offset) => nestedBytes(inner, offset, ctx),
      });
    } catch (error) {
      // "import site" in a .pth starts like a protocol-0 pickle (INST): a .pth that is no pickle may be a path file.
      // Never when the walk reported anything: unpickling runs each opcode as it comes, so a payload before the
      // break still runs (a malicious pickle cut before its STOP must stay an error with its findings).
      const notPickle = error instanceof MalformedError || error instanceof TruncatedError;
      if (!notPickle || !PTH_NAME.test(name) || ctx.findings.length > before) throw error;
      if (scanPythonPathFile(source, ctx)) return 'python-path';
      throw error;
    }
    // Legacy torch.save writes five pickles (magic number, protocol, sys_info, the object, storage keys) before the
    // raw storages: a stream cut between two of them still parses, as fewer pickles, and one cut in the storages
    // has all five.
    if (source.read(0, 32).includes(TORCH_LEGACY_MAGIC)) {
      if (walked.pickles < 5)
        throw new MalformedError(
          walked.end,
          `legacy torch.save stream ends after ${walked.pickles} of its 5 pickles (truncated)`,
        );
      checkTorchLegacyStorages(source, walked.end, walked.storages);
    }
    // A pickle can also carry a zip directory at its end (polyglot): loaders that sniff zip would read that.
    if (source.size > 22 && findEocd(source) >= 0) {
      report(
        ctx,
        'high',
        'polyglot.pickle-zip',
        'file is both a pickle and a zip archive; different loaders see different content',
      );
      scanZip(source, name, ctx);
    }
    return 'pickle';
  }
  if (PTH_NAME.test(name) && scanPythonPathFile(source, ctx)) return 'python-path';
  // A name that only a model file would carry, on bytes no format matches: a cut or broken file (an empty
  // `.pkl`, an `.h5` cut inside its signature), not an unrelated file to skip in a folder scan.
  const claimed = MODEL_NAME.exec(name)?.[1];
  if (claimed !== undefined)
    throw new MalformedError(
      0,
      source.size === 0
        ? 'empty file'
        : `named .${claimed} but its first bytes match no model format (truncated?)`,
    );
  return 'unknown';
}

function nested(source: ByteSource, member: string, ctx: ScanContext): string {
  const child: ScanContext = { ...ctx, location: `${ctx.location}!${member}`, depth: ctx.depth + 1 };
  if (child.depth > MAX_DEPTH) {
    report(ctx, 'medium', 'archive.too-deep', `archives nested more than ${MAX_DEPTH} deep at ${member}`);
    return 'nested';
  }
  try {
    return scanSource(source, member, child);
  } catch (error) {
    ctx.errors.push(`${child.location}: ${describeScanError(error)}`);
    return 'error';
  }
}

/**
 * A bytes value inside a pickle that starts like a pickle. If it parses, its findings count (a payload hidden
 * one level down); if it does not, it was just data that happened to start with 0x80, not an error.
 */
function nestedBytes(source: ByteSource, offset: number, ctx: ScanContext): void {
  const child: ScanContext = {
    ...ctx,
    location: `${ctx.location}!bytes@${offset}`,
    depth: ctx.depth + 1,
    errors: [],
  };
  if (child.depth > MAX_DEPTH) return;
  const findings = child.findings;
  const before = findings.length;
  try {
    scanPickle(source, child, { multi: true, onNested: (inner, at) => nestedBytes(inner, at, child) });
  } catch (error) {
    if (!(error instanceof MalformedError || error instanceof TruncatedError)) throw error;
    findings.splice(before); // not a pickle after all: drop what the partial walk reported
  }
}

function decompressed(source: ByteSource, name: string, ctx: ScanContext, kind: 'gzip' | 'zlib'): string {
  const raw = source.read(0, source.size);
  let data: Buffer;
  try {
    data =
      kind === 'gzip'
        ? gunzipSync(raw, { maxOutputLength: MAX_INFLATE })
        : inflateSync(raw, { maxOutputLength: MAX_INFLATE });
  } catch (error) {
    throw new MalformedError(0, `${kind} stream cannot be decompressed: ${(error as Error).message}`);
  }
  nested(new BufferSource(data), name.replace(/\.(gz|z)$/i, '') + `(${kind})`, ctx);
  return kind;
}

function scanZip(source: ByteSource, name: string, ctx: ScanContext): string {
  const dir = readZipDirectory(source);
  for (const a of dir.anomalies) report(ctx, a.severity, a.rule, a.message);
  const names = dir.entries.map((e) => e.name);
  const torch = names.some((n) => /(^|\/)data\.pkl$/.test(n));
  const keras = names.includes('config.json') && (names.includes('metadata.json') || /\.keras$/i.test(name));
  const npz = names.length > 0 && names.every((n) => n.endsWith('.npy'));
  for (const entry of dir.entries) {
    if (entry.name.endsWith('/')) continue;
    // Raw tensor storages in a torch zip are bytes, not a format; sniffing them only invites false alarms.
    if (torch && /(^|\/)data\/\d+$/.test(entry.name)) continue;
    if (entry.flags & 1) continue;
    if (entry.method === 8 && entry.size > MAX_INFLATE) {
      report(
        ctx,
        'medium',
        'archive.too-large',
        `"${entry.name}" inflates to ${entry.size} bytes; not expanded`,
      );
      continue;
    }
    let member: ByteSource;
    try {
      member = openZipEntry(source, entry, MAX_INFLATE);
    } catch (error) {
      ctx.errors.push(`${ctx.location}!${entry.name}: ${describeScanError(error)}`);
      continue;
    }
    if (keras && entry.name === 'config.json') {
      scanKerasConfigJson(member, { ...ctx, location: `${ctx.location}!config.json` });
      continue;
    }
    nested(member, entry.name, ctx);
  }
  return torch ? 'pytorch-zip' : keras ? 'keras' : npz ? 'numpy-npz' : 'zip';
}

function scanTar(source: ByteSource, ctx: ScanContext): string {
  const { entries, error } = readTarEntries(source);
  if (error) ctx.errors.push(`${ctx.location}: ${error}`);
  const torch = entries.some((e) => e.name === 'pickle' || e.name.endsWith('/pickle'));
  for (const e of entries) {
    if (e.type !== '0' && e.type !== '\0' && e.type !== '7') continue;
    if (/(^|\/)\.\.(\/|$)|^\//.test(e.name))
      report(ctx, 'high', 'tar.path-traversal', `"${e.name}" escapes the extraction folder`);
    const member = source.slice(e.dataOffset, e.dataOffset + e.size);
    if (torch && /(^|\/)(pickle|tensors|storages|sys_info)$/.test(e.name)) {
      // Legacy torch tar: these members are pickles (storages = pickles followed by raw bytes).
      const child: ScanContext = { ...ctx, location: `${ctx.location}!${e.name}`, depth: ctx.depth + 1 };
      try {
        scanPickle(member, child, {
          multi: true,
          onNested: (inner, offset) => nestedBytes(inner, offset, child),
        });
      } catch (err) {
        if (!e.name.endsWith('storages')) ctx.errors.push(`${child.location}: ${describeScanError(err)}`);
      }
      continue;
    }
    nested(member, e.name, ctx);
  }
  return torch ? 'pytorch-legacy-tar' : 'tar';
}

export function describeScanError(error: unknown): string {
  if (error instanceof MalformedError || error instanceof TruncatedError || error instanceof ZipError)
    return `malformed: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
