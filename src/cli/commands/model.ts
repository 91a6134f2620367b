import type { Command } from 'commander';
import { hashingProgress } from '../../mlops/progress.js';
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
}
