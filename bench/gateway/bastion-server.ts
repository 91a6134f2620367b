/**
 * Bastion as the benchmark runs it, in its own process: the real gateway with auth, limits (SQLite counters,
 * the default), the hash-chained SQLite audit log and the default guards, with the heap policy `bastion serve`
 * applies (the node flags of scripts/start.sh are passed by the benchmark). Prints `{"url","key"}` on stdout.
 * The benchmark bundles this file for its throughput rows; its `bastion-serve` row runs the real `npm start` path.
 * Usage: node --import tsx bench/gateway/bastion-server.ts UPSTREAM_BASE_URL DB_PATH
 */
import { parseConfig } from '../../src/core/config/index.js';
import { createLogger } from '../../src/core/log.js';
import { createGateway } from '../../src/gateway/create-gateway.js';
import { tuneHeapForServing } from '../../src/gateway/heap-tuning.js';
import { openStore } from '../../src/store/open-store.js';
import { benchConfigYaml } from './bench-config.js';

const [upstream, db] = process.argv.slice(2);
if (!upstream || !db) {
  process.stderr.write('usage: bastion-server.ts UPSTREAM_BASE_URL DB_PATH\n');
  process.exit(2);
}
const yaml = benchConfigYaml(upstream, db);
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
