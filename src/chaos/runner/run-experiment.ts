import { setTimeout as sleep } from 'node:timers/promises';
import { BastionError, describeCauses } from '../../core/errors/index.js';
import { ACTIONS } from '../actions/index.js';
import { Replicas } from '../actions/replicas.js';
import type { ActionContext } from '../actions/types.js';
import type { LoadedExperiment } from '../experiment/load-experiment.js';
import type { ActionStep, Experiment, MethodStep, ProbeStep } from '../experiment/schema.js';
import { PROBES } from '../probes/index.js';
import type { ProbeOutcome } from '../probes/types.js';
import { activeBlackout, describeBlackout } from './blackout.js';
import { JOURNAL_FORMAT, type Journal, type Phase, type StepRecord } from './journal.js';
import { killSwitchEngaged } from './safeguards.js';

export interface RunOptions {
  dryRun?: boolean;
  env?: Readonly<Record<string, string | undefined>>;
  now?: () => Date;
  /** Aborts the run (rollbacks still run), e.g. on Ctrl-C. */
  signal?: AbortSignal;
  /** Called as each step finishes, for progress output. */
  onStep?: (step: StepRecord) => void;
}

const describeStep = (s: Record<string, unknown>): { kind: StepRecord['kind']; type: string } =>
  'action' in s
    ? { kind: 'action', type: String(s.action) }
    : 'probe' in s
      ? { kind: 'probe', type: String(s.probe) }
      : { kind: 'pause', type: 'pause' };

const nameOf = (s: Record<string, unknown>, index: number) =>
  String(s.name ?? `${describeStep(s).type}#${index + 1}`);

const message = (error: unknown) => (error instanceof Error ? error.message : describeCauses(error));

/**
 * Runs an experiment: kill switch and blackout checks, steady state before, the method, steady
 * state after, with safeguards polled throughout, and rollbacks ALWAYS (also on abort and Ctrl-C).
 *
 * @example
 * const journal = await runExperiment(loadExperiment('experiments/upstream-429.yaml', process.env), { env: process.env });
 * process.exitCode = exitCodeOf(journal);
 */
