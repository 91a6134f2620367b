import type { z } from 'zod';
import type { BlastRadius } from '../experiment/common-schema.js';
import type { Replicas } from './replicas.js';

export interface ActionContext {
  readonly signal: AbortSignal;
  /** Folder of the experiment file; relative paths resolve against it. */
  readonly baseDir: string;
  readonly replicas: Replicas;
  readonly blastRadius: BlastRadius | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
}

export interface ActionResult {
  output?: unknown;
  /** Undoes the action; the runner always calls it in the rollback phase. Must be idempotent. */
  undo?: () => Promise<void>;
}

export interface ActionDefinition {
  readonly description: string;
  /** The action's own fields (the step's `action`, `name` and `background` are added by the runner). */
  readonly schema: z.ZodObject;
  run(args: Record<string, unknown>, ctx: ActionContext): Promise<ActionResult>;
}

/**
 * Declares an action: a zod schema for its arguments (checked when the experiment loads) and
 * the function that performs it.
 *
 * @example
 * export const pause = defineAction({ description: 'Waits', schema: z.object({ duration: durationMs }), run: ... });
 */
export function defineAction<S extends z.ZodObject>(def: {
  description: string;
  schema: S;
  run(args: z.output<S>, ctx: ActionContext): Promise<ActionResult>;
}): ActionDefinition {
  // The runner passes only step objects this schema already validated.
  return {
    description: def.description,
    schema: def.schema,
    run: (args, ctx) => def.run(args as z.output<S>, ctx),
  };
}
