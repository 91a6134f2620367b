/**
 * A small Prometheus text-format registry. Hand-written because the hot path only does a Map lookup
 * and an increment per observation; rendering happens on scrape.
 */
type Labels = Readonly<Record<string, string>>;

const LATENCY_BUCKETS_MS = [
  0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000,
];

function labelKey(names: readonly string[], labels: Labels): string {
  // One label (per-stage histograms, observed ~10 times a request): its value is the key, no new string.
  if (names.length === 1) return labels[names[0] as string] ?? '';
  let key = '';
  for (const name of names) key += (labels[name] ?? '') + '\u0000';
  return key;
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function renderLabels(names: readonly string[], values: readonly string[], extra = ''): string {
  const parts = names.map((name, i) => `${name}="${escapeLabel(values[i] ?? '')}"`);
  if (extra) parts.push(extra);
  return parts.length > 0 ? `{${parts.join(',')}}` : '';
}

interface Series<T> {
  values: string[];
  data: T;
}

/** One series of a metric as plain data (what a worker sends the primary over IPC). */
export interface SeriesSnapshot {
  values: string[];
  /** Counters and gauges. */
  value?: number;
  /** Histograms: per-bucket (not cumulative) counts, sum and count. */
  counts?: number[];
  sum?: number;
  count?: number;
}

/** A metric as plain data: serialisable, mergeable across worker processes, renderable. */
export interface MetricSnapshot {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  labelNames: string[];
  buckets?: number[];
  /**
   * How the primary combines this metric across workers: counters and histograms add up; a gauge either adds up
   * (requests in flight) or, where a sum means nothing (a circuit breaker's state), is kept per worker under a
   * `worker` label.
   */
  merge: 'sum' | 'per-worker';
  series: SeriesSnapshot[];
}

/** Prometheus text for one metric snapshot. */
export function renderMetricSnapshot(m: MetricSnapshot): string {
  const lines = [`# HELP ${m.name} ${m.help}`, `# TYPE ${m.name} ${m.type}`];
  for (const s of m.series) {
    if (m.type !== 'histogram') {
      lines.push(`${m.name}${renderLabels(m.labelNames, s.values)} ${s.value ?? 0}`);
      continue;
    }
    let cumulative = 0;
    (m.buckets ?? []).forEach((bound, i) => {
      cumulative += s.counts?.[i] ?? 0;
      lines.push(`${m.name}_bucket${renderLabels(m.labelNames, s.values, `le="${bound}"`)} ${cumulative}`);
    });
    lines.push(`${m.name}_bucket${renderLabels(m.labelNames, s.values, 'le="+Inf"')} ${s.count ?? 0}`);
    lines.push(`${m.name}_sum${renderLabels(m.labelNames, s.values)} ${s.sum ?? 0}`);
    lines.push(`${m.name}_count${renderLabels(m.labelNames, s.values)} ${s.count ?? 0}`);
  }
  return lines.join('\n');
}

abstract class Metric<T> {
  protected readonly series = new Map<string, Series<T>>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {}
  /** The series for these labels, created with `init()` the first time (no closure per call on the hot path). */
  protected get(labels: Labels): T {
    const key = labelKey(this.labelNames, labels);
    let found = this.series.get(key);
    if (!found) {
      found = { values: this.labelNames.map((n) => labels[n] ?? ''), data: this.init() };
      this.series.set(key, found);
    }
    return found.data;
  }
  protected abstract init(): T;
  abstract snapshot(): MetricSnapshot;
  render(): string {
    return renderMetricSnapshot(this.snapshot());
  }
}

export class Counter extends Metric<{ value: number }> {
  protected init() {
    return { value: 0 };
  }
  inc(labels: Labels = {}, by = 1): void {
    this.get(labels).value += by;
  }
  snapshot(): MetricSnapshot {
    const series = [...this.series.values()].map((s) => ({ values: s.values, value: s.data.value }));
    return { ...describe(this), type: 'counter', merge: 'sum', series };
  }
}

export class Gauge extends Metric<{ value: number }> {
  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    readonly merge: 'sum' | 'per-worker' = 'sum',
  ) {
    super(name, help, labelNames);
  }
  protected init() {
    return { value: 0 };
  }
  set(labels: Labels, value: number): void {
    this.get(labels).value = value;
  }
  snapshot(): MetricSnapshot {
    const series = [...this.series.values()].map((s) => ({ values: s.values, value: s.data.value }));
    return { ...describe(this), type: 'gauge', merge: this.merge, series };
  }
}

