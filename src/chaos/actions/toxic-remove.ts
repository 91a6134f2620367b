import { z } from 'zod';
import { DEFAULT_PROXY_API, proxyApi } from './proxy-api.js';
import { defineAction } from './types.js';

export const toxicRemove = defineAction({
  description: 'Remove a toxic from a fault-proxy proxy (already gone is fine).',
  schema: z
    .object({ api: z.string().url().default(DEFAULT_PROXY_API), proxy: z.string(), toxic: z.string() })
    .strict(),
  run: async (a) => {
    await proxyApi(
      a.api,
      'DELETE',
      `/proxies/${encodeURIComponent(a.proxy)}/toxics/${encodeURIComponent(a.toxic)}`,
      undefined,
      true,
    );
    return { output: { removed: a.toxic } };
  },
});
