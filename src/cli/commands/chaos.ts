import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { createInterface } from 'node:readline/promises';
import { loadPlan } from '../../chaos/day/load-plan.js';
import { checkFile, experimentFiles, looksLikePlanFile } from '../../chaos/experiment/validate-files.js';
import { reviewHtml, reviewMarkdown } from '../../chaos/day/review.js';
import { runbookHtml, runbookMarkdown } from '../../chaos/day/runbook.js';
import { runDay, type DayEntry } from '../../chaos/day/run-day.js';
import { resilienceScores } from '../../chaos/day/score.js';
import { loadExperiment } from '../../chaos/experiment/load-experiment.js';
import { parseYamlFile, readYamlFile } from '../../chaos/experiment/load.js';
import { proxyCreateSchema } from '../../chaos/proxy/registry.js';
import { createFaultProxyServer } from '../../chaos/proxy/control-api.js';
import { journalsJunit } from '../../chaos/report/junit.js';
import { asJournal, journalHtml, journalMarkdown, verdictOf } from '../../chaos/report/render.js';
import { exitCodeOf, type Journal, type StepRecord } from '../../chaos/runner/journal.js';
import { runExperiment } from '../../chaos/runner/run-experiment.js';
import { BastionError, isBastionError } from '../../core/errors/index.js';
import { createLogger } from '../../core/log.js';
import { readFlagFile } from '../shared/input-file.js';
import { numberFlag } from '../shared/number-flag.js';
import { writeOutputFile } from '../shared/output-file.js';

const collect = (value: string, prior: string[]) => [...prior, value];