export class Histogram extends Metric<{ counts: number[]; sum: number; count: number }> {
  constructor(
    name: string,
    help: string,
    labelNames: readonly string[],
    readonly buckets: readonly number[] = LATENCY_BUCKETS_MS,
  ) {
    super(name, help, labelNames);
  }
  protected init() {
    return { counts: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0 };
  }
  observe(labels: Labels, value: number): void {
    const data = this.get(labels);
    data.sum += value;
    data.count += 1;
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= (this.buckets[i] as number)) {
        data.counts[i] = (data.counts[i] ?? 0) + 1;
        break;
      }
    }
  }
  snapshot(): MetricSnapshot {
    const series = [...this.series.values()].map((s) => ({
      values: s.values,
      counts: [...s.data.counts],
      sum: s.data.sum,
      count: s.data.count,
    }));
    return { ...describe(this), type: 'histogram', buckets: [...this.buckets], merge: 'sum', series };
  }
}

function describe(m: { name: string; help: string; labelNames: readonly string[] }) {
  return { name: m.name, help: m.help, labelNames: [...m.labelNames] };
}

/** Every metric the gateway exports. Names follow Prometheus conventions (unit suffix, _total for counters). */
export function createGatewayMetrics() {
  const metrics = {
    requests: new Counter('bastion_requests_total', 'Requests by route, status, model and use case.', [
      'route',
      'status',
      'model',
      'use_case',
    ]),
    requestDuration: new Histogram('bastion_request_duration_ms', 'Whole-request latency in milliseconds.', [
      'route',
    ]),
    stageDuration: new Histogram(
      'bastion_stage_duration_ms',
      'Latency of each pipeline stage in milliseconds.',
      ['stage'],
    ),
    upstreamErrors: new Counter(
      'bastion_upstream_errors_total',
      'Failed upstream calls by provider and error code.',
      ['provider', 'code'],
    ),
    upstreamRetries: new Counter('bastion_upstream_retries_total', 'Upstream calls retried, by provider.', [
      'provider',
    ]),
    breakerState: new Gauge(
      'bastion_breaker_state',
      'Circuit breaker per upstream: 0 closed, 1 half-open, 2 open.',
      ['provider'],
      // Each worker process has its own breakers: summing their states would mean nothing.
      'per-worker',
    ),
    tokens: new Counter('bastion_tokens_total', 'Tokens by model, use case and direction (input/output).', [
      'model',
      'use_case',
      'direction',
    ]),
    cost: new Counter('bastion_cost_usd_total', 'Cost in USD by model and use case.', ['model', 'use_case']),
    rateLimited: new Counter('bastion_rate_limited_total', 'Requests refused by a limit, by limit name.', [
      'limit',
    ]),
    auditFailures: new Counter('bastion_audit_failures_total', 'Audit appends that failed.', []),
    guardFindings: new Counter('bastion_guard_findings_total', 'Guard findings by scanner and direction.', [
      'scanner',
      'direction',
    ]),
    inFlight: new Gauge('bastion_in_flight_requests', 'Requests being handled now.', []),
  };
  return {
    ...metrics,
    render(): string {
      return Object.values(metrics)
        .map((m) => m.render())
        .join('\n')
        .concat('\n');
    },
    /** Every metric as plain data, for the primary to merge across workers. */
    snapshot(): MetricSnapshot[] {
      return Object.values(metrics).map((m) => m.snapshot());
    },
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
