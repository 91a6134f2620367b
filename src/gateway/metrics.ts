import { formatSum } from '../core/usd.js';

/**
 * A small Prometheus text-format registry. Hand-written because the hot path only does a Map lookup
 * and an increment per observation; rendering happens on scrape.
 */
type Labels = Readonly<Record<string, string>>;

const LATENCY_BUCKETS_MS = [
  0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000,
];

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
      lines.push(`${m.name}${renderLabels(m.labelNames, s.values)} ${formatSum(s.value ?? 0)}`);
      continue;
    }
    let cumulative = 0;
    (m.buckets ?? []).forEach((bound, i) => {
      cumulative += s.counts?.[i] ?? 0;
      lines.push(`${m.name}_bucket${renderLabels(m.labelNames, s.values, `le="${bound}"`)} ${cumulative}`);
    });
    lines.push(`${m.name}_bucket${renderLabels(m.labelNames, s.values, 'le="+Inf"')} ${s.count ?? 0}`);
    lines.push(`${m.name}_sum${renderLabels(m.labelNames, s.values)} ${formatSum(s.sum ?? 0)}`);
    lines.push(`${m.name}_count${renderLabels(m.labelNames, s.values)} ${s.count ?? 0}`);
  }
  return lines.join('\n');
}

/** One level of the series lookup: a label's value leads to the next level, the last label's value to the data. */
type Level = Map<string, unknown>;

abstract class Metric<T> {
  /** In creation order, for snapshots. */
  protected readonly series: Series<T>[] = [];
  /**
   * The hot-path lookup: one Map level per label, keyed by the label's value. A request observes ~15 series; a key
   * joined from its label values would be a new string to allocate and hash every time, these are Map lookups of
   * strings that already exist (route, model and use-case names come from the config).
   */
  private readonly tree: Level = new Map();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly string[],
  ) {}
  /** The series for these labels, created with `init()` the first time (no closure per call on the hot path). */
  protected get(labels: Labels): T {
    const names = this.labelNames;
    const last = names.length - 1;
    let level = this.tree;
    for (let i = 0; i < last; i++) {
      const value = labels[names[i] as string] ?? '';
      let next = level.get(value) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    const value = last < 0 ? '' : (labels[names[last] as string] ?? '');
    let data = level.get(value) as T | undefined;
    if (data === undefined) {
      data = this.init();
      this.series.push({ values: names.map((n) => labels[n] ?? ''), data });
      level.set(value, data);
    }
    return data;
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
    const series = this.series.map((s) => ({ values: s.values, value: s.data.value }));
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
    const series = this.series.map((s) => ({ values: s.values, value: s.data.value }));
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
    const series = this.series.map((s) => ({
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
