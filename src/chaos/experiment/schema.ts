import { z } from 'zod';
import { ACTIONS } from '../actions/index.js';
import { PROBES } from '../probes/index.js';
import { blackoutSchema } from '../runner/blackout.js';
import { blastRadiusSchema, durationMs } from './common-schema.js';

const stepName = z.string().min(1).max(120).optional();

function union<T extends z.ZodObject>(key: string, options: T[]) {
  const [first, ...rest] = options;
  if (!first) throw new Error(`no ${key} registered`);
  return z.discriminatedUnion(key, [first, ...rest], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown ${key}; expected one of: ${options.map((o) => (o.shape[key] as z.ZodLiteral).value).join(', ')}`
        : undefined,
  });
}

/** `{ action: <name>, name?, background?, ...that action's fields }` for every registered action. */
export const actionStepSchema = union(
  'action',
  Object.entries(ACTIONS).map(([id, def]) =>
    def.schema.safeExtend({ action: z.literal(id), name: stepName, background: z.boolean().default(false) }),
  ),
);

/** `{ probe: <name>, name?, background?, ...that probe's fields incl. tolerance }`. */
export const probeStepSchema = union(
  'probe',
  Object.entries(PROBES).map(([id, def]) =>
    def.schema.safeExtend({ probe: z.literal(id), name: stepName, background: z.boolean().default(false) }),
  ),
);

export const pauseStepSchema = z.object({ pause: durationMs, name: stepName }).strict();

export const methodStepSchema = z.union([actionStepSchema, probeStepSchema, pauseStepSchema]);

export const safeguardsSchema = z
  .object({
    /** The run aborts (and rolls back) when it lasts longer than this. */
    maxDuration: durationMs.default(600_000),
    /** How often kill switch, duration and abort conditions are checked while the run is in progress. */
    pollInterval: durationMs.default(1000),
    /** Probes whose tolerance must keep holding; the first that does not aborts the run (AWS FIS "stop conditions"). */
    abortConditions: z.array(probeStepSchema).default([]),
    /** Windows in which the experiment refuses to start. */
    blackouts: z.array(blackoutSchema).default([]),
    /** The global stop button: an env var set to anything, or a file that exists, refuses or aborts every run. */
    killSwitch: z
      .object({ env: z.string().default('BASTION_CHAOS_HALT'), file: z.string().optional() })
      .strict()
      .default({ env: 'BASTION_CHAOS_HALT' }),
    /** How many targets (replicas, processes) one action may hit. */
    blastRadius: blastRadiusSchema.optional(),
  })
  .strict();

export const experimentSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().default(''),
    /** Groups experiments in Chaos Day scores, e.g. `upstream`, `storage`, `process`. */
    category: z.string().default('general'),
    tags: z.array(z.string()).default([]),
    /** Actions that prepare the run (start replicas, create proxies) before the first steady-state check; undone at rollback. */
    setup: z.array(actionStepSchema).default([]),
    hypothesis: z
      .object({
        title: z.string().min(1),
        probes: z.array(probeStepSchema).min(1),
      })
      .strict(),
    method: z.array(methodStepSchema).min(1),
    rollbacks: z.array(actionStepSchema).default([]),
    safeguards: safeguardsSchema.default({
      maxDuration: 600_000,
      pollInterval: 1000,
      abortConditions: [],
      blackouts: [],
      killSwitch: { env: 'BASTION_CHAOS_HALT' },
    }),
  })
  .strict()
  .superRefine((e, ctx) => {
    // A steady-state probe without a tolerance cannot hold or fail: reject it instead of passing silently.
    const check = (probes: readonly Record<string, unknown>[], path: (string | number)[]) =>
      probes.forEach((p, i) => {
        const def = PROBES[p.probe as keyof typeof PROBES];
        if (def && 'tolerance' in def.schema.shape && p.tolerance === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [...path, i, 'tolerance'],
            message: 'a steady-state or abort probe needs a tolerance',
          });
        }
      });
    check(e.hypothesis.probes, ['hypothesis', 'probes']);
    check(e.safeguards.abortConditions, ['safeguards', 'abortConditions']);
  });

export type Experiment = z.output<typeof experimentSchema>;
export type ActionStep = z.output<typeof actionStepSchema>;
export type ProbeStep = z.output<typeof probeStepSchema>;
export type MethodStep = z.output<typeof methodStepSchema>;
