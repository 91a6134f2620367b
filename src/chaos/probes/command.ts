import { z } from 'zod';
import { runCommand, type CommandResult } from '../actions/run-command.js';
import { commandLine, durationMs } from '../experiment/common-schema.js';
import { defineProbe, type ProbeOutcome } from './types.js';

export const commandTolerance = z
  .object({
    exitCode: z.number().int().default(0),
    stdoutContains: z.string().optional(),
    stdoutMatches: z.string().optional(),
  })
  .strict();

const lastLine = (text: string) => {
  const line = text.trim().split('\n').at(-1)?.trim();
  return line ? `: ${line.slice(0, 300)}` : '';
};

export function judgeCommand(
  result: CommandResult,
  t: z.output<typeof commandTolerance> | undefined,
): ProbeOutcome {
  const output = {
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    stdout: result.stdout.slice(-4000),
    stderr: result.stderr.slice(-2000),
  };
  if (!t) return { output, met: undefined };
  const why = result.timedOut
    ? 'timed out'
    : result.exitCode !== t.exitCode
      ? `exit code ${result.exitCode ?? result.signal}, expected ${t.exitCode}${lastLine(result.stderr)}`
      : t.stdoutContains !== undefined && !result.stdout.includes(t.stdoutContains)
        ? `stdout lacks "${t.stdoutContains}"`
        : t.stdoutMatches !== undefined && !new RegExp(t.stdoutMatches, 'm').test(result.stdout)
          ? `stdout does not match /${t.stdoutMatches}/`
          : undefined;
  return { output, met: why === undefined, reason: why };
}

export const commandProbe = defineProbe({
  description: 'Run a command and judge its exit code and output.',
  schema: z
    .object({
      run: commandLine,
      cwd: z.string().default('.'),
      env: z.record(z.string(), z.string()).default({}),
      timeout: durationMs.default(60_000),
      tolerance: commandTolerance.optional(),
    })
    .strict(),
  run: async (a, ctx) =>
    judgeCommand(
      await runCommand(a.run, {
        cwd: a.cwd,
        env: a.env,
        baseEnv: ctx.env,
        timeoutMs: a.timeout,
        signal: ctx.signal,
        baseDir: ctx.baseDir,
      }),
      a.tolerance,
    ),
});
