/**
 * Ctrl-C during `bastion docs ingest` and during the first-start ingest of `bastion serve`: the ingest stops after
 * the batch being written, leaves a consistent index holding whole files only, says how far it got and that a re-run
 * resumes, and exits 130; the re-run reads only the files not ingested yet.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BATCH_FILES } from '../../src/assistant/ingest.js';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 60_000 });

const repo = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'bastion-ingest-int-'));
const FILES = 4 * BATCH_FILES;
const WORDS =
  'gateway key rotate audit chain token limit budget model provider guard scan policy docs index'.split(' ');

beforeAll(() => {
  mkdirSync(join(dir, 'docs'));
  let seed = 7;
  const word = (): string => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return WORDS[seed % WORDS.length] ?? 'docs';
  };
  for (let i = 0; i < FILES; i++) {
    const sections = [0, 1, 2].map(
      (s) => `## Section ${s}\n\n${Array.from({ length: 60 }, word).join(' ')}.\n`,
    );
    writeFileSync(
      join(dir, 'docs', `page-${String(i).padStart(4, '0')}.md`),
      `# Page ${i}\n\n${sections.join('\n')}`,
    );
  }
  writeFileSync(
    join(dir, 'bastion.yaml'),
    [
      'store: sqlite://./bastion.db',
      'providers:',
      '  local: { type: local, hosting: local }',
      'models:',
      '  bastion-docs: { provider: local }',
      'useCases:',
      '  docs: { models: [bastion-docs] }',
      'assistant:',
      '  ingestOnStart: [./docs]',
      '',
    ].join('\n'),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const freshIndex = (): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `bastion.db${suffix}`), { force: true });
};

/** Sources and passages in the index, read beside the running ingest (WAL readers see committed batches only). */
function indexCounts(check = true): { sources: number; chunks: number; integrity: string } {
  try {
    const db = new Database(join(dir, 'bastion.db'), { readonly: true, fileMustExist: true });
    try {
      return {
        sources: (db.prepare('SELECT count(*) AS n FROM docs_sources').get() as { n: number }).n,
        chunks: (db.prepare('SELECT count(*) AS n FROM docs_chunks').get() as { n: number }).n,
        integrity: check
          ? (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check
          : 'not checked',
      };
    } finally {
      db.close();
    }
  } catch {
    return { sources: 0, chunks: 0, integrity: 'no index yet' }; // not created, or its tables not yet
  }
}

/** Starts the CLI, sends SIGINT once the first batch is committed, and returns what it printed and its exit code. */
async function interruptAfterFirstBatch(args: string[]) {
  const child = spawn(process.execPath, [join(repo, 'bin/bastion.js'), ...args], {
    cwd: dir,
    env: { ...process.env, BASTION_CONFIG: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let running = true;
  void exited.then(() => (running = false));
  while (running && indexCounts(false).sources === 0) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGINT');
  return { code: await exited, stdout, stderr };
}

function expectConsistentPartialIndex(stderr: string, resume: string): number {
  const done = Number(/interrupted: (\d+) of (\d+) files done/.exec(stderr)?.[1] ?? NaN);
  expect(stderr).toContain(`of ${FILES} files done`);
  expect(done).toBeGreaterThan(0);
  expect(done).toBeLessThan(FILES);
  expect(stderr).toContain(`Run ${resume} again to resume`);
  const counts = indexCounts();
  expect(counts.integrity).toBe('ok');
  // Whole files only: every indexed source has its three passages, and the index holds what the message says.
  expect(counts.sources).toBe(done);
  expect(counts.chunks).toBe(3 * done);
  return done;
}

describe('Ctrl-C during a docs ingest', () => {
  it('bastion docs ingest (in process): stops after the current batch, exit 130; the re-run reads only the rest', async () => {
    freshIndex();
    const run = await interruptAfterFirstBatch(['docs', 'ingest', 'docs', '--workers', '1']);
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toContain('stopping the docs ingest after the batch being written');
    const done = expectConsistentPartialIndex(run.stderr, 'the same command');
    expect(done % BATCH_FILES).toBe(0); // batches are committed whole

    const again = spawnSync(process.execPath, [join(repo, 'bin/bastion.js'), 'docs', 'ingest', 'docs'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, BASTION_CONFIG: '' },
    });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`${FILES - done} added, 0 updated, ${done} unchanged, 0 removed`);
    expect(indexCounts()).toEqual({ sources: FILES, chunks: 3 * FILES, integrity: 'ok' });
  });

  it('bastion docs ingest on worker threads: the same clean stop', async () => {
    freshIndex();
    const run = await interruptAfterFirstBatch(['docs', 'ingest', 'docs', '--workers', '2']);
    expect(run.code, run.stderr).toBe(130);
    expectConsistentPartialIndex(run.stderr, 'the same command');
  });

  it('bastion serve: Ctrl-C during the first-start ingest stops it and exits 130 without serving', async () => {
    freshIndex();
    const run = await interruptAfterFirstBatch(['serve', '--port', '0']);
    expect(run.code, run.stderr).toBe(130);
    expectConsistentPartialIndex(run.stderr, '`bastion serve`');
    expect(run.stdout).not.toContain('listening on');
  });
});
