/**
 * The analysis half of tail.ts, pure so that it can be tested: lines up each client request with the gateway's and
 * the upstream's record of it (all stamps in µs on the system-wide monotonic clock), splits its latency into
 * disjoint components, and attributes each of the slowest requests to the component that exceeded its median by
 * the most.
 */

/** A client request: [start, end]. */
export type Sample = [number, number];
/** What tail-probe.mjs sends back from a server process. */
export interface Dump {
  /** [start, end, main thread on-CPU µs, main thread run-queue wait µs, run-queue wait since the previous finish] */
  requests: [number, number, number, number, number][];
  /** [start, duration µs, kind] */
  gcs: [number, number, string][];
  /** SQLite write transactions: [start, duration µs, items] */
  transactions: [number, number, number][];
  /** WAL checkpoints the store ran: [start, duration µs, frames, reason] */
  checkpoints: [number, number, number, string][];
  loopDelayUs: { p50: number; p99: number; max: number };
  /** The main thread's on-CPU µs over the whole armed phase, inside requests and between them. */
  phaseCpuUs?: number;
}

export const COMPONENTS = [
  'gateway scavenge',
  'gateway mark-compact / incremental marking',
  'gateway SQLite transaction',
  'gateway other CPU (JS, syscalls)',
  'gateway waiting for a CPU (run queue)',
  'upstream handler',
  'upstream waiting for a CPU (run queue)',
  'upstream GC',
  'upstream waiting for a CPU before the request',
  'hops gateway<->upstream (wake-ups, sockets)',
  'client GC',
  'gateway waiting for a CPU before the request',
  'client side and hops client<->gateway',
] as const;
export type Component = (typeof COMPONENTS)[number];

/** Total length of the parts of `spans` ([start, duration]) inside [from, to]. */
export function overlap(
  spans: readonly (readonly [number, number, ...unknown[]])[],
  from: number,
  to: number,
): number {
  let sum = 0;
  for (const [start, duration] of spans) {
    const a = Math.max(start, from);
    const b = Math.min(start + duration, to);
    if (b > a) sum += b - a;
  }
  return sum;
}

/** For each sample, the index of the first record whose start lies in [sample start, sample end], or -1. */
export function align(
  samples: readonly (readonly [number, number, ...unknown[]])[],
  records: readonly (readonly [number, ...unknown[]])[],
): number[] {
  const out: number[] = [];
  let j = 0;
  for (const [from, to] of samples) {
    while (j < records.length && (records[j]?.[0] as number) < from) j++;
    const start = records[j]?.[0];
    out.push(start !== undefined && start <= to ? j : -1);
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[(s.length - 1) >> 1] as number);
};
const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? Number.NaN;
};

