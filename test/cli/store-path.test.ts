import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDocsDb } from '../../src/store/docs-db.js';
import { openSqliteDatabase } from '../../src/store/sqlite/open-sqlite-store.js';
import { runCli, scratchFolder } from '../store/cli.js';

// A SQLite store path that runs through a regular file (sqlite://./somefile/bastion.db) used to fail with
// "EEXIST: file already exists, mkdir …" (or "no store at …" for read-only commands): now a stable code names the file.
const { dir, file, remove } = scratchFolder('bastion-store-path-');
afterAll(remove);
const somefile = file('somefile', 'not a folder\n');

function config(store: string): string {
  const path = join(dir, `bastion-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(
    path,
    [
      `store: ${store}`,
      'providers:',
      '  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1" }',
      'models:',
      '  m1: { provider: up }',
      'useCases:',
      '  demo: { models: [m1] }',
      '',
    ].join('\n'),
  );
  return path;
}

describe('a SQLite store path under a regular file', () => {
  it('keys create (creates the store) and keys list (needs it) name the file in the way, exit 2', async () => {
    for (const [args, store] of [
      [['keys', 'create', '--use-case', 'demo'], 'sqlite://./somefile/bastion.db'],
      [['keys', 'list'], 'sqlite://./somefile/deeper/bastion.db'],
      [['audit', 'verify'], 'sqlite://./somefile/bastion.db'],
    ] as const) {
      const res = await runCli([...args, '--config', config(store)], dir);
      expect(res.code, `${args.join(' ')}: ${res.stderr}`).toBe(2);
      expect(res.stderr).toContain(`${somefile} is a file, not a folder`);
      expect(res.stderr).toContain('BASTION_ERR_STORE_PATH_NOT_FOLDER');
      expect(res.stderr).not.toMatch(/EEXIST|ENOTDIR/);
      expect(res.stdout).toBe('');
    }
  });

  it('the store and the docs index say the same when opened directly (serve, docs ingest)', () => {
    for (const open of [openSqliteDatabase, openDocsDb]) {
      let caught: unknown;
      try {
        open(join(somefile, 'x', 'bastion.db')).close();
      } catch (error) {
        caught = error;
      }
      expect(caught).toMatchObject({
        code: 'BASTION_ERR_STORE_PATH_NOT_FOLDER',
        message: expect.stringContaining(`${somefile} is a file, not a folder`) as unknown,
      });
    }
  });
});
