import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILTIN_CONFIG, findConfigUp, loadCommandConfig } from './config.js';
import { resolveDocsIndexPath } from '../../assistant/index.js';
import { storeLocation } from './store.js';

const root = mkdtempSync(join(tmpdir(), 'bastion-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let savedEnv: Record<string, string | undefined>;
beforeEach(() => {
  savedEnv = { BASTION_CONFIG: process.env.BASTION_CONFIG, BASTION_STORE: process.env.BASTION_STORE };
  delete process.env.BASTION_CONFIG;
  delete process.env.BASTION_STORE;
});
afterEach(() => {
  for (const [name, value] of Object.entries(savedEnv)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const minimal = (store: string) =>
  `store: ${store}\ncounters: memory\nproviders:\n  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "http://127.0.0.1:9/v1" }\nmodels:\n  m1: { provider: up }\nuseCases:\n  demo: { models: [m1] }\n`;

describe('loadCommandConfig: which config, and where its data lives', () => {
  it('without any bastion.yaml, uses the built-in config with its store and docs index in the working directory', () => {
    const cwd = mkdtempSync(join(root, 'empty-'));
    expect(findConfigUp(cwd), 'a bastion.yaml above the temp folder would change this test').toBeUndefined();
    const loaded = loadCommandConfig(undefined, cwd);
    expect(loaded.origin).toBe('builtin');
    expect(loaded.file).toBe(BUILTIN_CONFIG);
    expect(storeLocation(loaded)).toBe(join(cwd, 'bastion.db'));
    // Its docs are Bastion's own, next to the file, wherever the command runs.
    expect(loaded.baseDir).toBe(dirname(BUILTIN_CONFIG));
    expect(loaded.config.assistant.ingestOnStart).toEqual(['./docs']);
  });

  it('a relative $BASTION_STORE with the built-in config also lands in the working directory', () => {
    const cwd = mkdtempSync(join(root, 'env-store-'));
    process.env.BASTION_STORE = 'sqlite://./state/b.db';
    expect(storeLocation(loadCommandConfig(undefined, cwd))).toBe(join(cwd, 'state', 'b.db'));
  });

  it('with a PostgreSQL store, the built-in config keeps the docs index in the working directory too', () => {
    const cwd = mkdtempSync(join(root, 'pg-'));
    process.env.BASTION_STORE = 'postgres://u@db.internal/bastion';
    const loaded = loadCommandConfig(undefined, cwd);
    expect(resolveDocsIndexPath(loaded)).toBe(join(cwd, 'bastion-docs.db'));
    expect(storeLocation(loaded)).toBe('postgres://***@db.internal/bastion');
  });

  it('finds bastion.yaml in a parent folder; its relative store resolves against the file, not the working directory', () => {
    const project = mkdtempSync(join(root, 'project-'));
    writeFileSync(join(project, 'bastion.yaml'), minimal('sqlite://./data/store.db'));
    const deep = join(project, 'a', 'b');
    mkdirSync(deep, { recursive: true });
    const loaded = loadCommandConfig(undefined, deep);
    expect(loaded.origin).toBe('found');
    expect(loaded.file).toBe(join(project, 'bastion.yaml'));
    expect(storeLocation(loaded)).toBe(join(project, 'data', 'store.db'));
  });

  it('--config wins over $BASTION_CONFIG, which wins over a found file; both resolve against their own folder', () => {
    const project = mkdtempSync(join(root, 'flags-'));
    writeFileSync(join(project, 'bastion.yaml'), minimal('sqlite://./found.db'));
    const other = mkdtempSync(join(root, 'other-'));
    writeFileSync(join(other, 'env.yaml'), minimal('sqlite://./env.db'));
    writeFileSync(join(other, 'flag.yaml'), minimal('sqlite:///var/tmp/absolute.db'));
    process.env.BASTION_CONFIG = join(other, 'env.yaml');
    const fromEnv = loadCommandConfig(undefined, project);
    expect([fromEnv.origin, storeLocation(fromEnv)]).toEqual(['env', join(other, 'env.db')]);
    const fromFlag = loadCommandConfig(join(other, 'flag.yaml'), project);
    expect([fromFlag.origin, storeLocation(fromFlag)]).toEqual(['flag', '/var/tmp/absolute.db']);
  });

  it('names a missing --config file', () => {
    expect(() => loadCommandConfig(join(root, 'nope.yaml'), root)).toThrow('nope.yaml: no such file');
  });
});
