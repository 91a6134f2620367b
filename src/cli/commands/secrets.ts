import { writeOutputFile } from '../shared/output-file.js';
import type { Command } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { defaultSecretDetector } from '../../mlops/detect/default-detector.js';
import { loadBaseline, toBaseline } from '../../mlops/secrets/baseline.js';
import { scanBundlePath } from '../../mlops/secrets/bundle-scan.js';
import { formatBundleScan } from '../../mlops/secrets/format.js';
import { refuseEmptyScan, refuseSpecialFile } from '../shared/nothing-scanned.js';
import { hashingProgress } from '../shared/progress.js';

/** Registers `bastion secrets scan`. */
export function register(program: Command): void {
  const secrets = program
    .command('secrets')
    .description('Hard-coded secrets in folders, JS bundles, APK and IPA files');
  secrets
    .command('scan')
    .description(
      'Scan a folder, JS bundle, APK/AAB/JAR or IPA for secrets (DEX strings, Android resources, plists, native strings)',
    )
    .argument('<path>', 'file or folder')
    .option('--json', 'JSON report on stdout', false)
    .option('--baseline <file>', 'accept the findings listed in this baseline; exit 1 only on new ones')
    .option('--write-baseline <file>', 'write all current findings as a baseline')
    .action(async (target: string, opts: { json: boolean; baseline?: string; writeBaseline?: string }) => {
      refuseSpecialFile(target);
      const accepted = opts.baseline ? await loadBaseline(opts.baseline) : new Set<string>();
      let report;
      try {
        const bar = hashingProgress('scanning');
        report = await scanBundlePath(target, defaultSecretDetector(), bar);
        bar.done();
      } catch (error) {
        throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${target}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      refuseEmptyScan(target, report.files, 'files');
      const fresh = report.findings.filter((f) => !accepted.has(f.fingerprint));
      if (opts.writeBaseline) {
        writeOutputFile(
          opts.writeBaseline,
          JSON.stringify(toBaseline(report.findings), null, 2) + '\n',
          'baseline',
        );
        // Said on stderr (stdout is the report): the exit code still reflects today's findings, as gitleaks does.
        process.stderr.write(
          `wrote ${opts.writeBaseline}: ${report.findings.length} finding(s) accepted; scan with --baseline ${opts.writeBaseline} to fail only on new ones\n`,
        );
      }
      if (opts.json) {
        const out = {
          ...report,
          findings: report.findings.map((f) => ({ ...f, baseline: accepted.has(f.fingerprint) })),
          new: fresh.length,
        };
        process.stdout.write(JSON.stringify(out, null, 2) + '\n');
      } else process.stdout.write(formatBundleScan(report, accepted));
      // Fail closed: a container that could not be parsed may hold the secret nobody saw.
      if (fresh.length > 0 || report.errors.length > 0) process.exitCode = 1;
    });
}
