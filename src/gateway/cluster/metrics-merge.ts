import type { MetricSnapshot, SeriesSnapshot } from '../metrics.js';

/** One worker's metrics, tagged with its slot (1…N, stable across restarts, so `worker` labels stay bounded). */
export interface WorkerMetrics {
  slot: number;
  metrics: readonly MetricSnapshot[];
}

function addInto(target: SeriesSnapshot, source: SeriesSnapshot): void {
  if (source.value !== undefined) target.value = (target.value ?? 0) + source.value;
  if (source.counts) {
    const counts = target.counts ?? new Array<number>(source.counts.length).fill(0);
    source.counts.forEach((c, i) => (counts[i] = (counts[i] ?? 0) + c));
    target.counts = counts;
  }
  if (source.sum !== undefined) target.sum = (target.sum ?? 0) + source.sum;
  if (source.count !== undefined) target.count = (target.count ?? 0) + source.count;
}

function copySeries(s: SeriesSnapshot, values: string[]): SeriesSnapshot {
  return {
    values,
    ...(s.value === undefined ? {} : { value: s.value }),
    ...(s.counts ? { counts: [...s.counts] } : {}),
    ...(s.sum === undefined ? {} : { sum: s.sum }),
    ...(s.count === undefined ? {} : { count: s.count }),
  };
}

/**
 * The whole server's metrics from each worker's snapshot: counters and histograms (bucket by bucket) add up series
 * by series; gauges marked `per-worker` keep one series per worker under a `worker` label. Metrics keep the order in
 * which they first appear, series the order in which they are first seen, so the output is stable between scrapes.
 *
 * @example
 * const text = mergeWorkerMetrics([{ slot: 1, metrics: a }, { slot: 2, metrics: b }]).map(renderMetricSnapshot).join('\n');
 */
export function mergeWorkerMetrics(workers: readonly WorkerMetrics[]): MetricSnapshot[] {
  const merged = new Map<string, { metric: MetricSnapshot; index: Map<string, SeriesSnapshot> }>();
  for (const { slot, metrics } of workers) {
    for (const m of metrics) {
      const perWorker = m.merge === 'per-worker';
      let entry = merged.get(m.name);
      if (!entry) {
        entry = {
          metric: {
            ...m,
            labelNames: perWorker ? [...m.labelNames, 'worker'] : [...m.labelNames],
            ...(m.buckets ? { buckets: [...m.buckets] } : {}),
            series: [],
          },
          index: new Map(),
        };
        merged.set(m.name, entry);
      }
      for (const s of m.series) {
        const values = perWorker ? [...s.values, String(slot)] : s.values;
        const key = values.join('\u0000');
        const existing = entry.index.get(key);
        if (existing && !perWorker) {
          addInto(existing, s);
          continue;
        }
        const copy = copySeries(s, [...values]);
        if (existing) Object.assign(existing, copy);
        else {
          entry.index.set(key, copy);
          entry.metric.series.push(copy);
        }
      }
    }
  }
  return [...merged.values()].map((e) => e.metric);
}

/**
 * What a worker that exited had counted, kept by the primary so the server's counters never go backwards when a
 * worker is restarted: its last scraped counters and histograms. Gauges (in flight, breaker state) and series kept
 * per worker end with it (a restarted worker's own series starts again from zero, as for any restarted process).
 */
export function retire(
  retired: readonly MetricSnapshot[],
  last: readonly MetricSnapshot[],
): MetricSnapshot[] {
  return mergeWorkerMetrics([
    { slot: 0, metrics: retired },
    { slot: 0, metrics: last.filter((m) => m.type !== 'gauge' && m.merge === 'sum') },
  ]);
}
