import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/bastion.js');
const run = (args: string[], input?: string) => {
  const env = { ...process.env };
  delete env.BASTION_CONFIG;
  return spawnSync(process.execPath, [bin, 'scan', ...args], {
    input,
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
};

describe('bastion scan (real CLI)', () => {
  it('works without a config, prints findings readably and exits 1 when blocked', () => {
    const r = run(['My card is 4111 1111 1111 1111, thanks']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^BLOCK/);
    expect(r.stdout).toContain('CREDIT_CARD');
    expect(r.stdout).toContain("data class 'pii'");
  });

  it('batch --jsonl keeps the order and turns bad lines into error lines', () => {
    const input = [
      '{"text":"What is the capital of France?"}',
      'not json',
      '{"text":"mail ana@example.org"}',
      '{"txt":"wrong key"}',
      '',
    ].join('\n');
    const r = run(['--jsonl'], input);
    // Bad lines are reported in place and the run goes on, but the exit code says the input was not clean.
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2 of 4 lines');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { flagged?: boolean; action?: string; error?: { line: number } });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ flagged: false, action: 'allow' });
    expect(lines[1]?.error?.line).toBe(2);
    expect(lines[2]).toMatchObject({ flagged: true });
    expect(lines[3]?.error?.line).toBe(4);
  });

  it('batch --jsonl exits 1 when a line is blocked and 0 when every line passes', () => {
    const clean = run(
      ['--jsonl'],
      '{"text":"What is the capital of France?"}\n{"text":"Translate good morning into German."}\n',
    );
    expect(clean.status).toBe(0);
    expect(clean.stdout.trim().split('\n')).toHaveLength(2);
    const blocked = run(
      ['--jsonl'],
      '{"text":"What is the capital of France?"}\n{"text":"My card is 4111 1111 1111 1111"}\n',
    );
    expect(blocked.status).toBe(1);
    const rows = blocked.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { action: string });
    expect(rows.map((r) => r.action)).toEqual(['allow', 'block']);
  });

  it('applies a use case and model from a config file, and rejects an unknown use case', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-scan-'));
    const file = join(dir, 'bastion.yaml');
    writeFileSync(
      file,
      [
        'providers:',
        '  up: { type: openai-compatible, hosting: saas, baseUrl: "http://127.0.0.1:9" }',
        'models:',
        '  saas: { provider: up, dataClasses: [public, internal] }',
        '  onprem: { provider: up, dataClasses: [public, internal, confidential, pii] }',
        'useCases:',
        '  support: { models: [saas, onprem], onDisallowedData: reroute }',
        '',
      ].join('\n'),
    );
    const r = run([
      '--config',
      file,
      '--use-case',
      'support',
      '--model',
      'saas',
      '--json',
      'email ana@example.org',
    ]);
    expect(r.stderr).toBe('');
    const res = JSON.parse(r.stdout) as { action: string; rerouteTo?: string };
    expect(res).toMatchObject({ action: 'reroute', rerouteTo: 'onprem' });
    const bad = run(['--config', file, '--use-case', 'nope', 'hi']);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('unknown use case "nope"');
  });
  it('is an offline scan: the gateway per-scanner time budget does not block long text for its length', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-scan-budget-'));
    const file = join(dir, 'bastion.yaml');
    // A request-path budget no scan of 300 kB can meet: in the gateway it fails closed, here it must not apply.
    writeFileSync(file, ['store: "sqlite://:memory:"', 'guards:', '  timeBudget: 1ms', ''].join('\n'));
    const text = 'The quarterly report is attached; the totals are on page two. '.repeat(5000);
    const r = run(['--config', file, '--json', '-'], text);
    const res = JSON.parse(r.stdout) as { action: string; findings: { kind: string }[] };
    expect(res.findings.filter((f) => f.kind === 'scanner_failed')).toEqual([]);
    expect(res.action).toBe('allow');
    expect(r.status).toBe(0);
  });

  it('a misspelled scanner id in the config names the file and its line, like every other config error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bastion-scan-config-'));
    const file = join(dir, 'bastion.yaml');
    writeFileSync(
      file,
      [
        'store: "sqlite://:memory:"',
        'guards:',
        '  input:',
        '    prompt_injecton: { action: block }',
        '',
      ].join('\n'),
    );
    const r = run(['--config', file, 'hello']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${file}:4 guards.input.prompt_injecton: unknown scanner "prompt_injecton"`);
  });
});
