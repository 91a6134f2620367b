import type { LoadedExperiment } from '../experiment/load-experiment.js';
import { activeBlackout, describeBlackout } from '../runner/blackout.js';
import type { Journal, RunStatus, StepRecord } from '../runner/journal.js';
import { runExperiment } from '../runner/run-experiment.js';
import type { LoadedPlan } from './load-plan.js';

export interface DayEntry {
  readonly index: number;
  readonly title: string;
  readonly owner: string;
  readonly category: string;
  readonly file: string;
  status: RunStatus | 'not-run';
  reason?: string;
  journal?: Journal;
  notes: string[];
}

export interface DayResult {
  readonly title: string;
  readonly date: string | undefined;
  readonly startedAt: string;
  endedAt: string;
  readonly entries: DayEntry[];
  /** Observations and lessons for the whole day (the --notes file and anything typed at the end). */
  notes: string[];
  readonly roles: LoadedPlan['plan']['roles'];
}

export interface DayOptions {
  env?: Readonly<Record<string, string | undefined>>;
  signal?: AbortSignal;
  dryRun?: boolean;
  now?: () => Date;
  onStep?: (step: StepRecord) => void;
  onExperiment?: (entry: DayEntry, phase: 'start' | 'end') => void;
  /** Asks the humans for observations after each experiment (interactive mode). */
  askNotes?: (entry: DayEntry) => Promise<string>;
}

/**
 * Runs a Chaos Day: each experiment in order (plan blackouts re-checked before each), collecting
 * journals and the observations typed in between. An interrupt stops the day; the current
 * experiment still rolls back and the rest count as not run.
 */
export async function runDay(loaded: LoadedPlan, options: DayOptions = {}): Promise<DayResult> {
  const now = options.now ?? (() => new Date());
  const { plan } = loaded;
  const result: DayResult = {
    title: plan.title,
    date: plan.date,
    startedAt: now().toISOString(),
    endedAt: now().toISOString(),
    entries: plan.experiments.map((entry, index) => {
      const e = (loaded.experiments[index] as LoadedExperiment).experiment;
      return {
        index,
        title: e.title,
        owner: entry.owner,
        category: entry.category ?? e.category,
        file: entry.file,
        status: 'not-run',
        notes: [],
      };
    }),
    notes: [],
    roles: plan.roles,
  };
  for (const entry of result.entries) {
    if (options.signal?.aborted) break;
    const blackout = activeBlackout(plan.blackouts, now());
    if (blackout) {
      entry.status = 'refused';
      entry.reason = `day blackout ${describeBlackout(blackout)}`;
      continue;
    }
    options.onExperiment?.(entry, 'start');
    const journal = await runExperiment(loaded.experiments[entry.index] as LoadedExperiment, {
      env: options.env,
      signal: options.signal,
      dryRun: options.dryRun,
      now: options.now,
      onStep: options.onStep,
    });
    entry.journal = journal;
    entry.status = journal.status === 'dry-run' ? 'not-run' : journal.status;
    entry.reason = journal.reason;
    options.onExperiment?.(entry, 'end');
    if (options.askNotes && !options.signal?.aborted) {
      const text = (await options.askNotes(entry)).trim();
      if (text) entry.notes.push(text);
    }
    if (plan.stopOnAbort && journal.status === 'aborted') break;
  }
  result.endedAt = now().toISOString();
  return result;
}
