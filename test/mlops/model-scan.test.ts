import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanModelFile, scanModelPath } from '../../src/mlops/modelscan/scan.js';
import { severityRank } from '../../src/mlops/modelscan/types.js';
import { runCli } from './cli-helper.js';
import { generateFixtures } from './fixtures.js';

let root: string;
beforeAll(() => {
  root = generateFixtures('make_model_fixtures.py', 'bastion-models-');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('model scan on generated fixtures', () => {
  it('flags every malicious variant (dozens) with at least a medium finding', async () => {
    const names = readdirSync(join(root, 'malicious'));
    expect(names.length).toBeGreaterThanOrEqual(50);
    const report = await scanModelPath(join(root, 'malicious'));
    const missed = report.files.filter(
      (f) => !f.findings.some((x) => severityRank(x.severity) >= severityRank('medium')),
    );
    expect(missed.map((f) => f.file)).toEqual([]);
    expect(report.files.filter((f) => f.error).map((f) => `${f.file}: ${f.error}`)).toEqual([]);
  });

  it('reports nothing on benign files of every format', async () => {
    const report = await scanModelPath(join(root, 'benign'));
    expect(report.files.length).toBeGreaterThanOrEqual(20);
    expect(report.files.flatMap((f) => f.findings.map((x) => `${f.file}: ${x.rule} ${x.message}`))).toEqual(
      [],
    );
    expect(report.files.filter((f) => f.error).map((f) => `${f.file}: ${f.error}`)).toEqual([]);
    const formats = new Set(report.files.map((f) => f.format));
    for (const fmt of [
      'pickle',
      'pytorch-zip',
      'pytorch-legacy-tar',
      'numpy',
      'numpy-npz',
      'keras',
      'hdf5',
      'onnx',
      'safetensors',
      'gguf',
      'zlib',
    ]) {
      expect(formats).toContain(fmt);
    }
  });

  it('names the exact global behind known bypasses', () => {
    const rules = (name: string) =>
      scanModelFile(join(root, 'malicious', name)).findings.map((f) => `${f.severity} ${f.message}`);
    expect(rules('pkgutil_resolve_name.pkl').join('\n')).toMatch(/critical .*pkgutil\.resolve_name/);
    expect(rules('memo_stack_global.pkl').join('\n')).toMatch(/critical .*STACK_GLOBAL imports os\.system/);
    expect(
      scanModelFile(join(root, 'malicious', 'dynamic_stack_global.pkl')).findings.map((f) => f.rule),
    ).toContain('pickle.dynamic-global');
    expect(rules('inst_opcode_p0.pkl').join('\n')).toMatch(/INST imports os\.system/);
    expect(rules('nested_pickle_bytes.pkl').join('\n')).toMatch(/posix\.system/);
    expect(rules('numpy_runstring.pkl').join('\n')).toMatch(/critical .*runstring/);
    expect(rules('unknown_module.pkl').join('\n')).toMatch(
      /high .*evilpkg\.payload\.trigger: global outside the allow-list/,
    );
    const nested = scanModelFile(join(root, 'malicious', 'nested3.zip')).findings[0];
    expect(nested?.location).toMatch(/nested3\.zip!level1\.zip!level2\.zip!deep\/model\.pkl$/);
    expect(scanModelFile(join(root, 'malicious', 'name_mismatch.zip')).findings.map((f) => f.rule)).toContain(
      'zip.name-mismatch',
    );
    expect(scanModelFile(join(root, 'malicious', 'lambda.keras')).findings.map((f) => f.rule)).toEqual([
      'keras.lambda-layer',
    ]);
    expect(
      scanModelFile(join(root, 'malicious', 'external_escape.onnx')).findings.map((f) => f.rule),
    ).toEqual(['onnx.external-data-escape']);
    expect(
      scanModelFile(join(root, 'malicious', 'overlap.safetensors')).findings.map((f) => f.rule),
    ).toContain('safetensors.overlap');
    expect(
      scanModelFile(join(root, 'malicious', 'template_injection.gguf')).findings.map((f) => f.rule),
    ).toEqual(['gguf.chat-template-injection']);
  });

  it('gives a clear error for each truncated or malformed file and keeps scanning the folder', async () => {
    const report = await scanModelPath(join(root, 'malformed'));
    expect(report.files).toHaveLength(readdirSync(join(root, 'malformed')).length);
    for (const f of report.files) expect(f.error, f.file).toMatch(/malformed|truncated/);
    const byName = Object.fromEntries(report.files.map((f) => [f.file, f.error ?? '']));
    expect(byName['truncated.pkl']).toMatch(/truncated at byte/);
    expect(byName['truncated.safetensors']).toMatch(/runs past the end of the file/);
    expect(byName['truncated.zip']).toMatch(/no end-of-central-directory/);
  });
});

describe('bastion model scan (CLI)', { timeout: 120_000 }, () => {
  it('exits 1 with findings, writes SARIF, and exits 0 on benign files', () => {
    const sarif = join(root, 'out.sarif');
    const bad = runCli([
      'model',
      'scan',
      join(root, 'malicious', 'reduce_os_system_p4.pkl'),
      '--sarif',
      sarif,
    ]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/CRITICAL pickle\.unsafe-global/);
    const doc = JSON.parse(readFileSync(sarif, 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    expect(doc.version).toBe('2.1.0');
    expect(doc.runs[0]?.results[0]).toMatchObject({ ruleId: 'pickle.unsafe-global', level: 'error' });
    const good = runCli(['model', 'scan', join(root, 'benign'), '--json']);
    expect(good.code).toBe(0);
    expect((JSON.parse(good.stdout) as { files: unknown[] }).files.length).toBeGreaterThan(20);
    expect(runCli(['model', 'scan', join(root, 'nope')]).code).toBe(2);
  });
});
