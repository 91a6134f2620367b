/**
 * Bastion as the benchmark runs it, in its own process: the real gateway with auth, limits (SQLite counters,
 * the default), the hash-chained SQLite audit log and the default guards, with the heap policy `bastion serve`
 * applies. Prints `{"url","key"}` on stdout.
 * Usage: node --import tsx bench/gateway/bastion-server.ts UPSTREAM_BASE_URL DB_PATH
 */
import { parseConfig } from '../../src/core/config/index.js';
import { createLogger } from '../../src/core/log.js';
import { createGateway } from '../../src/gateway/create-gateway.js';
import { tuneHeapForServing } from '../../src/gateway/heap-tuning.js';
import { openStore } from '../../src/store/open-store.js';

const [upstream, db] = process.argv.slice(2);
if (!upstream || !db) {
  process.stderr.write('usage: bastion-server.ts UPSTREAM_BASE_URL DB_PATH\n');
  process.exit(2);
}
const yaml = `
server: { host: 127.0.0.1, port: 0, metrics: { token: bench-metrics-token-0123 } }
store: sqlite://${db}
counters: \${BENCH_COUNTERS:-sqlite}
providers:
  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "${upstream}", apiKey: bench-upstream-key, maxConnections: 64 }
models:
  gpt-4o-mini: { provider: up, price: { inputPer1k: 0.00015, outputPer1k: 0.0006 } }
useCases:
  bench:
    models: [gpt-4o-mini]
    limits: { rpm: 100000000, tpm: 1000000000000, dailyBudgetUsd: 1000000000 }
audit: { content: hashes }
# Default guards, with a wider per-scanner budget: on a shared, overloaded benchmark machine a 50 ms budget
# overrun would (rightly) fail closed and turn measurements into refusals.
guards: { timeBudget: 1s }
logging: { level: warn }
`;
// As `bastion serve` does before it starts.
tuneHeapForServing();
const loaded = parseConfig(yaml, 'bench.yaml', { env: process.env });
const logger = createLogger({ level: 'warn' });
const store = await openStore({ store: loaded.config.store, counters: loaded.config.counters, logger });
const { secret } = await store.keys.create({ useCase: 'bench', name: 'bench' });
const gateway = createGateway({ loaded, store, logger });
const url = await gateway.listen(0, '127.0.0.1');
process.stdout.write(JSON.stringify({ url, key: secret }) + '\n');
process.on('SIGTERM', () => {
  void gateway
    .close(1000)
    .then(() => store.close())
    .then(() => process.exit(0));
});
