import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { commandLine, durationMs } from '../experiment/common-schema.js';
import { runCommand } from './run-command.js';
import { defineAction } from './types.js';

export const command = defineAction({
  description:
    'Run a command (argv list, or a string for `sh -c`); non-zero exit fails the step unless allowFailure.',
  schema: z
    .object({
      run: commandLine,
      cwd: z.string().default('.'),
      env: z.record(z.string(), z.string()).default({}),
      timeout: durationMs.default(60_000),
      allowFailure: z.boolean().default(false),
    })
    .strict(),
  run: async (a, ctx) => {
    const result = await runCommand(a.run, {
      cwd: a.cwd,
      env: a.env,
      timeoutMs: a.timeout,
      signal: ctx.signal,
      baseDir: ctx.baseDir,
      baseEnv: ctx.env,
    });
    if (!a.allowFailure && (result.exitCode !== 0 || result.timedOut)) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_ACTION_FAILED',
        `command exited ${result.timedOut ? 'by timeout' : String(result.exitCode ?? result.signal)}: ${result.stderr.slice(-300)}`,
      );
    }
    return { output: result };
  },
});
