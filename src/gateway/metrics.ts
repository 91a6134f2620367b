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
  abstract render(): string;
}

export class Counter extends Metric<{ value: number }> {
  protected init() {
    return { value: 0 };
  }
  inc(labels: Labels = {}, by = 1): void {
    this.get(labels).value += by;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const s of this.series.values())
      lines.push(`${this.name}${renderLabels(this.labelNames, s.values)} ${s.data.value}`);
    return lines.join('\n');
  }
}

export class Gauge extends Metric<{ value: number }> {
  protected init() {
    return { value: 0 };
  }
  set(labels: Labels, value: number): void {
    this.get(labels).value = value;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} gauge`];
    for (const s of this.series.values())
      lines.push(`${this.name}${renderLabels(this.labelNames, s.values)} ${s.data.value}`);
    return lines.join('\n');
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
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((bound, i) => {
        cumulative += s.data.counts[i] ?? 0;
        lines.push(
          `${this.name}_bucket${renderLabels(this.labelNames, s.values, `le="${bound}"`)} ${cumulative}`,
        );
      });
      lines.push(
        `${this.name}_bucket${renderLabels(this.labelNames, s.values, 'le="+Inf"')} ${s.data.count}`,
      );
      lines.push(`${this.name}_sum${renderLabels(this.labelNames, s.values)} ${s.data.sum}`);
      lines.push(`${this.name}_count${renderLabels(this.labelNames, s.values)} ${s.data.count}`);
    }
    return lines.join('\n');
  }
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
  };
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>;
