import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createManifest,
  parseManifest,
  rootDigest,
  serializeManifest,
  signManifestFile,
  verifyWithManifest,
  writeKeyPair,
  writeText,
} from '../../src/mlops/provenance/index.js';
import { runCli } from './cli-helper.js';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'bastion-prov-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function makeDataset(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'nested/deeper'), { recursive: true });
  writeFileSync(join(dir, 'train.csv'), 'text,label\nhello,ham\n');
  writeFileSync(join(dir, 'nested/deeper/weights.bin'), Buffer.alloc(3 * 1024 * 1024 + 17, 7));
  writeFileSync(join(dir, 'b.txt'), 'b');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git/HEAD'), 'ref');
  return dir;
}

describe('manifest', () => {
  it('lists files sorted with sizes and sha256, ignores .git, and binds the root digest to names and digests', async () => {
    const dir = makeDataset('m1');
    const manifest = await createManifest(dir);
    const names = manifest.predicate.resources.map((r) => r.name);
    expect(names).toEqual(['b.txt', 'nested/deeper/weights.bin', 'train.csv']);
    expect(manifest.predicate.resources[0]).toMatchObject({
      size: 1,
      digest: '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d',
    });
    expect(manifest.predicate.resources[1]?.size).toBe(3 * 1024 * 1024 + 17);
    expect(manifest.subject[0]?.digest.sha256).toBe(rootDigest(manifest.predicate.resources));
    const renamed = manifest.predicate.resources.map((r, i) => (i === 0 ? { ...r, name: 'c.txt' } : r));
    expect(rootDigest(renamed)).not.toBe(rootDigest(manifest.predicate.resources));
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
  });

  it('rejects an edited manifest whose root digest no longer matches', async () => {
    const manifest = await createManifest(makeDataset('m2'));
    const edited = structuredClone(manifest);
    edited.predicate.resources[0]!.digest = '0'.repeat(64);
    expect(() => parseManifest(serializeManifest(edited), 'm.json')).toThrow(/root digest does not match/);
    expect(() => parseManifest('{"_type": 1}', 'm.json')).toThrow(/m.json: _type/);
    expect(() => parseManifest('not json', 'm.json')).toThrow(/not JSON/);
  });

  it('refuses symlinks and names unreadable files instead of producing a partial manifest', async () => {
    const dir = makeDataset('m3');
    symlinkSync('/etc/passwd', join(dir, 'link'));
    await expect(createManifest(dir)).rejects.toThrow(/link: symbolic link/);
    rmSync(join(dir, 'link'));
    if (process.getuid?.() !== 0) {
      chmodSync(join(dir, 'b.txt'), 0);
      await expect(createManifest(dir)).rejects.toThrow(/b.txt: cannot read/);
    }
  });
});

// CLI tests spawn the real binary; on a loaded CI machine each spawn can take seconds.
describe('bastion data manifest | sign | verify (CLI)', { timeout: 120_000 }, () => {
  it('signs, verifies, then names every changed, missing and extra file with exit 1', () => {
    const dir = makeDataset('cli');
    const key = join(work, 'k');
    expect(runCli(['sign', 'keygen', '-o', key]).code).toBe(0);
    expect(statSync(`${key}.key`).mode & 0o777).toBe(0o600);
    expect(runCli(['sign', 'keygen', '-o', key]).code).toBe(2); // no silent overwrite
    const manifest = join(work, 'manifest.json');
    expect(runCli(['data', 'manifest', dir, '-o', manifest]).code).toBe(0);
    expect(runCli(['data', 'sign', manifest, '--key', `${key}.key`]).code).toBe(0);
    const ok = runCli(['data', 'verify', dir, '--manifest', manifest, '--pubkey', `${key}.pub`]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/signature: OK/);

    writeFileSync(join(dir, 'train.csv'), 'text,label\nhello,spam\n'); // same size, different bytes
    rmSync(join(dir, 'b.txt'));
    writeFileSync(join(dir, 'nested/extra.pkl'), 'x');
    const bad = runCli(['data', 'verify', dir, '--manifest', manifest, '--pubkey', `${key}.pub`, '--json']);
    expect(bad.code).toBe(1);
    const report = JSON.parse(bad.stdout) as { mismatches: { path: string; kind: string }[] };
    expect(report.mismatches.map((m) => `${m.kind}:${m.path}`)).toEqual([
      'missing:b.txt',
      'extra:nested/extra.pkl',
      'changed:train.csv',
    ]);
  });

  it('fails on a manifest edited after signing and on a signature from another key', async () => {
    const dir = makeDataset('cli2');
    const manifest = join(dir, 'manifest.json'); // inside the folder: must not list itself
    await writeText(
      manifest,
      serializeManifest(await createManifest(dir, { outputs: [manifest, `${manifest}.sig`] })),
    );
    const listed = (
      JSON.parse(readFileSync(manifest, 'utf8')) as { predicate: { resources: { name: string }[] } }
    ).predicate.resources.map((r) => r.name);
    expect(listed).not.toContain('manifest.json');
    const key = join(work, 'inproc');
    const other = join(work, 'inproc-other');
    await writeKeyPair(key);
    await writeKeyPair(other);
    await writeText(`${manifest}.sig`, await signManifestFile(manifest, `${key}.key`));
    const ok = await verifyWithManifest({ dir, manifestPath: manifest, publicKeyPath: `${key}.pub` });
    expect(ok).toMatchObject({ ok: true, signature: 'verified', checked: 3 });
    await expect(
      verifyWithManifest({ dir, manifestPath: manifest, publicKeyPath: `${other}.pub` }),
    ).rejects.toThrow(/bad signature/);
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"b.txt"', '"b.txt" '));
    await expect(
      verifyWithManifest({ dir, manifestPath: manifest, publicKeyPath: `${key}.pub` }),
    ).rejects.toThrow(/edited after signing/);
    const badKey = join(work, 'garbage.pem');
    writeFileSync(badKey, 'nope');
    await expect(signManifestFile(manifest, badKey)).rejects.toThrow(/not a PEM private key/);
  });

  it('model sign and verify round-trip and catch a swapped weight file', () => {
    const dir = makeDataset('model');
    const key = join(work, 'mk');
    runCli(['sign', 'keygen', '-o', key]);
    const sig = join(work, 'model.sig');
    expect(runCli(['model', 'sign', dir, '--key', `${key}.key`, '-o', sig]).code).toBe(0);
    expect(runCli(['model', 'verify', dir, '--signature', sig, '--pubkey', `${key}.pub`]).code).toBe(0);
    writeFileSync(join(dir, 'nested/deeper/weights.bin'), Buffer.alloc(3 * 1024 * 1024 + 17, 8));
    const bad = runCli(['model', 'verify', dir, '--signature', sig, '--pubkey', `${key}.pub`]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/changed\s+nested\/deeper\/weights.bin/);
  });
});
