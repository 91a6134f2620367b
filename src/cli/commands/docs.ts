import { resolve } from 'node:path';
import type { Command } from 'commander';
import type { AssistantRuntime, DocsAnswer } from '../../assistant/index.js';
import { loadQaSet, runEval } from '../../assistant/eval.js';
import { FORMATS } from '../../assistant/walk.js';
import { BastionError } from '../../core/errors/index.js';
import type { FeedbackRecord } from '../../store/feedback-store.js';
import { loadCommandConfig } from '../shared/config.js';
import { openExistingIndex } from '../shared/docs-index.js';
import { quarantineId, registerQuarantine } from './docs-quarantine.js';
import { numberFlag } from '../shared/number-flag.js';
import { IngestInterrupted, startIngest } from '../shared/ingest-job.js';
import { interruptedLines, stopOnCtrlC } from '../shared/ingest-interrupt.js';

interface CommonOptions {
  config?: string;
  json?: boolean;
}

/** The docs index for a command that only reads it; `needPassages` for ask and eval (see openExistingIndex). */
function open(options: CommonOptions & { extractive?: boolean }, needPassages = false): AssistantRuntime {
  return openExistingIndex(
    loadCommandConfig(options.config),
    { extractive: options.extractive === true },
    { needPassages },
  );
}

const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const out = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
const json = (value: unknown) => out(JSON.stringify(value, null, 2));

