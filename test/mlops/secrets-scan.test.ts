import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../src/guards/secrets/rules.js';
import { defaultSecretDetector } from '../../src/mlops/detect/default-detector.js';
import { scanBundlePath } from '../../src/mlops/secrets/bundle-scan.js';
import { runCli } from './cli-helper.js';

const example = (id: string) => {
  const rule = SECRET_RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.example;
};

// Synthetic secrets from Bastion's own rule examples, planted by the generator into hand-built containers.
const SLOTS: Record<string, string> = {
  dex_github: example('github-pat'),
  dex_aws: example('aws-access-key-id'),
  arsc_slack: example('slack-bot-token'),
  axml_google: example('google-gemini-key'),
  asset_stripe: example('stripe-secret-key'),
  so_anthropic: example('anthropic-api-key'),
  plist_openai: example('openai-api-key'),
  js_sendgrid: example('sendgrid-api-key'),
  fw_hf: example('huggingface-token'),
  web_generic: 'Zq8' + 'Kd93LmX0pVt7RwY2bN5cHs4JfGe1AuTo',
  env_aws_secret: example('aws-secret-access-key'),
};

let root: string;
let expected: { file: string; offset: number }[];
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'bastion-bundles-'));
  const script = fileURLToPath(new URL('../fixtures/mlops/make_bundle_fixtures.py', import.meta.url));
  execFileSync('python3', [script, root, JSON.stringify(SLOTS)], { stdio: ['ignore', 'ignore', 'pipe'] });
  expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8')) as typeof expected;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('secrets scan of app bundles', { timeout: 120_000 }, () => {
  it('finds every planted secret in DEX, ARSC, binary XML, assets, native libs, binary plists, JS bundles and .env, at its byte offset', async () => {
    const report = await scanBundlePath(join(root, 'malicious'), defaultSecretDetector());
    expect(expected).toHaveLength(11);
    for (const e of expected) {
      const hit = report.findings.find(
        (f) => f.file === e.file && f.offset >= e.offset && f.offset < e.offset + 140,
      );
      expect(hit, `${e.file}@${e.offset}`).toBeDefined();
    }
    const sources = new Set(report.findings.map((f) => f.source));
    for (const s of ['dex', 'android-resource', 'plist', 'text', 'binary-strings'])
      expect(sources).toContain(s);
    // Redacted: no finding carries the secret.
    const json = JSON.stringify(report);
    for (const secret of Object.values(SLOTS)) expect(json).not.toContain(secret.slice(-16));
    // The truncated APK is reported, and the rest of the folder was still scanned.
    expect(report.errors.map((e) => `${e.file}: ${e.message}`).join('\n')).toMatch(
      /broken\.apk: .*end-of-central-directory/,
    );
  });

  it('reports nothing on the benign twins (placeholders, env references)', async () => {
    const report = await scanBundlePath(join(root, 'benign'), defaultSecretDetector());
    expect(report.findings.map((f) => `${f.file} ${f.rule}`)).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.files).toBe(4);
  });

  it('CLI: exits 1 on findings, accepts a baseline, and fails again on a new secret', () => {
    const dir = join(root, 'malicious', 'web');
    const baseline = join(root, 'baseline.json');
    const first = runCli(['secrets', 'scan', dir, '--write-baseline', baseline]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/bundle\.js@\d+ /);
    expect(first.stderr).toMatch(/wrote .*baseline\.json: \d+ finding\(s\) accepted; scan with --baseline /);
    expect(runCli(['secrets', 'scan', dir, '--baseline', baseline]).code).toBe(0);
    writeFileSync(join(dir, 'new.js'), `const token = "${SLOTS.dex_github}";\n`);
    const again = runCli(['secrets', 'scan', dir, '--baseline', baseline, '--json']);
    expect(again.code).toBe(1);
    const out = JSON.parse(again.stdout) as {
      new: number;
      findings: { file: string; baseline: boolean; redacted: string }[];
    };
    expect(out.new).toBe(1);
    expect(out.findings.find((f) => !f.baseline)?.file).toBe('new.js');
    writeFileSync(baseline, '{"version": 2}');
    expect(runCli(['secrets', 'scan', dir, '--baseline', baseline]).stderr).toMatch(/baseline.json: version/);
  });
});
