import { z } from 'zod';
import { DEFAULT_PROXY_API, proxyApi } from './proxy-api.js';
import { defineAction } from './types.js';

/** Takes a proxied service "down" (listener closed, connections dropped); undo brings it back. */
export const proxyDisable = defineAction({
  description: 'Disable a fault-proxy proxy: its upstream looks down.',
  schema: z.object({ api: z.string().url().default(DEFAULT_PROXY_API), proxy: z.string() }).strict(),
  run: async (a) => {
    const path = `/proxies/${encodeURIComponent(a.proxy)}`;
    await proxyApi(a.api, 'POST', path, { enabled: false });
    return {
      output: { disabled: a.proxy },
      undo: async () => void (await proxyApi(a.api, 'POST', path, { enabled: true }, true)),
    };
  },
});

export const proxyEnable = defineAction({
  description: 'Enable a fault-proxy proxy again.',
  schema: z.object({ api: z.string().url().default(DEFAULT_PROXY_API), proxy: z.string() }).strict(),
  run: async (a) => {
    await proxyApi(a.api, 'POST', `/proxies/${encodeURIComponent(a.proxy)}`, { enabled: true });
    return { output: { enabled: a.proxy } };
  },
});