/** A one-line progress bar on stderr, only on a terminal (CI logs stay clean). */
function progressBar(label: string) {
  const tty = process.stderr.isTTY === true;
  let last = 0;
  return {
    update(done: number, total: number, bytes: number) {
      if (!tty || total < 50) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 28;
      const filled = Math.round((done / Math.max(1, total)) * width);
      process.stderr.write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files, ${(bytes / 1e6).toFixed(1)} MB`,
      );
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

function printAnswer(answer: DocsAnswer): void {
  out(answer.answer);
  if (answer.citations.length > 0) {
    out('\nSources:');
    for (const c of answer.citations)
      out(`  [${c.index}] ${c.source} — ${c.heading}  (${c.id}, chars ${c.start}-${c.end})`);
  }
}

const csvCell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : String(v);
  // A leading = + - @ makes spreadsheets evaluate the cell (CSV injection): prefix a quote.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

function feedbackCsv(rows: readonly FeedbackRecord[]): string {
  const header = ['id', 'created_at', 'rating', 'response_id', 'request_id', 'key_id', 'model', 'comment'];
  const lines = rows.map((r) =>
    [
      r.id,
      new Date(r.createdAt).toISOString(),
      r.rating,
      r.responseId,
      r.requestId,
      r.keyId,
      r.model,
      r.comment,
    ]
      .map(csvCell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\n');
}

/** Registers `bastion docs …`: ingest, sources, ask, feedback, eval. */
export function register(program: Command): void {
  const docs = program
    .command('docs')
    .description(
      'The docs assistant: ingest documentation, ask questions with cited answers, feedback and evals',
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: $BASTION_CONFIG, the nearest bastion.yaml here or above, or the built-in one with its data in this folder)',
    );
  const common = (cmd: Command): CommonOptions => ({
    ...docs.opts<CommonOptions>(),
    ...cmd.opts<CommonOptions>(),
  });

  docs
    .command('ingest')
    .description(
      'Ingest Markdown, HTML, text and PDF files or folders (only changed files are re-read; deleted ones are removed)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 every file indexed; 3 a file was rejected by the ingest guards or could not be read or parsed\n(the others are still indexed); 2 bad input (no such path, bad config); 130 interrupted.\n\nCtrl-C stops after the batch being written (a second Ctrl-C at once): the index stays consistent and\nrunning the command again resumes, reading only the files not ingested yet or changed since.',
    )
    .argument('[paths...]', 'files and folders (default: assistant.ingestOnStart of the config)')
    .option('--force', 're-ingest unchanged files too (e.g. after changing the ingest policy)')
    .option(
      '--workers <n>',
      'threads that read, parse and guard-scan files, the one writing the index included (default: one per CPU; 1 = in process)',
    )
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], _o: unknown, cmd: Command) => {
      const o = common(cmd) as CommonOptions & { force?: boolean; workers?: string };
      const workers =
        o.workers === undefined
          ? undefined
          : numberFlag(
              '--workers',
              o.workers,
              { min: 1, max: 64, integer: true },
              'a whole number from 1 to 64',
            );
      const loaded = loadCommandConfig(o.config);
      // Without paths: the config's ingestOnStart, relative to the config's folder (as `serve` reads them), with the
      // same --force and --workers (serve's start-up ingest would ignore them).
      const targets = paths.length > 0 ? paths.map((p) => resolve(p)) : loaded.config.assistant.ingestOnStart;
      if (targets.length === 0)
        throw new BastionError(
          'BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND',
          `no paths given and assistant.ingestOnStart is empty in ${loaded.file}`,
        );
      const bar = progressBar('ingest');
      const job = startIngest(
        loaded,
        {
          paths: targets,
          force: o.force === true,
          logLevel: loaded.config.logging.level,
          ...(workers ? { workers } : {}),
        },
        bar.update,
      );
      const stopping = stopOnCtrlC(job, bar);
      let ingested: Awaited<typeof job.result>;
      try {
        ingested = await job.result;
      } catch (error) {
        bar.done();
        if (!(error instanceof IngestInterrupted)) throw error;
        for (const line of interruptedLines(error, 'the same command')) process.stderr.write(`${line}\n`);
        process.exit(130);
      } finally {
        stopping.off();
      }
      bar.done();
      {
        const { report, indexPath } = ingested;
        const t = report.totals;
        // A folder with no supported file (or only .docx), or a single file of a type it does not read, used to end
        // "0 added … 0 passages" (or "1 skipped") with exit 0.
        if (t.added + t.updated + t.unchanged + t.rejected + t.failed + t.removed === 0) {
          const skipped = report.files.filter((f) => f.outcome === 'skipped').map((f) => f.source);
          throw new BastionError(
            'BASTION_ERR_ASSISTANT_SOURCE_NOT_FOUND',
            `${targets.join(', ')}: no file to ingest (supported: ${Object.keys(FORMATS).join(' ')})${skipped.length > 0 ? `; skipped as unsupported: ${skipped.slice(0, 3).join(', ')}${skipped.length > 3 ? ', …' : ''}` : ''}`,
          );
        }
        if (o.json) return json({ index: indexPath, ...report });
        for (const f of report.files) {
          if (f.outcome === 'unchanged') continue;
          const extra =
            f.outcome === 'added' || f.outcome === 'updated'
              ? ` (${plural(f.chunks ?? 0, 'passage')}${f.quarantined ? `, ${f.quarantined} quarantined` : ''})`
              : '';
          out(`${f.outcome.padEnd(9)} ${f.source}${extra}${f.reason ? ` — ${f.reason}` : ''}`);
        }
        out(
          `${t.added} added, ${t.updated} updated, ${t.unchanged} unchanged, ${t.removed} removed, ${t.rejected} rejected, ${t.failed} failed, ${t.skipped} skipped; ` +
            `${plural(t.chunks, 'passage')} indexed, ${t.quarantined} quarantined; ${(t.bytes / 1e6).toFixed(2)} MB in ${(report.elapsedMs / 1000).toFixed(2)} s → ${indexPath}`,
        );
        // 3: some files were kept out of the index (rejected by policy, or unreadable/corrupt).
        if (t.rejected > 0 || t.failed > 0) process.exitCode = 3;
      }
    });

  docs
    .command('sources')
    .description(
      'List what the docs index holds: path, SHA-256, size, headings, ingestion time, guard findings; and quarantined passages',
    )
    .option('--json', 'print as JSON')
    .action(async (_o: unknown, cmd: Command) => {
      const o = common(cmd);
      const rt = open(o);
      try {
        const sources = rt.docs.listSources();
        const quarantined = rt.docs.listQuarantine();
        if (o.json)
          return json({
            index: rt.indexPath,
            sources: sources.map((s) => ({ ...s, ingestedAt: new Date(s.ingestedAt).toISOString() })),
            quarantined,
          });
        if (sources.length === 0)
          return out(`The docs index (${rt.indexPath}) is empty: run bastion docs ingest PATH`);
        for (const s of sources) {
          const findings = Object.entries(s.findings)
            .map(([k, n]) => `${k}×${n}`)
            .join(' ');
          out(
            `${s.status.padEnd(8)} ${s.path}  ${s.size} B  sha256:${s.sha256.slice(0, 12)}  ${plural(s.chunks, 'passage')}  ${plural(s.headings.length, 'heading')}  ${new Date(s.ingestedAt).toISOString()}${findings ? `  [${findings}]` : ''}`,
          );
        }
        if (quarantined.length > 0) {
          out(`\nQuarantined (not indexed) — ${quarantined.length}:`);
          for (const q of quarantined)
            out(
              `  ${quarantineId(q)}${q.status === 'rejected' ? ' [rejected]' : ''} ${q.source} › ${q.heading}: ${q.reason} (${q.scanner}, score ${q.score.toFixed(2)}) "${q.excerpt.replace(/\s+/g, ' ').slice(0, 100)}"`,
            );
          out('Review them (show, release or reject, with a reason): npx bastion docs quarantine');
        }
        const c = rt.docs.counts();
        out(`\n${c.sources} sources, ${c.chunks} passages, ${c.quarantined} quarantined — ${rt.indexPath}`);
      } finally {
        await rt.close();
      }
    });

  registerQuarantine(docs);

  docs
    .command('ask')
    .description(
      'Answer a question from the docs index, with numbered citations (extractive: no model needed)',
    )
    .argument('<question>', 'the question, quoted')
    .option('--json', 'print {answer, citations, …} as JSON')
    .option('--extractive', 'answer extractively even when assistant.generative names a model')
    .addHelpText(
      'after',
      '\nExit codes: 0 answered; 4 the docs do not answer it ("I don\'t know"); 2 bad input.',
    )
    .action(async (question: string, _o: unknown, cmd: Command) => {
      const o = common(cmd) as CommonOptions & { extractive?: boolean };
      const rt = open(o, true);
      try {
        const answer = await rt.assistant.ask(question);
        if (o.json) return json(answer);
        printAnswer(answer);
        if (!answer.answered) process.exitCode = 4;
      } finally {
        await rt.close();
      }
    });

  docs
    .command('feedback')
    .description('List or export the thumbs up/down given to answers (linked to audit records by request id)')
    .option('--json', 'print as JSON')
    .option('--csv', 'print as CSV')
    .option('--since <iso-date>', 'only feedback from this date on')
    .action(async (_o: unknown, cmd: Command) => {
      const o = common(cmd) as CommonOptions & { csv?: boolean; since?: string };
      // Both used to print JSON silently: a script asking for CSV got something else.
      if (o.json && o.csv)
        throw new BastionError('BASTION_ERR_INPUT_INVALID', '--json and --csv: choose one');
      const since = o.since ? Date.parse(o.since) : 0;
      if (Number.isNaN(since))
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          `--since "${o.since}": expected a date like 2026-01-31`,
        );
      const rt = open(o);
      try {
        const rows = rt.feedback.list({ since });
        if (o.json) return json(rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() })));
        if (o.csv) return out(feedbackCsv(rows));
        if (rows.length === 0) return out('No feedback yet.');
        for (const r of rows)
          out(
            `${new Date(r.createdAt).toISOString()}  ${r.rating === 'up' ? '👍' : '👎'}  ${r.responseId}  ${r.requestId ?? '-'}  ${r.comment ?? ''}`,
          );
        const c = rt.feedback.counts();
        out(`\n${c.up} up, ${c.down} down`);
      } finally {
        await rt.close();
      }
    });

  docs
    .command('eval')
    .description(
      'Run a golden question set (question, facts, source) and print accuracy, citation accuracy and latency',
    )
    .argument('<qa-yaml>', 'the question set, e.g. docs/eval/bastion-docs-qa.yaml')
    .option('--json', 'print the full report as JSON')
    .option('--min-accuracy <share>', 'exit non-zero when accuracy is below this (0-1), for CI')
    .addHelpText(
      'after',
      '\nExit codes: 0 passed; 5 accuracy below --min-accuracy; 2 bad input (question set, flags).',
    )
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const o = common(cmd) as CommonOptions & { minAccuracy?: string };
      // Checked before the run: "95" (meant as 95%) or a typo used to fail every run with exit 5 and no reason.
      const min =
        o.minAccuracy === undefined
          ? undefined
          : numberFlag(
              '--min-accuracy',
              o.minAccuracy,
              { min: 0, max: 1 },
              'a share from 0 to 1 such as 0.9',
            );
      const set = loadQaSet(file);
      const rt = open(o, true);
      try {
        const report = await runEval(set, (q) => rt.assistant.ask(q));
        if (o.json) json(report);
        else {
          for (const c of report.cases) {
            const mark = c.correct && c.citedCorrectly ? 'ok  ' : 'FAIL';
            out(
              `${mark} ${c.question}${c.missingFacts.length ? `  missing: ${c.missingFacts.join(', ')}` : ''}${c.citedCorrectly ? '' : `  cited: ${c.cited.join(', ') || 'nothing'}`}`,
            );
          }
          out(
            `\naccuracy ${(report.accuracy * 100).toFixed(1)}%  citation accuracy ${report.citationChecked > 0 ? `${(report.citationAccuracy * 100).toFixed(1)}%` : 'n/a (no question names a source)'}  ` +
              `latency p50 ${report.latencyMs.p50.toFixed(2)} ms p99 ${report.latencyMs.p99.toFixed(2)} ms  (${report.total} questions)`,
          );
        }
        if (min !== undefined && report.accuracy < min) {
          process.stderr.write(
            `FAIL: accuracy ${(report.accuracy * 100).toFixed(1)}% is below --min-accuracy ${(min * 100).toFixed(1)}%\n`,
          );
          process.exitCode = 5;
        }
      } finally {
        await rt.close();
      }
    });
}
