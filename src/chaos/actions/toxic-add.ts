import { z } from 'zod';
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
        .strict(),
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
