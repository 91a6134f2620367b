import { ByteReader, type ByteSource } from '../../io/byte-source.js';
import { report, type ScanContext } from '../types.js';
import { checkHdf5Whole } from './hdf5-superblock.js';

/**
 * Keras model configs: a `Lambda` layer carries a marshalled Python function that runs on load (CVE-2024-3660),
 * and layers from modules outside Keras need custom code. Used for `.keras` (zip: config.json) and legacy `.h5`
 * (the `model_config` attribute holds the same JSON).
 */
export function checkKerasConfig(config: unknown, ctx: ScanContext): number {
  let hits = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    const obj = node as Record<string, unknown>;
    const cls = obj.class_name;
    if (cls === 'Lambda' || cls === '__lambda__') {
      hits++;
      const name = (obj.config as { name?: string } | undefined)?.name ?? obj.name ?? '?';
      report(
        ctx,
        'high',
        'keras.lambda-layer',
        `Lambda layer "${String(name)}" holds Python code that runs when the model loads`,
      );
      return; // its serialized function (`__lambda__`) is part of the same finding
    } else if (
      typeof obj.module === 'string' &&
      typeof cls === 'string' &&
      !/^(keras|tensorflow|tf_keras)(\.|$)|^builtins$/.test(obj.module)
    ) {
      hits++;
      report(
        ctx,
        'medium',
        'keras.custom-object',
        `layer/object ${cls} from module "${obj.module}" needs custom code to load`,
      );
    }
    for (const child of Object.values(obj)) visit(child, depth + 1);
  };
  visit(config, 0);
  return hits;
}

export function scanKerasConfigJson(source: ByteSource, ctx: ScanContext): void {
  let config: unknown;
  try {
    config = JSON.parse(source.read(0, source.size).toString('utf8'));
  } catch (error) {
    report(ctx, 'medium', 'keras.config-invalid', `config.json is not JSON: ${(error as Error).message}`);
    return;
  }
  checkKerasConfig(config, ctx);
}

export const HDF5_MAGIC = Buffer.from([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * HDF5 (.h5): rather than implement HDF5, find the JSON attribute values Keras writes (`model_config`,
 * `training_config`) by their `{"class_name"` prefix in a streamed pass, and check them like config.json.
 * Then the superblock must describe a whole file: a truncated one throws (after its findings are kept).
 */
export function scanHdf5(source: ByteSource, ctx: ScanContext): void {
  const needle = Buffer.from('{"class_name"');
  const r = new ByteReader(source);
  const chunk = 1 << 20;
  // Absolute offset before which matches are inside an already-checked config (nested layers are not re-reported).
  let skipUntil = 0;
  for (let pos = 0; pos < source.size; pos += chunk - needle.length) {
    const buf = source.read(pos, chunk);
    let i = buf.indexOf(needle, Math.max(0, skipUntil - pos));
    while (i >= 0) {
      const json = extractJson(r, pos + i);
      if (json !== undefined) {
        skipUntil = pos + i + Buffer.byteLength(json);
        try {
          checkKerasConfig(JSON.parse(json), ctx);
        } catch (error) {
          report(
            ctx,
            'low',
            'keras.config-invalid',
            `embedded model config is not JSON: ${(error as Error).message}`,
            pos + i,
          );
        }
      }
      i = buf.indexOf(needle, Math.max(i + 1, skipUntil - pos));
    }
    if (buf.length < chunk) break;
  }
  checkHdf5Whole(source);
}

/** The balanced `{…}` starting at `start` (string-aware), up to 64 MiB. */
function extractJson(r: ByteReader, start: number): string | undefined {
  r.pos = start;
  let depth = 0;
  let inString = false;
  let escaped = false;
  const limit = Math.min(r.source.size, start + (64 << 20));
  const bytes: number[] = [];
  while (r.pos < limit) {
    const c = r.u8();
    bytes.push(c);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c) escaped = true;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b) depth++;
    else if (c === 0x7d && --depth === 0) return Buffer.from(bytes).toString('utf8');
  }
  return undefined;
}
