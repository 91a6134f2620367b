import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../store/cli.js';

// A release gate that scans a folder with nothing in it (a mistyped path, a build that has not run yet) used to
// print "0 file(s) … nothing found" and exit 0: it passed without looking at anything.
const dir = mkdtempSync(join(tmpdir(), 'bastion-empty-scan-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scans of nothing fail as bad input', () => {
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'rows.csv'), 'name,comment\nada,hello\n');

  for (const command of ['secrets', 'model', 'data'] as const) {
    it(`${command} scan of an empty folder exits 2 naming the path; a folder with files still scans`, async () => {
      const empty = await runCli([command, 'scan', 'empty'], dir);
      expect(empty.code).toBe(2);
      expect(empty.stderr).toContain('empty: no ');
      expect(empty.stderr).toContain('nothing was checked');
      const full = await runCli([command, 'scan', 'data'], dir);
      expect(full.code, full.stderr).toBe(0);
    });
  }
});
