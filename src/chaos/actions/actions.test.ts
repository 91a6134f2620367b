import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { allowedTargets } from '../experiment/common-schema.js';
import { chaosMonkey, insideHours } from './chaos-monkey.js';
import { cpuPressure } from './cpu-pressure.js';
import { memoryPressure } from './memory-pressure.js';
import { processKill } from './process-kill.js';
import { Replicas } from './replicas.js';
import type { ActionContext } from './types.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-chaos-actions-'));
const SLEEPER = [process.execPath, '-e', 'setInterval(() => {}, 1000)'];
let replicas = new Replicas(process.env);

const ctx = (extra: Partial<ActionContext> = {}): ActionContext => ({
  signal: new AbortController().signal,
  baseDir: dir,
  replicas,
  blastRadius: undefined,
  env: {},
  ...extra,
});
const parse = <T extends { schema: { parse(v: unknown): unknown } }>(def: T, args: unknown) =>
  def.schema.parse(args) as Record<string, unknown>;

afterEach(async () => {
  await replicas.stopAll();
  replicas = new Replicas(process.env);
});

describe('blast radius', () => {
  it('limits targets by count and percent, the smaller winning, at least one', () => {
    expect(allowedTargets(10, undefined)).toBe(10);
    expect(allowedTargets(10, { count: 3 })).toBe(3);
    expect(allowedTargets(10, { percent: 50 })).toBe(5);
    expect(allowedTargets(10, { count: 2, percent: 50 })).toBe(2);
    expect(allowedTargets(3, { percent: 10 })).toBe(1);
    expect(allowedTargets(0, { count: 1 })).toBe(0);
  });
});

describe('process-kill', () => {
  it('kills only as many replicas as the blast radius allows, and restarts them', async () => {
    for (const name of ['a', 'b', 'c', 'd'])
      await replicas.start({ name, command: SLEEPER, cwd: dir, env: {}, readyTimeoutMs: 5000 });
    const before = replicas.names().map((n) => replicas.pid(n));
    const result = await processKill.run(
      parse(processKill, { replicas: ['a', 'b', 'c', 'd'], restart: true }),
      ctx({ blastRadius: { percent: 50 } }),
    );
    const output = result.output as {
      killed: { replica: string; exitCode: number | null }[];
      restarted: unknown[];
      spared: string[];
    };
    expect(output.killed).toHaveLength(2);
    expect(output.spared).toHaveLength(2);
    expect(output.restarted).toHaveLength(2);
    const after = replicas.names().map((n) => replicas.pid(n));
    expect(after.filter((pid, i) => pid !== before[i])).toHaveLength(2);
  });

  it('signals a process named by a PID file', async () => {
    const child = spawn(SLEEPER[0] ?? '', SLEEPER.slice(1), { stdio: 'ignore' });
    const exited = new Promise<string | null>((r) => child.once('exit', (_code, signal) => r(signal)));
    writeFileSync(join(dir, 'svc.pid'), `${child.pid}\n`);
    await processKill.run(parse(processKill, { pidFile: 'svc.pid', signal: 'SIGTERM' }), ctx());
    expect(await exited).toBe('SIGTERM');
  });

  it('refuses an ambiguous target and an unreadable PID file', async () => {
    expect(() => parse(processKill, { pid: 123, replicas: ['a'] })).toThrow(
      /exactly one of pid, pidFile or replicas/,
    );
    await expect(processKill.run(parse(processKill, { pidFile: 'missing.pid' }), ctx())).rejects.toThrow(
      /cannot be read/,
    );
  });
});

describe('chaos monkey', () => {
  it('kills random opt-in replicas during its window and restarts them', async () => {
    for (const name of ['m1', 'm2'])
      await replicas.start({ name, command: SLEEPER, cwd: dir, env: {}, readyTimeoutMs: 5000 });
    const result = await chaosMonkey.run(
      parse(chaosMonkey, {
        replicas: ['m1', 'm2'],
        meanInterval: '150ms',
        duration: '1200ms',
        restartDelay: '10ms',
      }),
      ctx(),
    );
    const kills = (result.output as { kills: { replica: string; skipped?: string }[] }).kills;
    expect(kills.length).toBeGreaterThan(0);
    for (const k of kills) expect(['m1', 'm2']).toContain(k.replica);
    expect(replicas.names().sort()).toEqual(['m1', 'm2']);
  });

  it('knows its allowed hours, across midnight too', () => {
    const at = (hhmm: string) => new Date(`2026-11-25T${hhmm}:00Z`);
    expect(insideHours(at('10:00'), '09:00', '17:00')).toBe(true);
    expect(insideHours(at('18:00'), '09:00', '17:00')).toBe(false);
    expect(insideHours(at('23:30'), '22:00', '06:00')).toBe(true);
    expect(insideHours(at('12:00'), '22:00', '06:00')).toBe(false);
  });
});

describe('pressure', () => {
  it('loads a CPU for the duration and stops its workers', async () => {
    const result = await cpuPressure.run(
      parse(cpuPressure, { workers: 1, load: 50, duration: '150ms' }),
      ctx(),
    );
    expect(result.output).toMatchObject({ workers: 1, load: 50 });
    await result.undo?.();
  });

  it('holds memory within bounds and refuses absurd sizes', async () => {
    const result = await memoryPressure.run(parse(memoryPressure, { size: '8mb', duration: '50ms' }), ctx());
    expect(result.output).toMatchObject({ bytes: 8 * 1024 * 1024 });
    await expect(
      memoryPressure.run(parse(memoryPressure, { size: '4096gb', duration: '1ms' }), ctx()),
    ).rejects.toThrow(/safe limit/);
  });
});
