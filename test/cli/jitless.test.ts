import { execFile } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, scratchFolder, type CliResult } from '../store/cli.js';

// Under `node --jitless` V8 has no WebAssembly, and the guards scan with it. `bastion scan` crashed with a stack trace
// ("Cannot read properties of undefined (reading 'Module')") and exit 1, which for scan means "a line was blocked".
const { dir, file, remove } = scratchFolder('bastion-jitless-');
afterAll(remove);

function runJitless(args: string[], how: 'flag' | 'NODE_OPTIONS'): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: how === 'NODE_OPTIONS' ? '--jitless' : '' };
  delete env.BASTION_CONFIG;
  const node = how === 'flag' ? ['--jitless', BIN, ...args] : [BIN, ...args];
  return new Promise((done) => {
    execFile(process.execPath, node, { cwd: dir, env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

const saysWhy = (result: CliResult): void => {
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('bastion: WebAssembly is not available in this Node.js process');
  expect(result.stderr).toContain('--jitless');
  expect(result.stderr).toContain('(BASTION_ERR_GUARDS_NO_WASM)');
  expect(result.stderr).not.toMatch(/^\s+at /m);
};

describe('the guards without WebAssembly (node --jitless)', { timeout: 120_000 }, () => {
  it('bastion scan says why at start, with a stable code and exit 2', async () => {
    const text = file('prompt.txt', 'hello there\n');
    const result = await runJitless(['scan', text], 'flag');
    saysWhy(result);
    expect(result.stdout).toBe('');
  });

  it('bastion serve says why at start too, also when --jitless comes through NODE_OPTIONS', async () => {
    saysWhy(await runJitless(['serve', '--port', '0', '--host', '127.0.0.1'], 'NODE_OPTIONS'));
  });

  it('commands that need no guards still run', async () => {
    // keys list opens the store (there is none in an empty folder), not the guards.
    const result = await runJitless(['keys', 'list'], 'flag');
    expect(result.stderr).toContain('(BASTION_ERR_STORE_NOT_FOUND)');
    expect(result.stderr).not.toContain('BASTION_ERR_GUARDS_NO_WASM');
  });
});
