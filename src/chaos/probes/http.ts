import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { httpSchema, bodyOf } from '../actions/http-request.js';
import { durationMs } from '../experiment/common-schema.js';
import { httpCall, type HttpCallResult } from '../http-call.js';
import { readJsonPath } from './json-path.js';
import { defineProbe } from './types.js';

const tolerance = z
  .object({
    /** Allowed statuses; 0 stands for "no HTTP answer" (refused, reset, timed out). */
    status: z.union([z.number().int(), z.array(z.number().int()).min(1)]).optional(),
    maxLatency: durationMs.optional(),
    bodyContains: z.string().optional(),
    bodyNotContains: z.string().optional(),
    jsonPath: z.string().optional(),
    equals: z.unknown().optional(),
    /** How many responses may miss the tolerance before it fails (default none). */
    maxFailures: z.number().int().nonnegative().default(0),
  })
  .strict();

type Tolerance = z.output<typeof tolerance>;

function judge(
  res: HttpCallResult | { status: 0; error: string; latencyMs: number },
  t: Tolerance,
): string | undefined {
  const allowed = t.status === undefined ? undefined : Array.isArray(t.status) ? t.status : [t.status];
  if (allowed && !allowed.includes(res.status))
    return `status ${res.status}${'error' in res ? ` (${res.error})` : ''} not in [${allowed.join(', ')}]`;
  if (!allowed && (res.status === 0 || res.status >= 500))
    return `status ${res.status}${'error' in res ? ` (${res.error})` : ''}`;
  if (t.maxLatency !== undefined && res.latencyMs > t.maxLatency)
    return `latency ${Math.round(res.latencyMs)} ms > ${t.maxLatency} ms`;
  if (!('body' in res)) return undefined;
  if (t.bodyContains !== undefined && !res.body.includes(t.bodyContains))
    return `body lacks "${t.bodyContains}"`;
  if (t.bodyNotContains !== undefined && res.body.includes(t.bodyNotContains))
    return `body contains "${t.bodyNotContains}"`;
  if (t.jsonPath !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      return 'body is not JSON';
    }
    const found = readJsonPath(parsed, t.jsonPath);
    if (t.equals === undefined ? found === undefined : JSON.stringify(found) !== JSON.stringify(t.equals)) {
      return `${t.jsonPath} is ${JSON.stringify(found)}${t.equals === undefined ? '' : `, expected ${JSON.stringify(t.equals)}`}`;
    }
  }
  return undefined;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;

/**
 * Calls an HTTP endpoint once, `requests` times, or repeatedly for `duration` with `concurrency`
 * workers (a small load generator), and judges every response against the tolerance.
 */
export const httpProbe = defineProbe({
  description: 'HTTP check: status, latency, body text or JSON path; optionally many requests (load).',
  schema: httpSchema.extend({
    requests: z.number().int().positive().max(100_000).default(1),
    duration: durationMs.optional(),
    concurrency: z.number().int().positive().max(256).default(1),
    /** Appends one JSON line per response (`status`, `requestId` from x-request-id, `latencyMs`) to this file. */
    record: z.string().optional(),
    tolerance: tolerance.optional(),
  }),
  run: async (a, ctx) => {
    const statuses: Record<string, number> = {};
    const latencies: number[] = [];
    const failures: string[] = [];
    let sent = 0;
    const until = a.duration === undefined ? undefined : performance.now() + a.duration;
    const more = () =>
      !ctx.signal.aborted && (until === undefined ? sent < a.requests : performance.now() < until);
    let last: string | undefined;
    const worker = async () => {
      while (more()) {
        sent++;
        const started = performance.now();
        const res = await httpCall({
          url: a.url,
          method: a.method,
          ...bodyOf(a),
          timeoutMs: a.timeout,
        }).catch((error: unknown) => ({
          status: 0 as const,
          error: error instanceof Error ? error.message : String(error),
          latencyMs: performance.now() - started,
        }));
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        latencies.push(res.latencyMs);
        last = 'body' in res ? res.body.slice(0, 500) : res.error;
        if (a.record) {
          const requestId = 'headers' in res ? (res.headers['x-request-id'] ?? null) : null;
          appendFileSync(
            resolve(ctx.baseDir, a.record),
            JSON.stringify({ status: res.status, requestId, latencyMs: Math.round(res.latencyMs) }) + '\n',
          );
        }
        if (a.tolerance) {
          const why = judge(res, a.tolerance);
          if (why && failures.length < 20) failures.push(why);
          else if (why) failures.length++;
        }
      }
    };
    await Promise.all(Array.from({ length: a.concurrency }, worker));
    latencies.sort((x, y) => x - y);
    const output = {
      requests: sent,
      statuses,
      latencyMs: {
        p50: Math.round(percentile(latencies, 50)),
        p95: Math.round(percentile(latencies, 95)),
        max: Math.round(latencies.at(-1) ?? 0),
      },
      lastBody: last,
    };
    if (!a.tolerance) return { output, met: undefined };
    const met = failures.length <= a.tolerance.maxFailures;
    return {
      output: { ...output, failures: failures.filter(Boolean).slice(0, 20), failureCount: failures.length },
      met,
      reason: met
        ? undefined
        : `${failures.length} of ${sent} responses out of tolerance: ${failures.filter(Boolean).slice(0, 3).join('; ')}`,
    };
  },
});
