import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/bastion.js');
const root = mkdtempSync(join(tmpdir(), 'bastion-where-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The CLI as a user outside a checkout runs it: no --config, no BASTION_CONFIG/BASTION_STORE. */
function bastion(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env };
  delete env.BASTION_CONFIG;
  delete env.BASTION_STORE;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe('outside a checkout, every command uses the store in the working directory', () => {
  const here = mkdtempSync(join(root, 'project-'));
  const db = join(here, 'bastion.db');

  it('keys create makes ./bastion.db here (not in the install folder) and says so', async () => {
    const created = await bastion(here, 'keys', 'create', '--use-case', 'docs', '--name', 'walkthrough');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain(`in ${db}.`);
    expect(existsSync(db)).toBe(true);
  });

  it('keys list, audit verify and docs sources read that same file', async () => {
    const list = await bastion(here, 'keys', 'list');
    expect(list.code, list.stderr).toBe(0);
    expect(list.stdout).toContain('walkthrough');
    expect(list.stderr).toContain(`store: ${db}`);
    const verify = await bastion(here, 'audit', 'verify');
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/intact: 1 records/);
    const sources = await bastion(here, 'docs', 'sources', '--json');
    expect(sources.code, sources.stderr).toBe(0);
    expect((JSON.parse(sources.stdout) as { index: string }).index).toBe(db);
  });

  it('serve prints that same store at start', async () => {
    const env = { ...process.env };
    delete env.BASTION_CONFIG;
    delete env.BASTION_STORE;
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0'], { cwd: here, env });
    let stdout = '';
    const banner = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no Store line in 60 s:\n${stdout}`)), 60_000);
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        if (/Store: .*\n/.test(stdout)) {
          clearTimeout(timer);
          done(stdout);
        }
      });
      child.on('exit', () => fail(new Error(`serve exited:\n${stdout}`)));
    }).finally(() => child.kill('SIGTERM'));
    expect(banner).toContain(`Store: ${db} (config: `);
  });

  it('read-only commands in a folder with no store fail naming the path, and create nothing', async () => {
    const elsewhere = mkdtempSync(join(root, 'elsewhere-'));
    for (const args of [
      ['audit', 'verify'],
      ['keys', 'list'],
      ['audit', 'export', '--since', '1d'],
    ]) {
      const res = await bastion(elsewhere, ...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toContain(`no store at ${join(elsewhere, 'bastion.db')}`);
      expect(res.stderr).toContain('BASTION_ERR_STORE_NOT_FOUND');
    }
    // The docs commands that only read: before, `docs ask` created an empty index here and answered "I don't
    // know" (exit 4), and `docs eval` scored 15% and exited 0.
    for (const args of [
      ['docs', 'ask', 'How do I rotate a key?'],
      ['docs', 'eval', resolve(import.meta.dirname, '../../docs/eval/bastion-docs-qa.yaml')],
      ['docs', 'sources'],
      ['docs', 'quarantine'],
    ]) {
      const res = await bastion(elsewhere, ...args);
      expect(res.code, args.join(' ')).toBe(2);
      expect(res.stderr).toContain(`no docs index at ${join(elsewhere, 'bastion.db')}`);
      expect(res.stderr).toContain('BASTION_ERR_ASSISTANT_INDEX_EMPTY');
    }
    expect(existsSync(join(elsewhere, 'bastion.db'))).toBe(false);
    // A store with keys but no docs: ask refuses too, instead of "I don't know".
    expect((await bastion(elsewhere, 'keys', 'create', '--use-case', 'docs')).code).toBe(0);
    const ask = await bastion(elsewhere, 'docs', 'ask', 'How do I rotate a key?');
    expect(ask.code).toBe(2);
    expect(ask.stderr).toContain('holds no passages');
  });

  it('from a subfolder of a project, the nearest bastion.yaml is used and its relative store resolves against it', async () => {
    const project = mkdtempSync(join(root, 'with-config-'));
    writeFileSync(
      join(project, 'bastion.yaml'),
      'store: sqlite://./var/bastion.db\ncounters: sqlite\nproviders:\n  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1" }\nmodels:\n  m1: { provider: up }\nuseCases:\n  demo: { models: [m1] }\n',
    );
    const sub = join(project, 'src', 'app');
    mkdirSync(sub, { recursive: true });
    const created = await bastion(sub, 'keys', 'create', '--use-case', 'demo');
    expect(created.code, created.stderr).toBe(0);
    expect(created.stderr).toContain(`in ${join(project, 'var', 'bastion.db')}.`);
    expect(existsSync(join(sub, 'bastion.db'))).toBe(false);
    const verify = await bastion(project, 'audit', 'verify');
    expect(verify.stdout).toMatch(/intact: 1 records/);
  });
});
