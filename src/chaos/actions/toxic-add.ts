import { z } from 'zod';
import { TOXICS } from '../proxy/toxics/index.js';
import { DEFAULT_PROXY_API, proxyApi } from './proxy-api.js';
import { defineAction } from './types.js';

/** Adds a toxic to a fault-proxy proxy; its undo removes it, so a run never leaves a toxic behind. */
export const toxicAdd = defineAction({
  description: 'Add a toxic to a proxy of `bastion chaos proxy` (or Toxiproxy).',
  schema: z
    .object({
      api: z.string().url().default(DEFAULT_PROXY_API),
      proxy: z.string(),
      toxic: z
        .object({
          name: z.string().optional(),
          type: z.string(),
          stream: z.enum(['upstream', 'downstream']).default('downstream'),
          toxicity: z.number().min(0).max(1).default(1),
          attributes: z.record(z.string(), z.unknown()).default({}),
        })
        .strict()
        // Checked when the experiment loads (`chaos validate`, `--dry-run`), not when the proxy refuses the toxic
        // half-way through a run. The types and attribute schemas are the fault proxy's own (Toxiproxy's are a subset).
        .superRefine((toxic, ctx) => {
          const definition = TOXICS[toxic.type];
          if (!definition) {
            ctx.addIssue({
              code: 'custom',
              path: ['type'],
              message: `unknown toxic type "${toxic.type}" (known: ${Object.keys(TOXICS).join(', ')})`,
            });
            return;
          }
          try {
            definition.compile(toxic.attributes);
          } catch (error) {
            if (!(error instanceof z.ZodError)) throw error;
            for (const issue of error.issues)
              ctx.addIssue({ code: 'custom', path: ['attributes', ...issue.path], message: issue.message });
          }
        }),
    })
    .strict(),
  run: async (a) => {
    const created = (await proxyApi(
      a.api,
      'POST',
      `/proxies/${encodeURIComponent(a.proxy)}/toxics`,
      a.toxic,
    )) as { name: string };
    return {
      output: created,
      undo: async () => {
        await proxyApi(
          a.api,
          'DELETE',
          `/proxies/${encodeURIComponent(a.proxy)}/toxics/${encodeURIComponent(created.name)}`,
          undefined,
          true,
        );
      },
    };
  },
});
