/**
 * `npm run bench:gateway -- --npm-start-sweep [--semi-space 4,8,16] [--runtime dist,tsx] [--rounds N] [--quick]`:
 * `npm start` itself (scripts/start.sh) once per combination of young-generation semi-space size (MiB, passed as
 * NODE_OPTIONS=--max-semi-space-size=N, which start.sh lets win over its own flag; `default` = start.sh's) and
 * runtime (BASTION_RUNTIME: dist/ or the sources through tsx), all against one fake upstream. The servers are loaded
 * in turn, round after round in rotating order, so that a busy shared machine slows them alike. Reports the
 * start-up time, c=1 p50/p99 (medians over rounds), c=32 requests/s and peak RSS over the whole run (c=32,
 * streaming and not). The servers also trace their GCs (trace-gc.mjs), counted during the c=1 phases: how many requests pass
 * between two young-generation GCs (scavenges) and how long one pauses the event loop. Below ~100 requests per
 * scavenge the scavenge pause lands in the p99; these counts hold on a busy machine where p99 itself mostly
 * measures the wait for a core.
 */
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runLoad, type LoadResult, type Target } from './load.js';
import { startBastionServe, startUpstream, type Child } from './servers.js';

/** Young-generation GCs (scavenges) and full GCs in a server's trace-gc.mjs lines, with the scavenges' pauses in ms. */
class GcCounter {
  scavenges: number[] = [];
  markCompacts = 0;
  private partial = '';
  feed(chunk: Buffer): void {
    const lines = (this.partial + chunk.toString()).split('\n');
    this.partial = lines.pop() ?? '';
    for (const line of lines) {
      const gc = /^bench-gc (minor|major|other) ([\d.]+)$/.exec(line);
      if (gc?.[1] === 'minor') this.scavenges.push(Number(gc[2]));
      else if (gc?.[1] === 'major') this.markCompacts++;
    }
  }
  reset(): void {
    this.scavenges = [];
    this.markCompacts = 0;
  }
}

interface Variant {
  name: string;
  env: Record<string, string>;
}

export interface SweepOptions {
  semiSpaces: readonly string[];
  runtimes: readonly string[];
  rounds: number;
  phase: { warm: number; c1: number; c32: number };
  body: (stream: boolean) => string;
  dir: string;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};
const fmt = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');

function variants(semiSpaces: readonly string[], runtimes: readonly string[]): Variant[] {
  const out: Variant[] = [];
  for (const runtime of runtimes) {
    for (const semi of semiSpaces) {
      const env: Record<string, string> = { BASTION_RUNTIME: runtime };
      const traceGc = `--import=${pathToFileURL(resolve('bench/gateway/trace-gc.mjs')).href}`;
      env.NODE_OPTIONS = semi === 'default' ? traceGc : `--max-semi-space-size=${semi} ${traceGc}`;
      out.push({ name: `${runtime} semi=${semi}`, env });
    }
  }
  return out;
}

export async function runNpmStartSweep(options: SweepOptions, children: Child[]): Promise<string> {
  const loadBefore = loadavg();
  const upstream = await startUpstream();
  children.push(upstream.child);
  const servers: { variant: Variant; child: Child; target: Target; startMs: number; gc: GcCounter }[] = [];
  for (const [i, variant] of variants(options.semiSpaces, options.runtimes).entries()) {
    const s = await startBastionServe(`npm-start-${i}`, `${upstream.url}/v1`, options.dir, variant.env);
    children.push(s.child);
    const headers = { authorization: `Bearer ${s.key}` };
    const target = { name: variant.name, origin: s.url, path: '/v1/chat/completions', headers };
    const gc = new GcCounter();
    s.child.process.stdout?.on('data', (chunk: Buffer) => gc.feed(chunk));
    servers.push({ variant, child: s.child, target, startMs: s.startMs, gc });
  }
  const c1: Record<string, LoadResult[]> = {};
  const c32: Record<string, LoadResult[]> = {};
  const gcAtC1: Record<string, { requests: number; pauses: number[]; markCompacts: number }> = {};
  for (let round = 0; round < options.rounds; round++) {
    for (let k = 0; k < servers.length; k++) {
      const { target, gc } = servers[(round + k) % servers.length] as (typeof servers)[number];
      await runLoad(target, options.body(false), { concurrency: 8, durationMs: options.phase.warm });
      gc.reset();
      const one = await runLoad(target, options.body(false), {
        concurrency: 1,
        durationMs: options.phase.c1,
      });
      await new Promise((r) => setTimeout(r, 50)); // the observer reports a GC on a later tick
      const seen = (gcAtC1[target.name] ??= { requests: 0, pauses: [], markCompacts: 0 });
      seen.requests += one.requests;
      seen.pauses.push(...gc.scavenges);
      seen.markCompacts += gc.markCompacts;
      const many = await runLoad(target, options.body(false), {
        concurrency: 32,
        durationMs: options.phase.c32,
      });
      await runLoad(target, options.body(true), { concurrency: 32, durationMs: options.phase.c32 / 2 });
      (c1[target.name] ??= []).push(one);
      (c32[target.name] ??= []).push(many);
      process.stderr.write(
        `round ${round + 1} ${target.name}: c1 p99 ${fmt(one.p99, 3)} ms, c32 ${fmt(many.rps, 0)} req/s\n`,
      );
    }
  }
  const loadAfter = loadavg();
  const lines = [
    `npm start sweep (${cpus().length} CPUs; load average before ${loadBefore.map((l) => fmt(l)).join(' ')}, after ${loadAfter.map((l) => fmt(l)).join(' ')}; ${options.rounds} rounds, non-streaming c=1 then c=32, streaming c=32; rotating order)`,
    '',
    '| runtime, semi-space MiB | start-up ms | c=1 p50 ms | c=1 p99 ms | c=1 p99 per round | c=1 requests per scavenge | scavenge pause p50 / max ms | c=1 mark-compacts | c=32 req/s | peak RSS MiB | errors |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of servers) {
    const ones = c1[s.target.name] ?? [];
    const manys = c32[s.target.name] ?? [];
    const errors = [...ones, ...manys].reduce((n, r) => n + r.errors, 0);
    const gc = gcAtC1[s.target.name] ?? { requests: 0, pauses: [], markCompacts: 0 };
    const perScavenge = gc.pauses.length > 0 ? gc.requests / gc.pauses.length : Number.NaN;
    lines.push(
      `| ${s.variant.name} | ${fmt(s.startMs, 0)} | ${fmt(median(ones.map((r) => r.p50)), 3)} | ${fmt(median(ones.map((r) => r.p99)), 3)} | ${ones.map((r) => fmt(r.p99, 2)).join(' ')} | ${fmt(perScavenge, 0)} | ${fmt(median(gc.pauses), 2)} / ${fmt(Math.max(...gc.pauses), 2)} | ${gc.markCompacts} | ${fmt(median(manys.map((r) => r.rps)), 0)} | ${fmt(s.child.peakRssMiB(), 1)} | ${errors} |`,
    );
  }
  return lines.join('\n');
}
