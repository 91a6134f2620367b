import { parseConfig, type LoadedConfig } from '../../src/core/config/index.js';
import type { Clock } from '../../src/core/clock.js';
import type { CallContext } from '../../src/providers/types.js';

/** A config from inline YAML, as the gateway would load it. */
export function loadedFrom(yaml: string, env: Record<string, string | undefined> = {}): LoadedConfig {
  return parseConfig(yaml, '<inline>', { env });
}

let n = 0;
export function callCtx(extra: Partial<CallContext> = {}): CallContext {
  return { signal: new AbortController().signal, requestId: `req-${++n}`, ...extra };
}

/** A clock that only moves when told, and a sleep that moves it instead of waiting. */
export function manualTime(start = 1_700_000_000_000) {
  let now = start;
  const slept: number[] = [];
  const clock: Clock = { now: () => now, monotonic: () => now };
  return {
    clock,
    slept,
    advance: (ms: number) => {
      now += ms;
    },
    sleep: async (ms: number) => {
      slept.push(ms);
      now += ms;
    },
  };
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}
