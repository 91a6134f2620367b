import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, scratchFolder } from '../store/cli.js';

// A named pipe given to a scan used to block forever (open waits for a writer); /dev/null scanned as an empty file
// with "nothing found", exit 0. Both are exit 2 naming what the path is.
const { dir, remove } = scratchFolder('bastion-special-files-');
afterAll(remove);
const fifo = join(dir, 'pipe.jsonl');
execFileSync('mkfifo', [fifo]);

describe('scans of a path that is not a file or a folder', () => {
  it.each([
    ['model', 'scan'],
    ['data', 'scan'],
    ['secrets', 'scan'],
  ])('bastion %s %s refuses a named pipe and a device with exit 2, without waiting', async (command, sub) => {
    const pipe = await runCli([command, sub, fifo], dir);
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toContain(`${fifo}: is a named pipe (FIFO), not a file or folder`);
    expect(pipe.stderr).toContain('BASTION_ERR_INPUT_INVALID');
    const device = await runCli([command, sub, '/dev/null'], dir);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/null: is a device');
  });
});