/** One client request split into disjoint components (µs); they sum to its latency. */
export function split(
  sample: Sample,
  gw: Dump['requests'][number],
  up: Dump['requests'][number] | undefined,
  dumps: { gw: Dump; up: Dump; clientGcs: [number, number, string][] },
): Record<Component, number> {
  const [t0, t1] = sample;
  const [gs, ge, cpu, wait, waitBefore] = gw;
  const scavenge = overlap(
    dumps.gw.gcs.filter((g) => g[2] === 'scavenge'),
    gs,
    ge,
  );
  const gc = overlap(dumps.gw.gcs, gs, ge);
  const tx = overlap(dumps.gw.transactions, gs, ge);
  const upTotal = up ? up[1] - up[0] : 0;
  const upGcAll = overlap(dumps.up.gcs, gs, ge);
  const upGcIn = up ? overlap(dumps.up.gcs, up[0], up[1]) : 0;
  const clientGc = overlap(dumps.clientGcs, t0, gs) + overlap(dumps.clientGcs, ge, t1);
  const cpuOther = Math.max(0, cpu - gc - tx);
  // The rest of the gateway's time: asleep, i.e. waiting for the upstream (handler or hops).
  const asleep = Math.max(0, ge - gs - gc - tx - cpuOther - wait);
  const upHandler = Math.min(asleep, Math.max(0, upTotal - upGcIn));
  const upWait = Math.min(upHandler, up ? up[3] : 0);
  const upGc = Math.min(asleep - upHandler, upGcAll);
  const upBefore = Math.min(asleep - upHandler - upGc, up ? up[4] : 0);
  const outside = Math.max(0, t1 - t0 - (ge - gs) - clientGc);
  const before = Math.min(outside, waitBefore);
  return {
    'gateway scavenge': scavenge,
    'gateway mark-compact / incremental marking': gc - scavenge,
    'gateway SQLite transaction': tx,
    'gateway other CPU (JS, syscalls)': cpuOther,
    'gateway waiting for a CPU (run queue)': wait,
    'upstream handler': upHandler - upWait,
    'upstream waiting for a CPU (run queue)': upWait,
    'upstream GC': upGc,
    'upstream waiting for a CPU before the request': upBefore,
    'hops gateway<->upstream (wake-ups, sockets)': asleep - upHandler - upGc - upBefore,
    'client GC': clientGc,
    'gateway waiting for a CPU before the request': before,
    'client side and hops client<->gateway': outside - before,
  };
}

export interface Attribution {
  text: string;
  table: {
    slowest: string;
    threshold: number;
    causes: { cause: Component; count: number; medianExcessUs: number }[];
  }[];
}

export function attribute(
  client: Sample[],
  gw: Dump,
  up: Dump,
  clientGcs: [number, number, string][],
): Attribution {
  const gwIndex = align(client, gw.requests);
  const rows: { latency: number; parts: Record<Component, number> }[] = [];
  const upIndex = align(
    gw.requests.map(([s, e]) => [s, e] as [number, number]),
    up.requests,
  );
  let unaligned = 0;
  client.forEach((sample, i) => {
    const g = gw.requests[gwIndex[i] as number];
    if (!g) {
      unaligned++;
      return;
    }
    const u = up.requests[upIndex[gwIndex[i] as number] as number];
    rows.push({ latency: sample[1] - sample[0], parts: split(sample, g, u, { gw, up, clientGcs }) });
  });
  const medians = Object.fromEntries(
    COMPONENTS.map((c) => [c, median(rows.map((r) => r.parts[c]))]),
  ) as Record<Component, number>;
  let text = `  ${rows.length} requests lined up (${unaligned} not found in the gateway's records)\n`;
  text += '  component (µs)                                   p50      p90      p99      max\n';
  for (const c of COMPONENTS) {
    const xs = rows.map((r) => r.parts[c]);
    text += `  ${c.padEnd(45)} ${[50, 90, 99].map((p) => pct(xs, p).toFixed(0).padStart(8)).join('')} ${Math.max(
      ...xs,
    )
      .toFixed(0)
      .padStart(8)}\n`;
  }
  const table: Attribution['table'] = [];
  const sorted = [...rows].sort((a, b) => b.latency - a.latency);
  for (const share of [1, 2]) {
    const slow = sorted.slice(0, Math.max(1, Math.floor((rows.length * share) / 100)));
    const threshold = (slow[slow.length - 1]?.latency ?? 0) / 1000;
    const byCause = new Map<Component, number[]>();
    for (const r of slow) {
      let cause: Component = COMPONENTS[0];
      let most = -Infinity;
      for (const c of COMPONENTS) {
        const excess = r.parts[c] - medians[c];
        if (excess > most) {
          most = excess;
          cause = c;
        }
      }
      byCause.set(cause, [...(byCause.get(cause) ?? []), most]);
    }
    const causes = [...byCause]
      .map(([cause, xs]) => ({ cause, count: xs.length, medianExcessUs: median(xs) }))
      .sort((a, b) => b.count - a.count);
    table.push({ slowest: `${share} %`, threshold, causes });
    text += `  slowest ${share} % (${slow.length} requests, latency >= ${threshold.toFixed(3)} ms), by the component furthest over its median:\n`;
    for (const { cause, count, medianExcessUs } of causes)
      text += `    ${String(count).padStart(4)} x ${cause.padEnd(45)} median excess ${medianExcessUs.toFixed(0)} µs\n`;
  }
  text += busyLines(gw);
  text +=
    gcLine('gateway', gw.gcs, rows.length) +
    gcLine('upstream', up.gcs, rows.length) +
    gcLine('client', clientGcs, rows.length);
  const tx = gw.transactions.map((t) => t[1]);
  if (tx.length > 0)
    text += `  gateway SQLite transactions: ${tx.length} (${(tx.length / Math.max(1, rows.length)).toFixed(2)} per request), p50 ${pct(tx, 50).toFixed(0)} p99 ${pct(tx, 99).toFixed(0)} max ${Math.max(...tx).toFixed(0)} µs; over 1 ms: ${tx.filter((x) => x > 1000).length}\n`;
  text += `  gateway idle WAL checkpoints: ${gw.checkpoints.length}${gw.checkpoints.length ? `, max ${Math.max(...gw.checkpoints.map((c) => c[1])).toFixed(0)} µs` : ''}\n`;
  text += `  gateway event-loop delay p50 ${gw.loopDelayUs.p50.toFixed(0)} p99 ${gw.loopDelayUs.p99.toFixed(0)} max ${gw.loopDelayUs.max.toFixed(0)} µs\n`;
  return { text, table };
}

