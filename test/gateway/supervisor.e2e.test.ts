/**
 * The cluster supervisor with real forked processes (a stand-in worker, fixtures/cluster-app.ts): it stops cleanly,
 * restarts a worker that dies, and gives up with the worker's own error when restarts keep failing, never looping.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function runApp(mode: string) {
  const state = mkdtempSync(join(tmpdir(), 'bastion-cluster-app-'));
  dirs.push(state);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/gateway/fixtures/cluster-app.ts', mode, state],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const last = out.trim().split('\n').at(-1) ?? '{}';
  const logs = err
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code, out, result: JSON.parse(last) as { exitCode: number; error?: string; code?: string }, logs };
}

describe('cluster supervisor', () => {
  it('reports ready once both workers listen, and a stop drains them to exit code 0', async () => {
    const run = await runApp('ready');
    expect(run.code).toBe(0);
    expect(run.out.match(/READY/g)).toHaveLength(1);
    expect(run.out).toContain('worker 1');
    expect(run.result).toEqual({ exitCode: 0 });
    expect(run.logs.filter((l) => l.msg === 'gateway worker started')).toHaveLength(2);
  });

  it('restarts a worker that died, then gives up with its error after 3 failed starts in a row', async () => {
    const run = await runApp('crash-loop');
    expect(run.code).toBe(0);
    expect(run.out).toContain('READY');
    expect(run.result.exitCode).toBe(2);
    expect(run.result.code).toBe('BASTION_ERR_GATEWAY_WORKER_FAILED');
    expect(run.result.error).toContain('worker 1 failed to start: boom');
    const restarts = run.logs.filter((l) => l.msg === 'gateway worker died; restarting');
    // The crash after serving, then two failed starts; the third failed start ends it.
    expect(restarts.map((l) => l.worker)).toEqual([1, 1, 1]);
    expect(restarts.map((l) => l.restartInMs)).toEqual([20, 40, 80]);
    expect(run.logs.some((l) => l.msg === 'gateway worker keeps failing to start; stopping the server')).toBe(
      true,
    );
    // Worker 1 was started 4 times (first start + 3 restarts), worker 2 once.
    expect(run.logs.filter((l) => l.msg === 'gateway worker started' && l.worker === 1)).toHaveLength(4);
  });
});
