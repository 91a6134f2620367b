import type { Command } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { runDrift } from '../../mlops/labels/drift.js';
import {
  LABEL_FILTERS,
  LABEL_MODELS,
  type LabelFilter,
  type LabelModel,
} from '../../mlops/labels/find-label-issues.js';
import { formatDrift, formatLabelIssues } from '../../mlops/labels/format.js';
import { runLabelIssues } from '../../mlops/labels/run.js';
import type { HeaderMode } from '../../mlops/io/table.js';
import { refuseEmptyScan, refuseSpecialFile } from '../shared/nothing-scanned.js';
import { hashingProgress } from '../shared/progress.js';
import { defaultDataDetector } from '../../mlops/detect/default-detector.js';
import { PII_TYPES } from '../../mlops/detect/guards-pii.js';
import type { PiiType } from '../../guards/pii/detect-pii.js';
import { dataScanHtml, formatDataScan } from '../../mlops/datascan/html.js';
import { forbidden, scanDataPath, type DataFileReport } from '../../mlops/datascan/scan.js';
import { SECRET_RULES } from '../../guards/secrets/rules.js';
import { numberFlag } from '../shared/number-flag.js';
import { existsSync } from 'node:fs';
import { writeOutputFile } from '../shared/output-file.js';
import {
  createManifest,
  formatVerifyReport,
  serializeManifest,
  signManifestFile,
  verifyWithManifest,
  writeText,
} from '../../mlops/provenance/index.js';

/**
 * `--forbid` entries are checked against what the scan can report: a typo ("secrets", "CREDIT-CARD") used to match
 * nothing, so the scan passed with secrets and card numbers in the data.
 */
function forbidList(value: string): string[] {
  const list = value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  const known = new Set<string>([
    'secret',
    'pii',
    'any',
    ...PII_TYPES,
    ...SECRET_RULES.map((r) => r.id),
    'generic-high-entropy',
  ]);
  const norm = (t: string) => t.toLowerCase().replace(/[-_\s]/g, '');
  const unknown = list.filter((t) => !known.has(t));
  if (unknown.length === 0 && list.length > 0) return list;
  const hint = (t: string) => {
    const close = [...known].find((k) => norm(k) === norm(t) || norm(k) === norm(t).replace(/s$/, ''));
    return close ? `"${t}" (did you mean "${close}"?)` : `"${t}"`;
  };
  throw new BastionError(
    'BASTION_ERR_INPUT_INVALID',
    unknown.length === 0
      ? '--forbid: expected at least one kind or type'
      : `--forbid: unknown ${unknown.map(hint).join(', ')}; expected kinds (secret, pii, any), PII types (${PII_TYPES.join(', ')}) or secret rule ids as the scan reports them (e.g. aws-access-key-id)`,
  );
}

/** `--header`: "--header maybe" used to be taken as auto by `data drift`. */
function headerMode(value: string): HeaderMode {
  if (value === 'auto' || value === 'yes' || value === 'no') return value;
  throw new BastionError('BASTION_ERR_INPUT_INVALID', `--header: expected auto, yes or no, got "${value}"`);
}

/** Control characters from a broken line (JSON.parse quotes the input) would reach the terminal as escapes. */
const printable = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The stderr note for files the scan could not read completely: the file, then its first problems (with lines). */
function describeIncomplete(files: readonly DataFileReport[]): string {
  const lines = [
    `bastion: ${files.length} file(s) could not be read completely; what could be read was scanned, the rest was not:`,
  ];
  for (const f of files) {
    if (f.error !== undefined) lines.push(`  ${f.file}: ${printable(f.error)}`);
    for (const p of f.problems.slice(0, 3)) lines.push(`  ${f.file}: ${printable(p.message)}`);
    if (f.problems.length > 3) lines.push(`  ${f.file}: … more problems in the report (--json lists them)`);
  }
  return lines.join('\n') + '\n';
}