/**
 * Figures a loaded machine distorts little, for A/Bs of the gateway's own work: its main thread's time ON a CPU
 * inside each request (from schedstat: 0 with --no-sched), and where its scavenges land, inside a request (they
 * hold it up) or between requests.
 */
export function busyLines(gw: Dump): string {
  const cpu = gw.requests.map((r) => r[2]);
  const q = (xs: number[]): string => [50, 90, 99, 99.9].map((p) => pct(xs, p).toFixed(0)).join(' / ');
  let text = '';
  if (cpu.some((x) => x > 0)) text += `  gateway on CPU per request p50 / p90 / p99 / p99.9 µs: ${q(cpu)}\n`;
  if (gw.phaseCpuUs !== undefined)
    text += `  gateway main thread on CPU over the phase, per request (between requests too): ${(gw.phaseCpuUs / Math.max(1, gw.requests.length)).toFixed(0)} µs\n`;
  const scavenges = gw.gcs.filter((g) => g[2] === 'scavenge');
  const inside = gw.requests.filter(([s, e]) => overlap(scavenges, s, e) > 0).length;
  const between = scavenges.filter(([start, duration]) =>
    gw.requests.every(([s, e]) => start + duration <= s || start >= e),
  );
  text += `  gateway scavenges: ${inside} of ${gw.requests.length} requests (${((100 * inside) / Math.max(1, gw.requests.length)).toFixed(2)} %) hold one; ${between.length} of ${scavenges.length} ran between requests (pause p50 ${pct(
    between.map((g) => g[1]),
    50,
  ).toFixed(0)} µs)\n`;
  return text;
}

function gcLine(name: string, gcs: [number, number, string][], requests: number): string {
  const kinds = new Map<string, number[]>();
  for (const [, duration, kind] of gcs) kinds.set(kind, [...(kinds.get(kind) ?? []), duration]);
  if (kinds.size === 0) return `  ${name} GCs: none\n`;
  return `  ${name} GCs: ${[...kinds]
    .map(
      ([kind, xs]) =>
        `${kind} ${xs.length} (1 per ${(requests / xs.length).toFixed(0)} requests, p50 ${pct(xs, 50).toFixed(0)} max ${Math.max(...xs).toFixed(0)} µs)`,
    )
    .join(', ')}\n`;
}
