import { resolve } from 'node:path';
import { z } from 'zod';
import { durationMs } from '../experiment/common-schema.js';
import { defineAction } from './types.js';

/** Starts a named process (e.g. a gateway replica) that later actions may kill and restart. */
export const replicaStart = defineAction({
  description: 'Start a named replica process; it is stopped when the run ends.',
  schema: z
    .object({
      replica: z.string().regex(/^[A-Za-z0-9_.-]+$/),
      command: z.array(z.string()).min(1),
      cwd: z.string().optional(),
      env: z.record(z.string(), z.string()).default({}),
      readyUrl: z.string().url().optional(),
      readyTimeout: durationMs.default(15_000),
    })
    .strict(),
  run: async (a, ctx) => {
    const pid = await ctx.replicas.start(
      {
        name: a.replica,
        command: a.command,
        cwd: resolve(ctx.baseDir, a.cwd ?? '.'),
        env: a.env,
        readyUrl: a.readyUrl,
        readyTimeoutMs: a.readyTimeout,
      },
      ctx.signal,
    );
    return { output: { replica: a.replica, pid } };
  },
});
