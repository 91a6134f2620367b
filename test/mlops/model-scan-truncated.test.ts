import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferSource } from '../../src/mlops/io/byte-source.js';
import { scanSource } from '../../src/mlops/modelscan/detect.js';
import { scanModelFile } from '../../src/mlops/modelscan/scan.js';
import type { ModelFinding } from '../../src/mlops/modelscan/types.js';
import { runCli } from './cli-helper.js';
import { generateFixtures } from './fixtures.js';

let root: string;
beforeAll(() => {
  root = generateFixtures('make_model_fixtures.py', 'bastion-truncated-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** How a scan of `bytes` named `name` ends: an error, findings, or nothing at all (what a clean file gives). */
function outcome(bytes: Buffer, name: string): 'error' | 'finding' | 'clean' {
  const ctx = { location: name, depth: 0, findings: [] as ModelFinding[], errors: [] as string[] };
  try {
    scanSource(new BufferSource(bytes), name, ctx);
  } catch {
    return 'error';
  }
  if (ctx.errors.length > 0) return 'error';
  return ctx.findings.length > 0 ? 'finding' : 'clean';
}

// Not model files: a README and a Hugging Face config.
const NOT_CHECKED = new Set(['README.md', 'config.json']);

describe('model scan on truncated files', () => {
  it('never reports a cut copy of a clean model file as clean, whatever the format and wherever the cut', () => {
    const benign = join(root, 'benign');
    const names = readdirSync(benign).filter((n) => !NOT_CHECKED.has(n));
    // Every format the scanner reads is among them (so a new format without a truncation check shows up here).
    const formats = new Set(names.map((n) => scanModelFile(join(benign, n), n).format));
    for (const f of ['hdf5', 'keras', 'onnx', 'gguf', 'safetensors', 'numpy', 'pickle', 'pytorch-zip'])
      expect(formats).toContain(f);
    const clean: string[] = [];
    let cuts = 0;
    for (const name of names) {
      const bytes = readFileSync(join(benign, name));
      expect(outcome(bytes, name), name).toBe('clean');
      // Trailing zero bytes are padding (a tar's end blocks, alignment): cutting them loses nothing.
      let end = bytes.length;
      while (end > 0 && bytes[end - 1] === 0) end--;
      for (let n = 0; n < end; n++) {
        cuts++;
        if (outcome(bytes.subarray(0, n), name) === 'clean')
          clean.push(`${name} cut at ${n} of ${bytes.length}`);
      }
    }
    expect(cuts).toBeGreaterThan(5000);
    expect(clean.slice(0, 20)).toEqual([]);
  });

  it('names what is missing for each format', () => {
    const malformed = join(root, 'malformed');
    const error = (name: string) => scanModelFile(join(malformed, name), name).error ?? '';
    expect(error('signature_only.h5')).toMatch(/truncated at byte 8: needed 9 bytes for the HDF5 superblock/);
    expect(error('truncated.h5')).toMatch(
      /HDF5 superblock says the data ends at byte \d+; the file has \d+ bytes/,
    );
    expect(error('truncated_v2.h5')).toMatch(/data ends at byte 128; the file has 127 bytes/);
    expect(error('truncated_weights.keras')).toMatch(/model\.weights\.h5: malformed: truncated at byte 30/);
    expect(error('truncated.keras')).toMatch(/no end-of-central-directory record/);
    expect(error('truncated.onnx')).toMatch(/truncated at byte \d+/);
    expect(error('no_opset.onnx')).toMatch(/no opset_import .*truncated/);
    expect(error('truncated_data.gguf')).toMatch(/tensor data needs 240 bytes; the file has 232/);
    expect(error('truncated.safetensors')).toMatch(/runs past the end of the file/);
  });
});

describe('bastion model scan (CLI) on a truncated file', { timeout: 60_000 }, () => {
  it('exits 1 and reports scan.error for an .h5 with only its signature (it used to pass with 0 findings)', () => {
    const file = join(root, 'malformed', 'signature_only.h5');
    const text = runCli(['model', 'scan', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/ERROR +malformed: truncated at byte 8/);
    expect(text.stdout).toMatch(/1 unreadable\/malformed/);
    const sarif = join(root, 'truncated.sarif');
    expect(runCli(['model', 'scan', file, '--sarif', sarif, '--fail-on', 'critical']).code).toBe(1);
    const doc = JSON.parse(readFileSync(sarif, 'utf8')) as { runs: { results: { ruleId: string }[] }[] };
    expect(doc.runs[0]?.results.map((r) => r.ruleId)).toEqual(['scan.error']);
  });
});
