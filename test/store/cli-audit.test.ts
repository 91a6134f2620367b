import Database from 'better-sqlite3';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { openStore } from '../../src/store/open-store.js';
import { runCli, tempWorkspace } from './cli.js';

const ws = tempWorkspace();
afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

const HOUR = 3_600_000;

/** Fresh log of `n` records, one per hour, the newest an hour ago (as a gateway would have written them). */
async function writeLog(n: number): Promise<void> {
  rmSync(ws.db, { force: true });
  rmSync(ws.db + '-wal', { force: true });
  rmSync(ws.db + '-shm', { force: true });
  const store = await openStore({ store: `sqlite://${ws.db}`, counters: 'memory' });
  try {
    const newest = Date.now() - HOUR;
    for (let i = 0; i < n; i++) {
      await store.audit.append(
        sampleAuditEntry(i, { time: new Date(newest - (n - 1 - i) * HOUR).toISOString() }),
      );
    }
  } finally {
    await store.close();
  }
}

function tamper(sql: string): void {
  const db = new Database(ws.db);
  try {
    db.prepare(sql).run();
  } finally {
    db.close();
  }
}

describe('bastion audit', () => {
  beforeEach(() => writeLog(10));

  it('verify exits 0 on an intact log, and names an edited record with a non-zero exit', async () => {
    const intact = await runCli(['audit', 'verify', '--config', ws.config], ws.dir);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toMatch(/audit log intact: 10 records verified, head seq 10/);
    tamper('UPDATE audit SET tokens_out = 1 WHERE seq = 7');
    const edited = await runCli(['audit', 'verify', '--config', ws.config], ws.dir);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(
      /BROKEN at record seq 7 \(edited\): record seq 7 \(request req_6, .*\) was edited/,
    );
  });

  it('verify reports a deleted record as a gap, as JSON too', async () => {
    tamper('DELETE FROM audit WHERE seq = 4');
    const result = await runCli(['audit', 'verify', '--config', ws.config, '--json'], ws.dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: false, seq: 4, reason: 'deleted', checked: 3 });
  });

  it('export streams JSON lines in a time window; bad flags are refused', async () => {
    const since = new Date(Date.now() - 4.5 * HOUR).toISOString();
    const [window, all, bad] = await Promise.all([
      runCli(
        ['audit', 'export', '--config', ws.config, '--since', since, '--until', '1.5h', '--format', 'jsonl'],
        ws.dir,
      ),
      runCli(['audit', 'export', '--config', ws.config, '--since', '7d'], ws.dir),
      runCli(['audit', 'export', '--config', ws.config, '--since', '24h', '--format', 'csv'], ws.dir),
    ]);
    expect(window.code, window.stderr).toBe(0);
    const records = window.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { seq: number; hash: string });
    // Records sit on whole hours before the writer's "now"; half-hour bounds keep the test clear of the seconds
    // between writing and running the CLI: 4h, 3h and 2h ago are inside (seq 7, 8, 9).
    expect(records.map((r) => r.seq)).toEqual([7, 8, 9]);
    expect(records[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(all.stdout.trim().split('\n')).toHaveLength(10);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--format: only jsonl is supported/);
  });

  it('an export verifies on its own; an edited or garbled export is caught, with file and line', async () => {
    const since = new Date(Date.now() - 6.5 * HOUR).toISOString();
    const exported = await runCli(['audit', 'export', '--config', ws.config, '--since', since], ws.dir);
    const file = join(ws.dir, 'window.jsonl');
    writeFileSync(file, exported.stdout);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const edited = join(ws.dir, 'edited.jsonl');
    writeFileSync(
      edited,
      lines.map((l, i) => (i === 2 ? l.replace('"status":200', '"status":201') : l)).join('\n'),
    );
    const garbled = join(ws.dir, 'garbled.jsonl');
    writeFileSync(garbled, [lines[0], '{"seq": 2', lines[1]].join('\n'));
    const [ok, bad, broken] = await Promise.all(
      [file, edited, garbled].map((f) => runCli(['audit', 'verify', '--file', f], ws.dir)),
    );
    expect(ok?.code, ok?.stderr).toBe(0);
    expect(ok?.stdout).toMatch(/intact: 6 records, seq 5\.\.10/);
    expect(bad?.code).toBe(1);
    expect(bad?.stderr).toMatch(/BROKEN at record seq 7 \(edited\)/);
    expect(broken?.code).toBe(2);
    expect(broken?.stderr).toMatch(/garbled\.jsonl:2: not valid JSON/);
  });

  it('purge keeps the chain verifiable', async () => {
    const purged = await runCli(['audit', 'purge', '--config', ws.config, '--older-than', '5.5h'], ws.dir);
    expect(purged.code, purged.stderr).toBe(0);
    expect(purged.stdout).toMatch(/purged 5 records \(through seq 5/);
    const verify = await runCli(['audit', 'verify', '--config', ws.config], ws.dir);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/intact: 6 records verified, head seq 11/);
  });
});
