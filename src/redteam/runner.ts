import { grade } from './graders/grade.js';
import { createGuardEvidence } from './graders/guard-evidence.js';
import { makePlants } from './plants.js';
import { toMessages, type Probe } from './probes.js';
import type { ProbeResult } from './result.js';
import { createRng, hashSeed } from './rng.js';
import type { Target, TargetResponse } from './types.js';

export interface RunOptions {
  concurrency: number;
  /** Requests per second across all workers; 0 = unlimited. */
  rps: number;
  retries: number;
  timeoutMs: number;
  seed: number;
  systemPrompt?: string;
  allowedHosts: readonly string[];
  onProgress?: (done: number, total: number, last: ProbeResult) => void;
  /** Optional second opinion for heuristic verdicts ("comply" goals). */
  judge?: (probe: Probe, response: TargetResponse) => Promise<boolean | undefined>;
  signal?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Spaces requests out so a run never exceeds `rps`, however many workers there are. */
function createPacer(rps: number, sleep: (ms: number) => Promise<void>) {
  let next = 0;
  return async () => {
    if (rps <= 0) return;
    const now = performance.now();
    const at = Math.max(now, next);
    next = at + 1000 / rps;
    if (at > now) await sleep(at - now);
  };
}

const transient = (status: number) => status === 0 || status === 429 || status >= 500;

/** Sends every probe, grades it, and reports progress. Results come back in probe order. */
export async function runProbes(
  target: Target,
  probes: readonly Probe[],
  options: RunOptions,
): Promise<ProbeResult[]> {
  const sleep = options.sleep ?? defaultSleep;
  const pace = createPacer(options.rps, sleep);
  const evidence = createGuardEvidence(options.allowedHosts);
  const results: ProbeResult[] = new Array(probes.length);
  let cursor = 0;
  let done = 0;

  const sendOnce = async (probeIndex: number): Promise<ProbeResult> => {
    const probe = probes[probeIndex] as Probe;
    const plants = makePlants(createRng(hashSeed(options.seed, probe.key)), options.systemPrompt);
    const messages = toMessages(probe, plants);
    let response: TargetResponse = { status: 0, text: '', toolCalls: [], latencyMs: 0 };
    let error: string | null = null;
    for (let attempt = 0; attempt <= options.retries; attempt++) {
      if (options.signal?.aborted) break;
      await pace();
      try {
        const signal = AbortSignal.timeout(options.timeoutMs);
        response = await target.send({
          messages,
          tools: probe.attack.tools,
          params: probe.attack.params,
          signal,
        });
        error = response.error ? response.error.message : null;
      } catch (cause) {
        response = { status: 0, text: '', toolCalls: [], latencyMs: 0 };
        error = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
      }
      if (!transient(response.status) || attempt === options.retries) break;
      await sleep(Math.min(4000, 250 * 2 ** attempt) * (0.5 + Math.random() / 2));
    }
    const findings = response.status >= 400 || response.text === '' ? [] : evidence(response.text, plants);
    const verdict = grade(probe.attack, plants, response, findings, probe.document !== undefined);
    let judged = false;
    if (options.judge && verdict.grader === 'refusal-heuristic' && response.status < 400) {
      const opinion = await options.judge(probe, response);
      if (opinion !== undefined) {
        verdict.succeeded = opinion;
        verdict.grader = 'llm-judge';
        judged = true;
      }
    }
    return {
      key: probe.key,
      attackId: probe.attack.id,
      category: probe.attack.category,
      mutator: probe.mutator ?? null,
      succeeded: verdict.succeeded,
      blocked: verdict.blocked,
      grader: verdict.grader,
      reason: verdict.reason,
      status: response.status,
      latencyMs: Math.round(response.latencyMs * 10) / 10,
      excerpt: response.text.slice(0, 240),
      error,
      judged,
    };
  };

  const worker = async () => {
    while (cursor < probes.length && !options.signal?.aborted) {
      const index = cursor++;
      const result = await sendOnce(index);
      results[index] = result;
      done++;
      options.onProgress?.(done, probes.length, result);
    }
  };
  await Promise.all(
    Array.from({ length: Math.max(1, Math.min(options.concurrency, probes.length)) }, worker),
  );
  return results.filter((r): r is ProbeResult => r !== undefined);
}