export async function runExperiment(loaded: LoadedExperiment, options: RunOptions = {}): Promise<Journal> {
  const { experiment: e, baseDir } = loaded;
  const env = options.env ?? {};
  const now = options.now ?? (() => new Date());
  const started = now();
  const t0 = performance.now();
  const journal: Journal = {
    format: JOURNAL_FORMAT,
    experiment: {
      title: e.title,
      description: e.description,
      category: e.category,
      file: loaded.file,
      hypothesis: e.hypothesis.title,
      tags: e.tags,
    },
    status: 'held',
    startedAt: started.toISOString(),
    endedAt: started.toISOString(),
    durationMs: 0,
    dryRun: options.dryRun ?? false,
    hypothesis: { before: 'not-run', during: 'not-run', after: 'not-run' },
    steps: [],
    safeguards: { checks: 0 },
    rollbacks: { ran: 0, failed: 0 },
  };
  const finish = (): Journal => {
    journal.endedAt = new Date(started.getTime() + (performance.now() - t0)).toISOString();
    journal.durationMs = Math.round(performance.now() - t0);
    return journal;
  };
  const record = (step: StepRecord) => {
    journal.steps.push(step);
    options.onStep?.(step);
  };

  const halted = killSwitchEngaged(e.safeguards, env, baseDir);
  const blackout = activeBlackout(e.safeguards.blackouts, started);
  if (halted || blackout) {
    journal.status = 'refused';
    journal.reason =
      halted ?? `inside blackout window ${describeBlackout(blackout ?? { between: '00:00-00:00' })}`;
    return finish();
  }
  if (options.dryRun) {
    const skip = (phase: Phase, steps: readonly Record<string, unknown>[]) =>
      steps.forEach((s, i) =>
        record({
          phase,
          ...describeStep(s),
          name: nameOf(s, i),
          background: s.background === true,
          startedAt: started.toISOString(),
          offsetMs: 0,
          durationMs: 0,
          status: 'skipped',
          output: s,
        }),
      );
    skip('setup', e.setup);
    skip('before', e.hypothesis.probes);
    skip('method', e.method);
    skip('after', e.hypothesis.probes);
    skip('rollback', e.rollbacks);
    journal.status = 'dry-run';
    return finish();
  }

  const abort = new AbortController();
  const stop = (reason: string) => {
    if (!abort.signal.aborted) {
      journal.safeguards.abortedBy = reason;
      abort.abort(new BastionError('BASTION_ERR_CHAOS_KILL_SWITCH', reason));
    }
  };
  const onExternal = () => stop('interrupted (SIGINT)');
  if (options.signal?.aborted) onExternal();
  options.signal?.addEventListener('abort', onExternal, { once: true });

  const replicas = new Replicas(env);
  const undos: (() => Promise<void>)[] = [];
  const actionCtx: ActionContext = {
    signal: abort.signal,
    baseDir,
    replicas,
    blastRadius: e.safeguards.blastRadius,
    env,
  };
  const probeCtx = { signal: abort.signal, baseDir, env };

  const timed = async (
    phase: Phase,
    step: Record<string, unknown>,
    index: number,
    work: () => Promise<{ output?: unknown; outcome?: ProbeOutcome }>,
  ): Promise<StepRecord> => {
    const begin = performance.now();
    const rec: StepRecord = {
      phase,
      ...describeStep(step),
      name: nameOf(step, index),
      background: step.background === true,
      startedAt: new Date(started.getTime() + (begin - t0)).toISOString(),
      offsetMs: Math.round(begin - t0),
      durationMs: 0,
      status: 'ok',
    };
    try {
      const { output, outcome } = await work();
      rec.output = outcome ? outcome.output : output;
      if (outcome?.met !== undefined) {
        rec.tolerance = { met: outcome.met, reason: outcome.reason };
        if (!outcome.met) rec.status = 'deviated';
      }
    } catch (error) {
      rec.status = abort.signal.aborted && phase !== 'rollback' ? 'aborted' : 'failed';
      rec.error = message(error);
    }
    rec.durationMs = Math.round(performance.now() - begin);
    record(rec);
    return rec;
  };

  const runProbe = (phase: Phase, p: ProbeStep, i: number, signal = abort.signal) =>
    timed(phase, p, i, async () => ({
      outcome: await PROBES[p.probe as keyof typeof PROBES].run(p, { ...probeCtx, signal }),
    }));

  const runAction = (phase: Phase, a: ActionStep, i: number, ctx = actionCtx) =>
    timed(phase, a, i, async () => {
      const result = await ACTIONS[a.action as keyof typeof ACTIONS].run(a, ctx);
      if (result.undo) undos.push(result.undo);
      return { output: result.output };
    });

  const runMethodStep = (s: MethodStep, i: number): Promise<StepRecord> => {
    if ('pause' in s)
      return timed(
        'method',
        s,
        i,
        async () => (
          await sleep(Number(s.pause), undefined, { signal: abort.signal }).catch(() => undefined),
          {}
        ),
      );
    if ('probe' in s) return runProbe('method', s as ProbeStep, i);
    return runAction('method', s as ActionStep, i);
  };

  // Safeguards: polled on a timer for the whole run, independent of what the method is doing.
  let polling = false;
  const poll = async () => {
    if (polling || abort.signal.aborted) return;
    polling = true;
    journal.safeguards.checks++;
    try {
      const why = killSwitchEngaged(e.safeguards, env, baseDir);
      if (why) return stop(why);
      if (performance.now() - t0 > e.safeguards.maxDuration)
        return stop(`maximum duration ${e.safeguards.maxDuration} ms exceeded`);
      for (const [i, condition] of e.safeguards.abortConditions.entries()) {
        const rec = await runProbe('safeguard', condition, i, AbortSignal.timeout(e.safeguards.maxDuration));
        if (rec.status !== 'ok')
          return stop(
            `abort condition "${rec.name}" did not hold: ${rec.tolerance?.reason ?? rec.error ?? rec.status}`,
          );
      }
    } finally {
      polling = false;
    }
  };
  const timer = setInterval(() => void poll(), e.safeguards.pollInterval);
  const deadline = setTimeout(
    () => stop(`maximum duration ${e.safeguards.maxDuration} ms exceeded`),
    e.safeguards.maxDuration,
  );

  let failedReason: string | undefined;
  try {
    await poll();
    for (const [i, step] of e.setup.entries()) {
      const rec = await runAction('setup', step, i);
      if (rec.status !== 'ok') {
        failedReason = `setup "${rec.name}" failed: ${rec.error}`;
        break;
      }
    }
    const before = !failedReason && !abort.signal.aborted && (await probesHeld('before', e, runProbe));
    if (failedReason || abort.signal.aborted) {
      // nothing more to do: rollbacks below
    } else if (!before) {
      journal.hypothesis.before = 'deviated';
      failedReason = 'steady state did not hold before the method: nothing was injected';
    } else {
      journal.hypothesis.before = 'held';
    }
    if (!failedReason && !abort.signal.aborted) {
      const background: Promise<StepRecord>[] = [];
      const methodRecords: StepRecord[] = [];
      for (const [i, step] of e.method.entries()) {
        if (abort.signal.aborted) break;
        if ('background' in step && step.background === true) {
          background.push(runMethodStep(step, i));
          continue;
        }
        const rec = await runMethodStep(step, i);
        methodRecords.push(rec);
        if (rec.status === 'failed' && rec.kind === 'action') {
          failedReason = `action "${rec.name}" failed: ${rec.error}`;
          break;
        }
      }
      methodRecords.push(...(await Promise.all(background)));
      const judged = methodRecords.filter((r) => r.kind === 'probe');
      journal.hypothesis.during =
        judged.length === 0 ? 'not-run' : judged.every((r) => r.status === 'ok') ? 'held' : 'deviated';
      if (!failedReason && !abort.signal.aborted) {
        journal.hypothesis.after = (await probesHeld('after', e, runProbe)) ? 'held' : 'deviated';
      }
    }
  } finally {
    clearInterval(timer);
    clearTimeout(deadline);
    options.signal?.removeEventListener('abort', onExternal);
    // Rollbacks run whatever happened, with a fresh signal: an aborted run must still clean up.
    const rollbackCtx = { ...actionCtx, signal: AbortSignal.timeout(120_000) };
    for (const [i, step] of e.rollbacks.entries()) {
      const rec = await runAction('rollback', step, i, rollbackCtx);
      journal.rollbacks.ran++;
      if (rec.status === 'failed') journal.rollbacks.failed++;
    }
    for (const undo of undos.reverse()) {
      const rec = await timed(
        'rollback',
        { action: 'undo', name: 'automatic undo' },
        0,
        async () => (await undo(), {}),
      );
      journal.rollbacks.ran++;
      if (rec.status === 'failed') journal.rollbacks.failed++;
    }
    await replicas.stopAll();
  }

  if (abort.signal.aborted) {
    journal.status = 'aborted';
    journal.reason = journal.safeguards.abortedBy;
  } else if (failedReason) {
    journal.status = 'failed';
    journal.reason = failedReason;
  } else if (journal.hypothesis.during === 'deviated' || journal.hypothesis.after === 'deviated') {
    journal.status = 'deviated';
    const bad = journal.steps.find(
      (s) => (s.phase === 'method' || s.phase === 'after') && s.kind === 'probe' && s.status !== 'ok',
    );
    journal.reason = bad
      ? `"${bad.name}" (${bad.phase}): ${bad.tolerance?.reason ?? bad.error ?? bad.status}`
      : 'hypothesis did not hold';
  }
  return finish();
}

async function probesHeld(
  phase: 'before' | 'after',
  e: Experiment,
  runProbe: (phase: Phase, p: ProbeStep, i: number) => Promise<StepRecord>,
): Promise<boolean> {
  let held = true;
  for (const [i, p] of e.hypothesis.probes.entries()) {
    const rec = await runProbe(phase, p, i);
    if (rec.status !== 'ok') held = false;
  }
  return held;
}
