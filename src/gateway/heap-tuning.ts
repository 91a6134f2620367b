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
 * Applies the serving heap policy to this process (`bastion serve` and the benchmark's server call it before
 * they start). The flag is read by V8 each time it sizes the old generation, so setting it at run time works.
 * Returns the flag applied, if any.
 */
export function tuneHeapForServing(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string | undefined = process.env.NODE_OPTIONS,
): string | undefined {
  const flag = servingHeapFlag(execArgv, nodeOptions);
  if (flag) setFlagsFromString(flag);
  return flag;
}
