// @ts-check
/**
 * The bench's "no guard scan" scanner, as a module a worker thread can load (src/assistant/ingest-pool.ts): it
 * measures what the ingest pipeline costs around the guards. Plain JavaScript so that workers running the compiled
 * dist/ (no TypeScript loader) can load it as well as workers running the sources. Never used outside the benchmark.
 * @returns {(text: string) => never[]}
 */
export function noScan() {
  return () => [];
}
