import { Command, CommanderError } from 'commander';
import { describeCauses, isBastionError } from '../core/errors/index.js';
import { loadCommands } from './commands/index.js';
import { fsReason } from './shared/output-file.js';

const program = new Command()
  .name('bastion')
  .description(
    'Adopt LLMs and ML models safely: gateway, guards, governance, red team, chaos, ML pipeline security.',
  )
  .version('0.1.0')
  // A hint, not the whole help: `redteam run`'s 70 lines of options pushed the one line saying what was wrong off
  // the screen.
  .showHelpAfterError('(add --help for usage)')
  .exitOverride();

// `bastion … | head` closes the pipe early; that is the reader's choice, not an error. Anything else (`> file` on
// a full disk: ENOSPC) means the output is incomplete: say so in one line and fail, never with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(
    `bastion: cannot write to standard output: ${fsReason(error)}; the output is incomplete\n  (BASTION_ERR_FILE_UNWRITABLE)\n`,
  );
  process.exit(2);
});

try {
  // Only the command being run is loaded; anything else (`--help`, `help`, a typo) loads them all. Inside the try:
  // loading a command can fail with a BastionError too (the guards without WebAssembly under node --jitless).
  for (const register of await loadCommands(process.argv[2])) register(program);
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander exits 1 on a usage error (unknown option or command, missing argument), but 1 means "a check
    // failed" here (`audit verify`, `redteam run --fail-above`): a typo in a CI flag must not read as that.
    process.exit(error.exitCode === 0 ? 0 : 2);
  }
  if (isBastionError(error)) {
    process.stderr.write(`bastion: ${error.message}\n  (${error.code})\n`);
    if (process.env.BASTION_DEBUG) process.stderr.write(describeCauses(error) + '\n');
    process.exit(error.status === 0 ? 1 : 2);
  }
  // A system error nobody wrapped (a file a command opens without a BastionError around it): still one line that
  // names the file and says what is wrong, not a crash; exit 70 marks it as ours to fix.
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  const what =
    typeof code === 'string' && /^E[A-Z]+$/.test(code)
      ? `${path ?? ''}${path ? ': ' : ''}${fsReason(error)}`
      : undefined;
  process.stderr.write(`bastion: unexpected error: ${what ?? describeCauses(error)}\n`);
  if (what !== undefined && process.env.BASTION_DEBUG) process.stderr.write(describeCauses(error) + '\n');
  process.exit(70);
}
