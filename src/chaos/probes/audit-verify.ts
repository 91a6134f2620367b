import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runCommand } from '../actions/run-command.js';
import { durationMs } from '../experiment/common-schema.js';
import { judgeCommand } from './command.js';
import { defineProbe } from './types.js';

const BASTION_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../../../bin/bastion.js');

/**
 * Verifies Bastion's hash-chained audit log by running `bastion audit verify --config FILE`
 * (a separate process, as an operator would): held when it exits 0, i.e. no edit, deletion or gap.
 */
export const auditVerifyProbe = defineProbe({
  description: "Verify Bastion's audit hash chain (`bastion audit verify --config FILE` exits 0).",
  schema: z
    .object({
      config: z.string(),
      /** The `bastion` entry point to run; default: this installation's. */
      bin: z.string().optional(),
      timeout: durationMs.default(60_000),
    })
    .strict(),
  run: async (a, ctx) => {
    const config = resolve(ctx.baseDir, a.config);
    const result = await runCommand(
      [process.execPath, a.bin ?? BASTION_BIN, 'audit', 'verify', '--config', config],
      {
        cwd: '.',
        timeoutMs: a.timeout,
        signal: ctx.signal,
        baseDir: ctx.baseDir,
        baseEnv: ctx.env,
      },
    );
    return judgeCommand(result, { exitCode: 0 });
  },
});
