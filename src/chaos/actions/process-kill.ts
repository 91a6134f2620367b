import { readFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { allowedTargets, durationMs } from '../experiment/common-schema.js';
import { pickRandom, signalSchema } from './signals.js';
import { defineAction } from './types.js';

function readPidFile(path: string): number {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch (cause) {
    throw new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `pid file ${path} cannot be read`, { cause });
  }
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 1)
    throw new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `pid file ${path} does not hold a pid`);
  return pid;
}

/**
 * Signals processes: replicas this run started (by name, limited by the blast radius), or a PID /
 * PID file. A replica can be restarted afterwards; other processes by `restartCommand`.
 */
export const processKill = defineAction({
  description:
    'Signal or kill a process (PID, PID file, or replicas this run started), then optionally restart it.',
  schema: z
    .object({
      pid: z.number().int().min(2).optional(),
      pidFile: z.string().optional(),
      replicas: z.array(z.string()).min(1).optional(),
      signal: signalSchema.default('SIGKILL'),
      /** Wait this long first: lets a background kill land in the middle of a load probe. */
      delay: durationMs.default(0),
      restart: z.boolean().default(false),
      restartDelay: durationMs.default(0),
      restartCommand: z.array(z.string()).min(1).optional(),
    })
    .strict()
    .refine((a) => [a.pid, a.pidFile, a.replicas].filter((t) => t !== undefined).length === 1, {
      message: 'set exactly one of pid, pidFile or replicas',
    }),
  run: async (a, ctx) => {
    if (a.delay > 0) await sleep(a.delay, undefined, { signal: ctx.signal }).catch(() => undefined);
    if (ctx.signal.aborted) return { output: { skipped: 'run aborted before the kill' } };
    if (a.replicas) {
      const targets = pickRandom(a.replicas, allowedTargets(a.replicas.length, ctx.blastRadius));
      const killed = [];
      for (const name of targets)
        killed.push({ replica: name, ...(await ctx.replicas.kill(name, a.signal)) });
      const restarted = [];
      if (a.restart) {
        await sleep(a.restartDelay, undefined, { signal: ctx.signal }).catch(() => undefined);
        for (const name of targets)
          restarted.push({ replica: name, pid: await ctx.replicas.restart(name, ctx.signal) });
      }
      return {
        output: {
          signal: a.signal,
          killed,
          restarted,
          spared: a.replicas.filter((r) => !targets.includes(r)),
        },
      };
    }
    const pid = a.pid ?? readPidFile(resolve(ctx.baseDir, a.pidFile ?? ''));
    try {
      process.kill(pid, a.signal);
    } catch (cause) {
      throw new BastionError('BASTION_ERR_CHAOS_ACTION_FAILED', `cannot send ${a.signal} to pid ${pid}`, {
        cause,
      });
    }
    let restartedPid: number | undefined;
    if (a.restart && a.restartCommand) {
      await sleep(a.restartDelay, undefined, { signal: ctx.signal }).catch(() => undefined);
      const [file, ...args] = a.restartCommand;
      const child = spawn(file ?? '', args, { cwd: ctx.baseDir, detached: true, stdio: 'ignore' });
      child.unref();
      restartedPid = child.pid;
    }
    return { output: { signal: a.signal, pid, restartedPid } };
  },
});
