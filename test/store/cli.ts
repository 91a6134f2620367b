import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const BIN = resolve(import.meta.dirname, '../../bin/bastion.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real CLI (`node bin/bastion.js …`) in `cwd`, with BASTION_CONFIG unset so only --config/cwd count. */
export function runCli(args: string[], cwd: string): Promise<CliResult> {
  const env = { ...process.env };
  delete env.BASTION_CONFIG;
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

/** A temp folder for a test file's inputs, a writer of named files inside it, and its removal. */
export function scratchFolder(prefix: string): {
  dir: string;
  file(name: string, content: string | Buffer): string;
  remove(): void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A temp folder with a config naming one use case (`demo`) and a SQLite store file inside it. */
export function tempWorkspace(): { dir: string; config: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-cli-'));
  const config = join(dir, 'bastion.yaml');
  writeFileSync(
    config,
    [
      'store: sqlite://./store.db',
      'counters: sqlite',
      'providers:',
      '  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1" }',
      'models:',
      '  m1: { provider: up }',
      'useCases:',
      '  demo: { models: [m1] }',
      'audit:',
      '  retentionDays: 30',
      '',
    ].join('\n'),
  );
  return { dir, config, db: join(dir, 'store.db') };
}
