/** The journal a run writes: every step with its timing, output and verdict. Reports read only this. */
export const JOURNAL_FORMAT = 'bastion-chaos-journal/1';

export type Phase = 'setup' | 'before' | 'method' | 'after' | 'rollback' | 'safeguard';
export type StepStatus = 'ok' | 'failed' | 'deviated' | 'skipped' | 'aborted';
/** held: hypothesis true before, during and after; deviated: it was not; aborted: a safeguard or Ctrl-C stopped it. */
export type RunStatus = 'held' | 'deviated' | 'aborted' | 'failed' | 'refused' | 'dry-run';
export type HypothesisVerdict = 'held' | 'deviated' | 'not-run';

export interface StepRecord {
  phase: Phase;
  kind: 'action' | 'probe' | 'pause' | 'check';
  name: string;
  type: string;
  background: boolean;
  startedAt: string;
  /** Milliseconds since the run started. */
  offsetMs: number;
  durationMs: number;
  status: StepStatus;
  tolerance?: { met: boolean; reason?: string };
  output?: unknown;
  error?: string;
}

export interface Journal {
  format: typeof JOURNAL_FORMAT;
  experiment: {
    title: string;
    description: string;
    category: string;
    file: string;
    hypothesis: string;
    tags: string[];
  };
  status: RunStatus;
  reason?: string;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  dryRun: boolean;
  hypothesis: { before: HypothesisVerdict; during: HypothesisVerdict; after: HypothesisVerdict };
  steps: StepRecord[];
  safeguards: { checks: number; abortedBy?: string };
  rollbacks: { ran: number; failed: number };
}

/** Exit code for a finished run: 0 only when the hypothesis held (or a dry run passed its checks). */
export function exitCodeOf(journal: Journal): number {
  return journal.status === 'held' || journal.status === 'dry-run' ? 0 : 1;
}
