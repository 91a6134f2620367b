export const BENCH_METRICS_TOKEN = 'bench-metrics-token-0123';
// The config takes the metrics token from the environment, as secrets must (written in the file it is refused).
// Set here, it reaches the in-process parses and every server a bench spawns (they inherit process.env).
process.env.BENCH_METRICS_TOKEN ??= BENCH_METRICS_TOKEN;

/**
 * The configuration every Bastion variant of the benchmark serves: one OpenAI-compatible upstream (the fake one),
 * one use case with limits high enough never to refuse, the hash-chained SQLite audit log and the default guards.
 */
export function benchConfigYaml(upstreamBaseUrl: string, dbPath: string): string {
  return `
server: { host: 127.0.0.1, port: 0, metrics: { token: '\${BENCH_METRICS_TOKEN}' } }
store: sqlite://${dbPath}
counters: \${BENCH_COUNTERS:-sqlite}
providers:
  up: { type: openai-compatible, hosting: self-hosted, baseUrl: "${upstreamBaseUrl}", apiKey: '\${BENCH_UPSTREAM_KEY:-}', maxConnections: 64 }
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
}