function registerProxy(chaos: Command): void {
  chaos
    .command('proxy')
    .description('Run the fault proxy: TCP proxies with toxics, driven by a Toxiproxy-compatible HTTP API')
    .option('--port <port>', 'control API port', '8474')
    .option('--host <host>', 'control API address (loopback unless --allow-non-loopback)', '127.0.0.1')
    .option(
      '--allow-upstream <host[:port]>',
      'a non-loopback upstream proxies may connect to (repeatable)',
      collect,
      [],
    )
    .option('--allow-non-loopback', 'let the API and proxies listen on non-loopback addresses', false)
    .option('--populate <file>', 'JSON or YAML list of proxies to create at start (as toxiproxy -config)')
    .action(
      async (opts: {
        port: string;
        host: string;
        allowUpstream: string[];
        allowNonLoopback: boolean;
        populate?: string;
      }) => {
        const port = numberFlag('--port', opts.port, { min: 0, max: 65_535, integer: true }, '0-65535');
        const server = createFaultProxyServer({
          allowUpstreams: opts.allowUpstream,
          allowNonLoopbackListen: opts.allowNonLoopback,
          logger: createLogger({ level: 'info' }),
        });
        // Checked before listening, as `file:line field: problem`, with typos in field names caught (the API
        // itself stays lenient like Toxiproxy's, but a file in source control should say what is wrong where).
        const list = opts.populate ? readPopulateFile(opts.populate) : undefined;
        const url = await server.listen(port, opts.host);
        if (list) {
          try {
            await server.registry.populate(list);
          } catch (error) {
            await server.close();
            throw error;
          }
        }
        process.stdout.write(`bastion chaos proxy: API on ${url} (Toxiproxy-compatible)\n`);
        for (const [name, p] of Object.entries(server.registry.list())) {
          process.stdout.write(`  ${name}: ${p.listen} -> ${p.upstream}\n`);
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await server.close();
      },
    );
}

const MARK: Record<StepRecord['status'], string> = {
  ok: '✓',
  deviated: '✗',
  failed: '✗',
  aborted: '⏹',
  skipped: '·',
};

function writeOut(file: string, text: string, what = 'report'): void {
  writeOutputFile(file, text, what);
}

/** Prints each finished step on stderr so a long run shows progress. */
function printStep(s: StepRecord): void {
  const detail = s.tolerance?.reason ?? s.error ?? '';
  process.stderr.write(
    `  ${MARK[s.status]} ${s.phase.padEnd(9)} ${s.kind.padEnd(6)} ${s.name} (${s.durationMs} ms)${detail ? ` — ${detail}` : ''}\n`,
  );
}

/** Aborts `controller` on the first Ctrl-C (rollbacks still run); a second one exits at once. */
function interruptOnSigint(controller: AbortController): () => void {
  let count = 0;
  const handler = () => {
    count++;
    if (count === 1) {
      process.stderr.write('\ninterrupted: aborting and running rollbacks (Ctrl-C again to exit now)\n');
      controller.abort();
    } else {
      process.stderr.write('exiting without finishing rollbacks\n');
      process.exit(130);
    }
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

function readJournal(file: string): Journal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new BastionError('BASTION_ERR_CHAOS_JOURNAL_INVALID', `${file}: cannot be read as JSON`, { cause });
  }
  return asJournal(parsed, file);
}

function readPopulateFile(path: string): unknown[] {
  const { text } = readYamlFile(path, 'BASTION_ERR_FILE_UNREADABLE');
  return parseYamlFile(
    text,
    path,
    z.array(proxyCreateSchema.strict()),
    {
      notFound: 'BASTION_ERR_FILE_UNREADABLE',
      yaml: 'BASTION_ERR_FILE_UNREADABLE',
      invalid: 'BASTION_ERR_CHAOS_REQUEST_INVALID',
    },
    process.env,
  );
}

/**
 * Loads an experiment to run it (also `--dry-run`: it rehearses the run, so it needs what the run needs). When
 * the only problem is unset variables, the first line names them all; each place follows as `file:line`.
 */
function loadForRun(file: string): ReturnType<typeof loadExperiment> {
  try {
    return loadExperiment(file, process.env);
  } catch (error) {
    const details = isBastionError(error) ? error.details : undefined;
    if (!isBastionError(error) || details?.onlyUnset !== true || !Array.isArray(details.unsetVariables))
      throw error;
    throw new BastionError(
      error.code,
      `${file}: cannot run: environment variables not set: ${details.unsetVariables.join(', ')} ` +
        `(set them, or write \${VAR:-default} in the file)\n${error.message}`,
      { details },
    );
  }
}

function registerExperiments(chaos: Command): void {
  chaos
    .command('validate')
    .description(
      'Check experiment and Chaos Day plan files against the schema (errors as file:line); ' +
        'lists the environment variables a run will need that are not set here',
    )
    .argument('[paths...]', 'experiment or plan YAML files, or folders of them', ['experiments'])
    .option(
      '--require-env',
      'also fail when a ${VAR} the files use is not set (check the run environment)',
      false,
    )
    .action((paths: string[], opts: { requireEnv: boolean }) => {
      if (paths.length === 1 && paths[0] === 'experiments' && !existsSync('experiments'))
        throw new BastionError(
          'BASTION_ERR_CHAOS_EXPERIMENT_NOT_FOUND',
          `no experiments/ folder in ${process.cwd()}: name the experiment files or folders to check`,
        );
      const files = experimentFiles(paths);
      // Every file is checked and reported (`chaos validate experiments/`), not only up to the first bad one.
      let invalid = 0;
      const needed = new Set<string>();
      let needing = 0;
      for (const file of files) {
        try {
          // As `chaos run` / `chaos day` load it: unset variables are errors, each with its file:line.
          if (opts.requireEnv) {
            if (looksLikePlanFile(file)) loadPlan(file, process.env);
            else loadExperiment(file, process.env);
          }
          const checked = checkFile(file, process.env);
          process.stdout.write(`${file}: ok — ${checked.summary}\n`);
          const vars = [...new Set(checked.unset.map((u) => u.variable))];
          if (vars.length > 0) {
            needing++;
            for (const v of vars) needed.add(v);
            process.stdout.write(`  needs at run time (not set here): ${vars.join(', ')}\n`);
          }
        } catch (error) {
          if (!isBastionError(error) || files.length === 1) throw error;
          invalid++;
          process.stderr.write(`bastion: ${error.message}\n  (${error.code})\n`);
        }
      }
      if (needed.size > 0 && files.length > 1) {
        process.stdout.write(
          `${needing} of ${files.length} files read environment variables that are not set here: ${[...needed].join(', ')}. ` +
            '`bastion chaos run` refuses until they are set (`--require-env` checks them now).\n',
        );
      }
      if (invalid > 0)
        throw new BastionError(
          'BASTION_ERR_CHAOS_EXPERIMENT_INVALID',
          `${invalid} of ${files.length} experiment files are invalid`,
        );
    });

  chaos
    .command('run')
    .description(
      'Run an experiment: steady state, method, steady state, rollbacks; exit 1 unless the hypothesis held',
    )
    .argument('<file>', 'experiment YAML file')
    .option('--dry-run', 'validate and check safeguards, list the steps, run nothing', false)
    .option('--journal <file>', 'write the journal (JSON) here')
    .option('--junit <file>', 'write JUnit XML (one case per judged probe) for CI')
    .option('--json', 'print the journal on stdout', false)
    .action(
      async (file: string, opts: { dryRun: boolean; journal?: string; junit?: string; json: boolean }) => {
        const loaded = loadForRun(file);
        const controller = new AbortController();
        const release = interruptOnSigint(controller);
        process.stderr.write(`${opts.dryRun ? 'dry run' : 'running'}: ${loaded.experiment.title}\n`);
        let journal: Journal;
        try {
          journal = await runExperiment(loaded, {
            dryRun: opts.dryRun,
            env: process.env,
            signal: controller.signal,
            onStep: printStep,
          });
        } finally {
          release();
        }
        if (opts.journal) writeOut(opts.journal, JSON.stringify(journal, null, 2) + '\n', 'journal');
        if (opts.junit) writeOut(opts.junit, journalsJunit([journal]), 'JUnit report');
        if (opts.json) process.stdout.write(JSON.stringify(journal, null, 2) + '\n');
        else process.stdout.write(`${verdictOf(journal)}${journal.reason ? ` — ${journal.reason}` : ''}\n`);
        process.exitCode = exitCodeOf(journal);
      },
    );

  chaos
    .command('report')
    .description('Render a journal as Markdown (stdout or --md) and self-contained HTML (--html)')
    .argument('<journal>', 'journal JSON written by `bastion chaos run --journal`')
    .option('--html <file>', 'write an HTML report with a timeline')
    .option('--md <file>', 'write a Markdown report')
    .action((file: string, opts: { html?: string; md?: string }) => {
      const journal = readJournal(file);
      if (opts.html) writeOut(opts.html, journalHtml(journal));
      if (opts.md) writeOut(opts.md, journalMarkdown(journal));
      if (!opts.html && !opts.md) process.stdout.write(journalMarkdown(journal));
      else process.stdout.write(`wrote ${[opts.html, opts.md].filter(Boolean).join(', ')}\n`);
    });
}

/** Reads lines until an empty line: the observations typed in after an experiment. */
async function askLines(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const lines: string[] = [];
  try {
    process.stderr.write(`${question} (empty line to finish)\n`);
    for (;;) {
      const line = await rl.question('> ');
      if (line.trim() === '') break;
      lines.push(line);
    }
  } finally {
    rl.close();
  }
  return lines.join('\n');
}

interface DayOpts {
  out: string;
  runbookOnly: boolean;
  notes?: string;
  interactive: boolean;
  dryRun: boolean;
  json: boolean;
}

function registerDay(chaos: Command): void {
  chaos
    .command('day')
    .description(
      'Chaos Day: printable runbook, run the plan in order, one review report with resilience scores',
    )
    .argument('<plan>', 'Chaos Day plan YAML')
    .option(
      '--out <dir>',
      'folder for runbook.{md,html}, review.{md,html} and junit.xml',
      'reports/chaos-day',
    )
    .option('--runbook-only', 'write the runbook and stop', false)
    .option('--notes <file>', 'observations and lessons to include in the review (Markdown)')
    .option('--interactive', 'ask for observations after each experiment and lessons at the end', false)
    .option('--dry-run', 'check everything and write the documents without injecting anything', false)
    .option('--json', 'print the day result as JSON', false)
    .action(async (planFile: string, opts: DayOpts) => {
      const loaded = loadPlan(planFile, process.env);
      // Read before the day starts: a mistyped --notes must not end a day of experiments at the review.
      const notes = opts.notes ? readFlagFile('--notes', opts.notes) : undefined;
      writeOut(join(opts.out, 'runbook.md'), runbookMarkdown(loaded));
      writeOut(join(opts.out, 'runbook.html'), runbookHtml(loaded));
      process.stderr.write(`runbook: ${join(opts.out, 'runbook.html')}\n`);
      if (opts.runbookOnly) return;
      const controller = new AbortController();
      const release = interruptOnSigint(controller);
      const progress = (entry: DayEntry, phase: 'start' | 'end') =>
        process.stderr.write(
          phase === 'start'
            ? `\n[${entry.index + 1}/${loaded.plan.experiments.length}] ${entry.title} (owner ${entry.owner})\n`
            : `  → ${entry.status}${entry.reason ? `: ${entry.reason}` : ''}\n`,
        );
      const day = await runDay(loaded, {
        env: process.env,
        signal: controller.signal,
        dryRun: opts.dryRun,
        onStep: printStep,
        onExperiment: progress,
        askNotes: opts.interactive ? (entry) => askLines(`Observations for "${entry.title}"?`) : undefined,
      }).finally(release);
      if (notes) day.notes.push(notes);
      if (opts.interactive) {
        const lessons = await askLines('Lessons learned for the day?');
        if (lessons.trim()) day.notes.push(lessons);
      }
      writeOut(join(opts.out, 'review.md'), reviewMarkdown(day));
      writeOut(join(opts.out, 'review.html'), reviewHtml(day));
      writeOut(
        join(opts.out, 'junit.xml'),
        journalsJunit(
          day.entries.flatMap((e) => (e.journal ? [e.journal] : [])),
          day.title,
        ),
      );
      const { overall, categories } = resilienceScores(day.entries);
      if (opts.json)
        process.stdout.write(JSON.stringify({ ...day, scores: { overall, categories } }, null, 2) + '\n');
      else {
        process.stdout.write(
          `resilience score ${overall}/100 (${categories.map((c) => `${c.category} ${c.score}`).join(', ')})\n`,
        );
        process.stdout.write(`review: ${join(opts.out, 'review.html')}\n`);
      }
      process.exitCode = day.entries.every((e) => e.status === 'held') || opts.dryRun ? 0 : 1;
    });
}

/** Registers the `chaos` command(s). */
export function register(program: Command): void {
  const chaos = program
    .command('chaos')
    .description('Chaos engineering: fault proxy, experiments, Chaos Days');
  registerProxy(chaos);
  registerExperiments(chaos);
  registerDay(chaos);
}
