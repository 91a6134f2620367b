import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';

/**
 * Old-generation growth for a serving process, in percent over the live heap at the last full GC.
 *
 * WHY: V8 picks the growing factor from GC speed, up to 4× the live heap. Under concurrent load a gateway promotes
 * the objects of in-flight requests (they survive two scavenges while waiting on the upstream), so the old
 * generation fills with dead request objects and grows to several times the ~25 MiB that is really live: the
 * benchmark measured a 227 MiB peak RSS at concurrency 32. A fixed growth of 30 % keeps the peak near the live size
 * (about 145 MiB in the same run); the price is more frequent full GCs, which V8 marks concurrently on another core.
 */
export const SERVING_HEAP_GROWING_PERCENT = 30;

/** The V8 flag to apply, or undefined when the operator already chose one (node flags or NODE_OPTIONS win). */
export function servingHeapFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string | undefined {
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) =>
    /^--heap[-_]growing[-_]percent(=|$)/.test(arg),
  );
  return chosen ? undefined : `--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`;
}

/**
 * Young-generation GCs (scavenges) run on the main thread alone instead of with V8's helper threads.
 *
 * WHY: a parallel scavenge hands slices to helper threads and the main thread waits for all of them; on a machine
 * whose cores are busy (a gateway beside its clients, or a container with a CPU quota) a helper that is not scheduled
 * stalls the pause, even when almost nothing survives (one trace: 80 bytes survived, 1.15 ms in the parallel phase).
 * Measured with bench/gateway/profile.ts --alloc, helpers on and off running AT THE SAME TIME (same contention), 2
 * shared cores at load average 4–10, 28 pairs: scavenge pause p90 lower without helpers in 23 (c=1 e.g. 0.6–2.8 ms
 * against 1.6–15.3 ms), pause time per request lower in 23, c=32 req/s higher in 7 of 11, c=1 p99 lower in 11 of 17
 * (BENCHMARKS.md, Gateway).
 * Surviving data per scavenge is small in a gateway (the in-flight requests), which one thread
 * copies in a fraction of a millisecond. Only on machines with at most SINGLE_THREADED_SCAVENGE_MAX_CPUS CPUs: with
 * more cores the helpers are likely to find one free, and at high concurrency a single thread copying a full young
 * generation would pause longer than several.
 */
export const SINGLE_THREADED_SCAVENGE_MAX_CPUS = 2;

export function servingScavengeFlag(
  execArgv: readonly string[],
  nodeOptions: string | undefined,
  cpus: number = availableParallelism(),
): string | undefined {
  if (cpus > SINGLE_THREADED_SCAVENGE_MAX_CPUS) return undefined;
  const chosen = [...execArgv, ...(nodeOptions ?? '').split(/\s+/)].some((arg) =>
    /^--(?:no[-_])?parallel[-_]scavenge$/.test(arg),
  );
  return chosen ? undefined : '--no-parallel-scavenge';
}

/**
 * WebAssembly loops are optimised without unrolling.
 *
 * WHY: the upstream HTTP client (undici) parses responses with llhttp compiled to WebAssembly, whose main function is
 * one 33 KB state machine in a loop. A few requests after start, V8 re-compiles that function with its optimising
 * compiler, which with loop unrolling needs 29.5 MiB of scratch memory (malloc'd, freed again) and 0.8–1.5 s of a
 * core: the highest point of the gateway's resident memory in the benchmark (RSS 108 → 140–143 MiB within the first
 * ten requests, back to ~110 after). Without unrolling: 20.0 MiB and 0.4–0.8 s (`--trace-wasm-compilation-times`;
 * peak 130–133 MiB over the same requests; bench/gateway/rss-phases.ts). The price: the guards' n-gram scorer (a
 * WebAssembly loop) runs ~20 % slower (bench/guards/profile.ts, 1 MB: 5.9–6.0 → 7.0–7.2 ms, about 2 % of a whole
 * 1 MB scan; ~2 µs on a 2 KB prompt), and a c=32 A/B of the server's CPU per request showed no difference within
 * its noise (BENCHMARKS.md, Gateway). An operator's own `--wasm-loop-unrolling` wins. Set at run time: V8 reads it
 * when it compiles a function, and
 * undici compiles its parser on the first upstream request.
 */
export function servingWasmFlag(execArgv: readonly string[]): string | undefined {
  const chosen = execArgv.some((arg) => /^--(?:no[-_])?wasm[-_]loop[-_]unrolling$/.test(arg));
  return chosen ? undefined : '--no-wasm-loop-unrolling';
}

/**
 * Applies the serving heap policy to this process (`bastion serve` and the benchmark's server call it before
 * they start). V8 reads the heap flags each time it sizes the old generation or starts a scavenge, so setting them at
 * run time works. Returns the flags applied.
 */
export function tuneHeapForServing(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): string[] {
  const flags = [
    servingHeapFlag(execArgv, nodeOptions),
    servingScavengeFlag(execArgv, nodeOptions),
    servingWasmFlag(execArgv),
  ].filter((flag): flag is string => flag !== undefined);
  for (const flag of flags) setFlagsFromString(flag);
  return flags;
}
