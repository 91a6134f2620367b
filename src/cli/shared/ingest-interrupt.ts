import type { IngestInterrupted, IngestJob } from './ingest-job.js';

/**
 * Ctrl-C (or SIGTERM) during a docs ingest: the first asks the job to stop after the batch being written, the
 * second exits at once (130; SQLite rolls the open batch back). `off()` removes the handlers once the job ended.
 *
 * @example
 * const stopping = stopOnCtrlC(job);
 * try { await job.result; } finally { stopping.off(); }
 */
export function stopOnCtrlC(job: Pick<IngestJob, 'stop'>, bar?: { done(): void }): { off(): void } {
  let asked = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    bar?.done();
    if (asked) {
      process.stderr.write(
        `bastion: second ${signal}: stopping now; the batch being written is rolled back\n`,
      );
      process.exit(130);
    }
    asked = true;
    process.stderr.write(
      `bastion: ${signal}: stopping the docs ingest after the batch being written (press Ctrl-C again to stop at once)\n`,
    );
    job.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    off() {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

/** What an interrupted ingest did, and how to finish it. */
export function interruptedLines(stopped: IngestInterrupted, resume: string): string[] {
  const left = stopped.total - stopped.done;
  return [
    `bastion: docs ingest interrupted: ${stopped.done} of ${stopped.total} files done (${(stopped.bytes / 1e6).toFixed(2)} MB) and committed to ${stopped.indexPath}; ${left} not read yet.`,
    `  The index is consistent and answers from what it holds. Run ${resume} again to resume: files already ingested are unchanged and skipped, only new or changed files are read (deleted ones are removed at the end of a complete run).`,
  ];
}
