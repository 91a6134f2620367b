import { defineConfig } from 'vitest/config';

// The lean listener is a measured prototype kept for bench/gateway/listener-ab.ts, not part of the product: its tests
// run on demand (`npx vitest run -c bench/gateway/lean-http/vitest.config.ts`), not in `npm test`.
export default defineConfig({
  test: {
    include: ['bench/gateway/lean-http/*.test.ts'],
    testTimeout: 10_000,
    pool: 'forks',
  },
});
