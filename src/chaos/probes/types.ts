import type { z } from 'zod';

export interface ProbeContext {
  readonly signal: AbortSignal;
  readonly baseDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface ProbeOutcome {
  readonly output: unknown;
  /** Whether the tolerance held; undefined when the probe has no tolerance (only observed). */
  readonly met: boolean | undefined;
  /** Why the tolerance did not hold, in words an operator reads in the report. */
  readonly reason?: string;
}

export interface ProbeDefinition {
  readonly description: string;
  readonly schema: z.ZodObject;
  run(args: Record<string, unknown>, ctx: ProbeContext): Promise<ProbeOutcome>;
}

/** Declares a probe: its arguments and tolerance schema, and how to measure and judge. */
export function defineProbe<S extends z.ZodObject>(def: {
  description: string;
  schema: S;
  run(args: z.output<S>, ctx: ProbeContext): Promise<ProbeOutcome>;
}): ProbeDefinition {
  return {
    description: def.description,
    schema: def.schema,
    run: (args, ctx) => def.run(args as z.output<S>, ctx),
  };
}
