import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { durationMs } from '../experiment/common-schema.js';
import { httpCall } from '../http-call.js';
import { defineProbe } from './types.js';

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Sums, or takes the min/max of, the samples of `metric` whose labels include `labels`. */
export function readMetric(
  text: string,
  metric: string,
  labels: Record<string, string>,
  aggregate: 'sum' | 'min' | 'max',
): { value: number | undefined; samples: number } {
  const values: number[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = SAMPLE.exec(line.trim());
    if (!match || match[1] !== metric) continue;
    const found: Record<string, string> = {};
    for (const l of (match[2] ?? '').matchAll(LABEL))
      found[l[1] ?? ''] = (l[2] ?? '').replace(/\\(.)/g, '$1');
    if (Object.entries(labels).some(([k, v]) => found[k] !== v)) continue;
    const value = Number(match[3]);
    if (!Number.isNaN(value)) values.push(value);
  }
  if (values.length === 0) return { value: undefined, samples: 0 };
  const value =
    aggregate === 'sum'
      ? values.reduce((s, v) => s + v, 0)
      : aggregate === 'min'
        ? Math.min(...values)
        : Math.max(...values);
  return { value, samples: values.length };
}

export const prometheusProbe = defineProbe({
  description: 'Read a metric from a Prometheus text /metrics endpoint and compare it with min/max/equals.',
  schema: z
    .object({
      url: z.string().url(),
      metric: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/),
      labels: z.record(z.string(), z.string()).default({}),
      aggregate: z.enum(['sum', 'min', 'max']).default('sum'),
      headers: z.record(z.string(), z.string()).default({}),
      timeout: durationMs.default(5000),
      tolerance: z
        .object({ min: z.number().optional(), max: z.number().optional(), equals: z.number().optional() })
        .strict()
        .optional(),
    })
    .strict(),
  run: async (a, ctx) => {
    const res = await httpCall({ url: a.url, headers: a.headers, timeoutMs: a.timeout, signal: ctx.signal });
    if (res.status !== 200)
      throw new BastionError('BASTION_ERR_CHAOS_PROBE_FAILED', `${a.url} answered ${res.status}`);
    const { value, samples } = readMetric(res.body, a.metric, a.labels, a.aggregate);
    const output = { metric: a.metric, value, samples };
    const t = a.tolerance;
    if (!t) return { output, met: undefined };
    if (value === undefined) return { output, met: false, reason: `${a.metric} not found` };
    const why =
      t.equals !== undefined && value !== t.equals
        ? `${value} ≠ ${t.equals}`
        : t.min !== undefined && value < t.min
          ? `${value} < min ${t.min}`
          : t.max !== undefined && value > t.max
            ? `${value} > max ${t.max}`
            : undefined;
    return { output, met: why === undefined, reason: why && `${a.metric} = ${why}` };
  },
});
