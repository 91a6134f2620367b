import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../core/log.js';
import { openStore, parseStoreUrl, redactUrl } from './open-store.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store URLs', () => {
  it('resolves relative SQLite paths against the config folder and keeps absolute ones', () => {
    expect(parseStoreUrl('sqlite://./b.db', '/etc/bastion')).toEqual({
      kind: 'sqlite',
      path: '/etc/bastion/b.db',
    });
    expect(parseStoreUrl('sqlite:///var/lib/b.db', '/etc/bastion')).toEqual({
      kind: 'sqlite',
      path: '/var/lib/b.db',
    });
    expect(parseStoreUrl('sqlite://:memory:')).toEqual({ kind: 'sqlite', path: ':memory:' });
  });

  it('takes the schema out of a PostgreSQL URL and validates it', () => {
    expect(parseStoreUrl('postgres://u:p@db:5432/app?schema=bastion&sslmode=require')).toEqual({
      kind: 'postgres',
      url: 'postgres://u:p@db:5432/app?sslmode=require',
      schema: 'bastion',
    });
    expect(() => parseStoreUrl('postgres://db/app?schema=x;drop')).toThrow(/schema "x;drop" must be/);
  });

  it('refuses unknown schemes without echoing credentials', () => {
    expect(() => parseStoreUrl('mysql://root:hunter2@db/app')).toThrow(
      /expected sqlite:\/\/PATH or postgres/,
    );
    expect(() => parseStoreUrl('mysql://root:hunter2@db/app')).not.toThrow(/hunter2/);
    expect(redactUrl('redis://:secret@host:6379')).toBe('redis://***@host:6379');
  });
});

describe('openStore', () => {
  it('reports a SQLite path that runs through a regular file as PATH_NOT_FOLDER, naming the file', async () => {
    // A regular file where the folder should be: not even mkdir can help.
    writeFileSync(join(dir, 'not-a-dir'), 'x');
    await expect(
      openStore({ store: `sqlite://${dir}/not-a-dir/b.db`, counters: 'sqlite' }),
    ).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_PATH_NOT_FOLDER',
      message: expect.stringContaining('not-a-dir'),
    });
  });

  it('creates the folder of a SQLite store that does not exist yet', async () => {
    const store = await openStore({ store: `sqlite://${dir}/new/folder/b.db`, counters: 'sqlite' });
    await store.close();
    expect(existsSync(join(dir, 'new', 'folder', 'b.db'))).toBe(true);
  });

  it('refuses a database written by a newer Bastion instead of touching it', async () => {
    const path = join(dir, 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    await expect(openStore({ store: `sqlite://${path}`, counters: 'sqlite' })).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_MIGRATION',
      message: expect.stringContaining('version 999'),
    });
  });

  it('migrates once and reopens an existing file with its data', async () => {
    const path = join(dir, 'reopen.db');
    const first = await openStore({ store: `sqlite://${path}`, counters: 'sqlite' });
    const { record } = await first.keys.create({ useCase: 'demo' });
    await first.close();
    const second = await openStore({ store: `sqlite://${path}`, counters: 'sqlite' });
    expect(await second.keys.get(record.id)).toEqual(record);
    await second.close();
  });

  it('rejects bad counters and warns when sqlite counters are asked of a non-sqlite store', async () => {
    await expect(openStore({ store: 'sqlite://:memory:', counters: 'memcached://x' })).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_URL_INVALID',
    });
    const { openCounters } = await import('./open-counters.js');
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    const counters = await openCounters('sqlite', { clock: { now: Date.now, monotonic: () => 0 }, logger });
    expect(counters.kind).toBe('memory');
    expect(lines.join()).toMatch(/counting in memory/);
  });
});
