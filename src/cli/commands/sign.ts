import type { Command } from 'commander';
import { writeKeyPair } from '../../mlops/provenance/index.js';

/** Registers `bastion sign keygen`. */
export function register(program: Command): void {
  const sign = program.command('sign').description('Signing keys for dataset and model manifests (Ed25519)');
  sign
    .command('keygen')
    .description('Create an Ed25519 key pair: PREFIX.key (mode 0600) and PREFIX.pub, PEM encoded')
    .option('-o, --out <prefix>', 'path prefix of the key files', 'bastion')
    .option('--force', 'overwrite existing key files', false)
    .action(async (opts: { out: string; force: boolean }) => {
      const { privatePath, publicPath } = await writeKeyPair(opts.out, opts.force);
      process.stdout.write(`private key: ${privatePath} (keep secret)\npublic key:  ${publicPath}\n`);
    });
}
