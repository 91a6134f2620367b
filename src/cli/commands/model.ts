import { writeOutputFile } from '../shared/output-file.js';
import type { Command } from 'commander';
import { BastionError } from '../../core/errors/index.js';
import { formatModelScan, shouldFail, toSarif } from '../../mlops/modelscan/output.js';
import { scanModelPath } from '../../mlops/modelscan/scan.js';
import { SEVERITIES, type Severity } from '../../mlops/modelscan/types.js';
import { refuseEmptyScan, refuseSpecialFile } from '../shared/nothing-scanned.js';
import { hashingProgress } from '../shared/progress.js';
import {
  createManifest,
  formatVerifyReport,
  loadPrivateKey,
  serializeManifest,
  signPayload,
  verifyWithManifest,
  writeText,
} from '../../mlops/provenance/index.js';

/** Registers `bastion model …`: sign, verify and scan model files without loading them. */
export function register(program: Command): void {
  const model = program.command('model').description('Model folder signing, verification and file scanning');

  model
    .command('sign')
    .description(
      'Hash a model folder and sign the manifest (Ed25519 DSSE envelope, OpenSSF model-signing payload)',
    )
    .argument('<dir>', 'model folder')
    .requiredOption('--key <file>', 'private key PEM (bastion sign keygen)')
    .option('-o, --out <file>', 'signature file', 'model.sig')
    .option('--ignore <paths...>', 'relative paths to leave out')
    .action(async (dir: string, opts: { key: string; out: string; ignore?: string[] }) => {
      const key = await loadPrivateKey(opts.key);
      const progress = hashingProgress('hashing');
      const manifest = await createManifest(dir, {
        ...progress,
        ignore: opts.ignore ?? [],
        outputs: [opts.out],
      });
      progress.done();
      await writeText(
        opts.out,
        JSON.stringify(signPayload(serializeManifest(manifest), key), null, 2) + '\n',
      );
      const root = manifest.subject[0]?.digest.sha256 ?? '';
      process.stderr.write(
        `signed ${manifest.predicate.resources.length} files, root sha256 ${root} -> ${opts.out}\n`,
      );
    });

  model
    .command('verify')
    .description(
      'Verify a model folder against its signature; exit 1 naming each changed, missing or extra file',
    )
    .argument('<dir>', 'model folder')
    .option('--signature <file>', 'signature file', 'model.sig')
    .requiredOption('--pubkey <file>', 'public key PEM')
    .option('--json', 'print the result as JSON', false)
    .action(async (dir: string, opts: { signature: string; pubkey: string; json: boolean }) => {
      const progress = hashingProgress('verifying');
      const report = await verifyWithManifest({
        dir,
        signaturePath: opts.signature,
        publicKeyPath: opts.pubkey,
        ...progress,
      });
      progress.done();
      if (opts.json) process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      else (report.ok ? process.stdout : process.stderr).write(formatVerifyReport(report, dir));
      if (!report.ok) process.exitCode = 1;
    });

  model
    .command('scan')
    .description(
      'Scan model files without loading them: pickle, PyTorch, NumPy, joblib, Keras, HDF5, ONNX, safetensors, GGUF, archives',
    )
    .argument('<path>', 'file or folder')
    .option('--json', 'JSON report on stdout', false)
    .option('--sarif <file>', 'also write a SARIF 2.1.0 report (GitHub code scanning)')
    .option('--fail-on <severity>', `exit 1 at or above: ${SEVERITIES.join(' | ')}`, 'low')
    .action(async (target: string, opts: { json: boolean; sarif?: string; failOn: string }) => {
      if (!SEVERITIES.includes(opts.failOn as Severity)) {
        throw new BastionError('BASTION_ERR_INPUT_INVALID', `--fail-on: one of ${SEVERITIES.join(', ')}`);
      }
      refuseSpecialFile(target);
      let report;
      try {
        // The bar advances per file (a file's bytes are counted when its scan starts).
        const bar = hashingProgress('scanning');
        report = await scanModelPath(
          target,
          (path, bytes) => {
            bar.onFile(path);
            bar.onBytes(bytes);
          },
          bar.onStart,
        );
        bar.done();
      } catch (error) {
        throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${target}: ${(error as Error).message}`, {
          cause: error,
        });
      }
      const formats = 'model files (pickle, PyTorch, NumPy, Keras, ONNX, safetensors, GGUF, …)';
      refuseEmptyScan(target, report.files.length, formats);
      // One file named on its own that is in no format the scanner reads was not checked at all ("0 findings,
      // exit 0" for a mistyped name or a format Bastion does not parse). In a folder, other files are normal.
      const only = report.files.length === 1 ? report.files[0] : undefined;
      if (only?.format === 'unknown' && only.file === target) {
        throw new BastionError(
          'BASTION_ERR_INPUT_INVALID',
          `${target}: neither its name nor its first bytes match a model format the scanner reads (pickle, PyTorch, NumPy, Keras, ONNX, safetensors, GGUF, …), so nothing was checked`,
        );
      }
      if (opts.sarif)
        writeOutputFile(opts.sarif, JSON.stringify(toSarif(report), null, 2) + '\n', 'SARIF report');
      process.stdout.write(opts.json ? JSON.stringify(report, null, 2) + '\n' : formatModelScan(report));
      if (shouldFail(report, opts.failOn as Severity)) process.exitCode = 1;
    });
}
