import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../store/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-usage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// With a PostgreSQL store, `counters: sqlite` (the default) counts in each gateway's memory: `keys usage` from
// another process would open its own empty counters and print zeros as if the key were unused.
describe('bastion keys usage with counters the CLI cannot see', () => {
  it('refuses (exit 2) and says where the usage is, before touching the store', async () => {
    const config = join(dir, 'pg.yaml');
    writeFileSync(config, 'store: postgres://nobody@127.0.0.1:1/bastion\n');
    const res = await runCli(['keys', 'usage', 'key_x', '--config', config], dir);
    expect(res.code).toBe(2);
    expect(res.stderr).toContain(
      'counters: sqlite with a PostgreSQL store counts in memory inside each gateway process',
    );
    expect(res.stderr).toContain('GET /admin/v1/keys/ID/usage');
    const memory = join(dir, 'memory.yaml');
    writeFileSync(memory, 'store: sqlite://./b.db\ncounters: memory\n');
    const mem = await runCli(['keys', 'usage', 'key_x', '--config', memory], dir);
    expect(mem.code).toBe(2);
    expect(mem.stderr).toContain('counters: memory lives inside each gateway process');
  });
});