/** Registers `bastion data …`: provenance (manifest, sign, verify), scans, label issues and drift. */
export function register(program: Command): void {
  const data = program.command('data').description('Dataset provenance, scans, label issues and drift');

  data
    .command('manifest')
    .description(
      'Hash every file of DIR (sorted, SHA-256, streamed) into an OpenSSF-model-signing-shaped manifest',
    )
    .argument('<dir>', 'dataset folder')
    .option('-o, --out <file>', 'write the manifest here instead of stdout')
    .option('--ignore <paths...>', 'relative paths to leave out')
    .action(async (dir: string, opts: { out?: string; ignore?: string[] }) => {
      const progress = hashingProgress('hashing');
      const manifest = await createManifest(dir, {
        ...progress,
        ignore: opts.ignore ?? [],
        outputs: opts.out ? [opts.out, `${opts.out}.sig`] : [],
      });
      progress.done();
      const text = serializeManifest(manifest);
      if (opts.out) {
        await writeText(opts.out, text);
        const root = manifest.subject[0]?.digest.sha256 ?? '';
        process.stderr.write(
          `${manifest.predicate.resources.length} files, root sha256 ${root} -> ${opts.out}\n`,
        );
      } else process.stdout.write(text);
    });

  data
    .command('sign')
    .description('Sign a manifest with an Ed25519 private key (DSSE envelope written to MANIFEST.sig)')
    .argument('<manifest>', 'manifest.json')
    .requiredOption('--key <file>', 'private key PEM (bastion sign keygen)')
    .option('-o, --out <file>', 'signature file (default: MANIFEST.sig)')
    .action(async (manifest: string, opts: { key: string; out?: string }) => {
      const out = opts.out ?? `${manifest}.sig`;
      await writeText(out, await signManifestFile(manifest, opts.key));
      process.stderr.write(`signed ${manifest} -> ${out}\n`);
    });

  data
    .command('verify')
    .description(
      'Check DIR against a manifest (and its signature with --pubkey); exit 1 naming every difference',
    )
    .argument('<dir>', 'dataset folder')
    .requiredOption('--manifest <file>', 'manifest.json')
    .option('--pubkey <file>', 'public key PEM: also verify MANIFEST.sig (or --signature)')
    .option('--signature <file>', 'signature file (default: MANIFEST.sig)')
    .option('--json', 'print the result as JSON', false)
    .action(
      async (dir: string, opts: { manifest: string; pubkey?: string; signature?: string; json: boolean }) => {
        const progress = hashingProgress('verifying');
        const report = await verifyWithManifest({
          dir,
          manifestPath: opts.manifest,
          ...(opts.pubkey ? { publicKeyPath: opts.pubkey } : {}),
          ...(opts.signature ? { signaturePath: opts.signature } : {}),
          ...progress,
        });
        progress.done();
        if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
        else (report.ok ? process.stdout : process.stderr).write(formatVerifyReport(report, dir));
        if (!opts.pubkey && existsSync(opts.signature ?? `${opts.manifest}.sig`)) {
          // Integrity without origin: anyone who can edit the files can edit an unsigned manifest too.
          process.stderr.write(
            'note: a signature exists but was not checked (pass --pubkey to verify who signed)\n',
          );
        }
        if (!report.ok) process.exitCode = 1;
      },
    );

  data
    .command('label-issues')
    .description(
      'Find mislabelled (label-flipped) rows with confident learning on out-of-sample k-fold probabilities',
    )
    .argument('<file>', 'CSV, TSV or JSONL')
    .requiredOption('--label-column <c>', 'label column: name or 0-based index (-1 = last)')
    .option('--text-column <c>', 'text column (hashed n-gram logistic regression + naive Bayes)')
    .option('--feature-columns <list>', 'comma-separated numeric columns (default: all but the label)')
    .option('--model <m>', `auto | ${LABEL_MODELS.filter((m) => m !== 'auto').join(' | ')}`, 'auto')
    .option('--filter <f>', LABEL_FILTERS.join(' | '), 'rank_by_joint')
    .option('--folds <n>', 'cross-validation folds', '5')
    .option('--header <mode>', 'auto | yes | no', 'auto')
    .option('--simulate-flips <rate>', 'flip this share of labels first and score the detector against them')
    .option('--seed <n>', 'seed for flips, folds and training', '1')
    .option('--show <n>', 'suspects to print', '20')
    .option('--json', 'JSON output with 0-based data-row indices and scores', false)
    .action(async (file: string, opts: Record<string, string | boolean | undefined>) => {
      const whole = (flag: string, min: number) => (v: unknown) =>
        numberFlag(flag, String(v), { min, integer: true }, `a whole number of ${min} or more`);
      const model = String(opts.model) as LabelModel;
      if (!LABEL_MODELS.includes(model))
        throw new BastionError('BASTION_ERR_INPUT_INVALID', `--model: one of ${LABEL_MODELS.join(', ')}`);
      const filter = String(opts.filter) as LabelFilter;
      if (!LABEL_FILTERS.includes(filter))
        throw new BastionError('BASTION_ERR_INPUT_INVALID', `--filter: one of ${LABEL_FILTERS.join(', ')}`);
      const header = headerMode(String(opts.header));
      const report = await runLabelIssues({
        file,
        labelColumn: String(opts.labelColumn),
        ...(typeof opts.textColumn === 'string' ? { textColumn: opts.textColumn } : {}),
        ...(typeof opts.featureColumns === 'string'
          ? {
              featureColumns: opts.featureColumns
                .split(',')
                .map((c) => c.trim())
                .filter(Boolean),
            }
          : {}),
        model,
        filter,
        header,
        folds: whole('--folds', 2)(opts.folds),
        seed: whole('--seed', 0)(opts.seed),
        ...(opts.simulateFlips !== undefined
          ? {
              simulateFlips: numberFlag(
                '--simulate-flips',
                String(opts.simulateFlips),
                { above: 0, below: 1 },
                'a share of labels above 0 and below 1 such as 0.1',
              ),
            }
          : {}),
      });
      if (opts.json) {
        const sim = report.simulation;
        process.stdout.write(
          JSON.stringify(
            {
              ...report,
              ...(sim ? { precision: sim.precision, recall: sim.recall, f1: sim.f1, auroc: sim.auroc } : {}),
            },
            null,
            2,
          ) + '\n',
        );
      } else process.stdout.write(formatLabelIssues(report, whole('--show', 0)(opts.show)));
    });

  data
    .command('drift')
    .description(
      'Population stability index of label balance and each feature between two versions of a dataset',
    )
    .argument('<old>', 'previous version (CSV, TSV, JSONL)')
    .argument('<new>', 'new version')
    .option('--label-column <c>', 'label column (name or 0-based index)')
    .option('--header <mode>', 'auto | yes | no', 'auto')
    .option(
      '--fail-above <psi>',
      'exit 1 when any PSI exceeds this, or when columns were added or dropped',
      '0.25',
    )
    .option('--json', 'JSON output', false)
    .action(
      async (
        oldFile: string,
        newFile: string,
        opts: { labelColumn?: string; header: string; failAbove: string; json: boolean },
      ) => {
        // "--fail-above 0,3" used to make the check never fail.
        const failAbove = numberFlag('--fail-above', opts.failAbove, { min: 0 }, 'a PSI such as 0.25');
        const report = await runDrift(oldFile, newFile, {
          ...(opts.labelColumn ? { labelColumn: opts.labelColumn } : {}),
          header: headerMode(opts.header),
        });
        process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatDrift(report));
        const schemaChanged = report.droppedColumns.length + report.addedColumns.length > 0;
        if (report.maxPsi > failAbove || schemaChanged) process.exitCode = 1;
      },
    );

  data
    .command('scan')
    .description(
      'Count personal data and secrets per column/field in CSV, TSV, JSONL, Parquet and text (streamed), with redacted samples',
    )
    .argument('<path>', 'file or folder')
    .option(
      '--forbid <list>',
      'kinds (secret, pii, any) or types (CREDIT_CARD, aws-access-key-id) that fail the scan',
      'secret',
    )
    .option(
      '--pii-types <list>',
      `PII types to look for (default: the validated ones; all: ${PII_TYPES.join(', ')})`,
    )
    .option('--json', 'JSON report on stdout', false)
    .option('--html <file>', 'write a self-contained HTML report')
    .action(
      async (target: string, opts: { forbid: string; piiTypes?: string; json: boolean; html?: string }) => {
        const forbid = forbidList(opts.forbid);
        const piiTypes = opts.piiTypes?.split(',').map((t) => t.trim());
        const unknown = piiTypes?.filter((t) => !(PII_TYPES as readonly string[]).includes(t)) ?? [];
        if (unknown.length > 0) {
          throw new BastionError(
            'BASTION_ERR_INPUT_INVALID',
            `--pii-types: unknown ${unknown.join(', ')} (known: ${PII_TYPES.join(', ')})`,
          );
        }
        refuseSpecialFile(target);
        let report;
        try {
          const bar = hashingProgress('scanning');
          report = await scanDataPath(target, defaultDataDetector(piiTypes as PiiType[] | undefined), bar);
          bar.done();
        } catch (error) {
          throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${target}: ${(error as Error).message}`, {
            cause: error,
          });
        }
        refuseEmptyScan(target, report.files.length, 'data files (CSV, TSV, JSON, JSONL, …)');
        const bad = forbidden(report, forbid);
        if (opts.html) writeOutputFile(opts.html, dataScanHtml(report, bad.length), 'HTML report');
        process.stdout.write(
          opts.json
            ? JSON.stringify({ ...report, forbidden: bad.length }, null, 2) + '\n'
            : formatDataScan(report),
        );
        if (bad.length > 0) {
          process.stderr.write(
            `forbidden: ${bad.map((b) => `${b.finding.type} in ${b.file}:${b.finding.field} (${b.finding.count})`).join(', ')}\n`,
          );
        }
        // A line that could not be parsed was not scanned: whatever it held is unknown, so the scan cannot pass.
        // The rest of the file still was (above); stderr names each file and its first broken lines.
        const incomplete = report.files.filter((f) => f.error !== undefined || f.problems.length > 0);
        if (incomplete.length > 0) process.stderr.write(describeIncomplete(incomplete));
        if (bad.length > 0 || incomplete.length > 0) process.exitCode = 1;
      },
    );
}
