#!/usr/bin/env node
// Runs the compiled JavaScript in dist/ (scripts/build.js; `npm install` and `npm start` build it) when it matches
// the sources, else the TypeScript sources through tsx, so a checkout works right after `npm install` and an edit to
// src/ takes effect at once. tsx's loader thread costs 15-20 MiB of peak RSS and ~0.7 s of start-up, hence dist/.
// BASTION_RUNTIME=dist|tsx forces one (bin/build-stamp.js).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chooseRuntime, fingerprint, readStamp } from './build-stamp.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const choice = chooseRuntime({
  override: process.env.BASTION_RUNTIME,
  stamp: readStamp(root),
  hasSources: existsSync(new URL('../src/cli/main.ts', import.meta.url)),
  current: () => fingerprint(root),
});
if (choice.warn) process.stderr.write(`bastion: ${choice.reason}\n`);
async function runSources() {
  let tsx;
  try {
    tsx = await import('tsx/esm/api');
  } catch (error) {
    // tsx is a dev dependency: an install without them (--omit=dev, a deployment) must run dist/.
    if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    process.stderr.write(
      `bastion: ${choice.reason}, and running the TypeScript sources needs tsx, a dev dependency: ` +
        'run `npm install` (with dev dependencies), or `npm run build` and BASTION_RUNTIME=dist\n',
    );
    process.exit(1);
  }
  tsx.register();
  await import('../src/cli/main.ts');
}

// Chosen because dist/ matched the sources, so the sources can run instead if dist/ vanishes under us (a build
// swapping in a new dist/ at this very moment): nothing has run yet.
const sourcesWillDo = choice.run === 'dist' && choice.reason === 'dist/ matches src/';
if (choice.run === 'tsx') {
  await runSources();
} else if (!existsSync(new URL('../dist/cli/main.js', import.meta.url))) {
  if (!sourcesWillDo) {
    process.stderr.write(`bastion: dist/ is not built (${choice.reason}); run \`npm run build\`\n`);
    process.exit(1);
  }
  await runSources();
} else {
  try {
    await import('../dist/cli/main.js');
  } catch (error) {
    const vanished =
      error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.url ?? error.message).includes('/dist/');
    if (!vanished || !sourcesWillDo) throw error;
    await runSources();
  }
}
