import type { Command } from 'commander';
import { hashingProgress } from '../../mlops/progress.js';
import {
  createManifest,
  formatVerifyReport,
  serializeManifest,
  signManifestFile,
  verifyWithManifest,
  writeText,
} from '../../mlops/provenance/index.js';

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
        if (!report.ok) process.exitCode = 1;
      },
    );
}
