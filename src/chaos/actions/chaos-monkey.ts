import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { durationMs } from '../experiment/common-schema.js';
import { pickRandom, signalSchema } from './signals.js';
import { defineAction } from './types.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24h, UTC)');

/** Whether `date` falls inside [from, to) in UTC; a window may cross midnight. */
export function insideHours(date: Date, from: string, to: string): boolean {
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  const [fh, fm] = from.split(':').map(Number);
  const [th, tm] = to.split(':').map(Number);
  const start = (fh ?? 0) * 60 + (fm ?? 0);
  const end = (th ?? 0) * 60 + (tm ?? 0);
  return start <= end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}

/**
 * Netflix Chaos Monkey's idea at experiment scale: for `duration`, kill a random replica from an
 * opt-in set at exponentially distributed intervals with the given mean, only inside allowed hours
 * (people are around to respond), restarting each after `restartDelay`.
 */
export const chaosMonkey = defineAction({
  description: 'Kill a random replica from an opt-in set at a mean interval, only inside allowed hours.',
  schema: z
    .object({
      replicas: z.array(z.string()).min(1),
      meanInterval: durationMs,
      duration: durationMs,
      allowedHours: z.object({ from: hhmm, to: hhmm }).strict().default({ from: '00:00', to: '00:00' }),
      signal: signalSchema.default('SIGKILL'),
      restart: z.boolean().default(true),
      restartDelay: durationMs.default(500),
    })
    .strict(),
  run: async (a, ctx) => {
    const kills: { at: string; replica: string; skipped?: string }[] = [];
    const end = performance.now() + a.duration;
    const allDay = a.allowedHours.from === a.allowedHours.to;
    while (!ctx.signal.aborted) {
      // Exponential inter-arrival times give a Poisson process: kills are unpredictable, as in production.
      const wait = -Math.log(1 - Math.random()) * a.meanInterval;
      if (performance.now() + wait >= end) {
        await sleep(Math.max(0, end - performance.now()), undefined, { signal: ctx.signal }).catch(
          () => undefined,
        );
        break;
      }
      await sleep(wait, undefined, { signal: ctx.signal }).catch(() => undefined);
      if (ctx.signal.aborted) break;
      const [replica] = pickRandom(a.replicas, 1);
      if (!replica) break;
      const at = new Date().toISOString();
      if (!allDay && !insideHours(new Date(), a.allowedHours.from, a.allowedHours.to)) {
        kills.push({ at, replica, skipped: 'outside allowed hours' });
        continue;
      }
      await ctx.replicas.kill(replica, a.signal);
      kills.push({ at, replica });
      if (a.restart) {
        await sleep(a.restartDelay, undefined, { signal: ctx.signal }).catch(() => undefined);
        await ctx.replicas.restart(replica, ctx.signal);
      }
    }
    return { output: { kills } };
  },
});
