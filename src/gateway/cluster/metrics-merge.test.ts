import { describe, expect, it } from 'vitest';
import { Counter, Gauge, Histogram, renderMetricSnapshot, type MetricSnapshot } from '../metrics.js';
import { mergeWorkerMetrics, retire } from './metrics-merge.js';

function worker(requests: number, latencies: number[], breaker: number, inFlight: number): MetricSnapshot[] {
  const c = new Counter('req_total', 'Requests.', ['route']);
  c.inc({ route: 'chat' }, requests);
  if (requests > 2) c.inc({ route: 'models' }, 1);
  const h = new Histogram('lat_ms', 'Latency.', ['route'], [1, 10]);
  for (const v of latencies) h.observe({ route: 'chat' }, v);
  const b = new Gauge('breaker', 'Breaker.', ['provider'], 'per-worker');
  b.set({ provider: 'up' }, breaker);
  const f = new Gauge('in_flight', 'In flight.', []);
  f.set({}, inFlight);
  return [c.snapshot(), h.snapshot(), b.snapshot(), f.snapshot()];
}

const render = (ms: MetricSnapshot[]) => ms.map(renderMetricSnapshot).join('\n');

describe('mergeWorkerMetrics', () => {
  it('adds counters series by series, histograms bucket by bucket, sums plain gauges, labels per-worker gauges', () => {
    const text = render(
      mergeWorkerMetrics([
        { slot: 1, metrics: worker(3, [0.5, 5], 0, 2) },
        { slot: 2, metrics: worker(2, [20], 2, 1) },
      ]),
    );
    expect(text).toContain('req_total{route="chat"} 5');
    expect(text).toContain('req_total{route="models"} 1');
    expect(text).toContain('lat_ms_bucket{route="chat",le="1"} 1');
    expect(text).toContain('lat_ms_bucket{route="chat",le="10"} 2');
    expect(text).toContain('lat_ms_bucket{route="chat",le="+Inf"} 3');
    expect(text).toContain('lat_ms_sum{route="chat"} 25.5');
    expect(text).toContain('lat_ms_count{route="chat"} 3');
    expect(text).toContain('breaker{provider="up",worker="1"} 0');
    expect(text).toContain('breaker{provider="up",worker="2"} 2');
    expect(text).toContain('in_flight 3');
    expect(text.match(/# TYPE req_total counter/g)).toHaveLength(1);
  });

  it('renders one worker exactly as that process renders itself', () => {
    const c = new Counter('req_total', 'Requests.', ['route']);
    c.inc({ route: 'chat' }, 4);
    const h = new Histogram('lat_ms', 'Latency.', ['route'], [1, 10]);
    h.observe({ route: 'chat' }, 3);
    const merged = mergeWorkerMetrics([{ slot: 1, metrics: [c.snapshot(), h.snapshot()] }]);
    expect(render(merged)).toBe([c.render(), h.render()].join('\n'));
  });

  it('does not change the snapshots it merges', () => {
    const a = worker(3, [0.5], 0, 1);
    const copy = JSON.parse(JSON.stringify(a)) as MetricSnapshot[];
    mergeWorkerMetrics([
      { slot: 1, metrics: a },
      { slot: 2, metrics: worker(1, [2], 1, 1) },
    ]);
    expect(a).toEqual(copy);
  });
});

describe('retire', () => {
  it("keeps a dead worker's counters and histograms, drops its gauges and per-worker series", () => {
    const retired = retire([], worker(3, [0.5], 2, 4));
    const text = render(
      mergeWorkerMetrics([
        { slot: 0, metrics: retired },
        { slot: 1, metrics: worker(1, [5], 0, 1) },
      ]),
    );
    expect(text).toContain('req_total{route="chat"} 4');
    expect(text).toContain('lat_ms_count{route="chat"} 2');
    expect(text).toContain('in_flight 1');
    expect(text).not.toContain('worker="0"');
    // Twice retired: still one label set (no second `worker` label), totals keep adding up.
    const twice = retire(retired, worker(2, [], 0, 0));
    expect(render(twice)).toContain('req_total{route="chat"} 5');
  });
});
