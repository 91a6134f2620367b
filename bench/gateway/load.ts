/**
 * A small closed-loop load generator on undici: `concurrency` workers each send the next request as soon as
 * the previous answer's body has been read to the end (streams included), for a fixed duration.
 */
import { Pool } from 'undici';

export interface Target {
  name: string;
  origin: string;
  path: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** First non-200 status seen, for diagnosis. */
  firstError?: string;
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

export async function runLoad(
  target: Target,
  body: string,
  options: { concurrency: number; durationMs: number },
): Promise<LoadResult> {
  const pool = new Pool(target.origin, {
    connections: options.concurrency,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  const headers = { 'content-type': 'application/json', ...target.headers };
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const start = performance.now();
  const end = start + options.durationMs;
  const worker = async (): Promise<void> => {
    while (performance.now() < end) {
      const t0 = performance.now();
      try {
        const res = await pool.request({ method: 'POST', path: target.path, headers, body });
        let text = '';
        if (res.statusCode !== 200) {
          text = await res.body.text();
        } else {
          // Read every byte (an SSE stream ends when the upstream sends [DONE] and closes the body).
          for await (const chunk of res.body) void chunk;
        }
        if (res.statusCode !== 200) {
          errors++;
          firstError ??= `${res.statusCode} ${text.slice(0, 200)}`;
          continue;
        }
        latencies.push(performance.now() - t0);
      } catch (error) {
        errors++;
        firstError ??= String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  await pool.close();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    ...(firstError === undefined ? {} : { firstError }),
  };
}
