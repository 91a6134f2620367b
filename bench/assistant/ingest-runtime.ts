/**
 * Which build of the ingest pipeline the bench measures: the compiled dist/ that `bastion docs ingest` runs
 * (bin/bastion.js picks it while its build stamp matches src/), or the TypeScript sources through tsx.
 *
 * It matters for the parallel ingest only: each worker thread loads the pipeline and the guard engine itself, and
 * through tsx that costs about twice the CPU time of dist/ (transpiling ~100 modules per worker), which users of a
 * built install never pay. The per-passage work is the same code either way. `BASTION_RUNTIME=tsx|dist` forces one,
 * as for bin/bastion.js.
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { chooseRuntime, fingerprint, readStamp } from '../../bin/build-stamp.js';
import type * as GuardIngestScan from '../../src/assistant/guard-ingest-scan.js';
import type * as Ingest from '../../src/assistant/ingest.js';
import type * as IngestParallel from '../../src/assistant/ingest-parallel.js';
import type { ScannerModule } from '../../src/assistant/ingest-pool.js';
import type * as DocsDb from '../../src/store/docs-db.js';
import type * as DocsStore from '../../src/store/docs-store.js';

export interface IngestRuntime {
  run: 'dist' | 'tsx';
  reason: string;
  ingestPaths: typeof Ingest.ingestPaths;
  ingestPathsParallel: typeof IngestParallel.ingestPathsParallel;
  ingestScanFromConfig: typeof GuardIngestScan.ingestScanFromConfig;
  guardScannerModule: typeof GuardIngestScan.guardScannerModule;
  openDocsDb: typeof DocsDb.openDocsDb;
  createDocsStore: typeof DocsStore.createDocsStore;
  /** The bench's "no guard scan" scanner, loadable by a worker of this runtime. */
  noScan: ScannerModule;
}

export async function loadIngestRuntime(repo: string): Promise<IngestRuntime> {
  const choice = chooseRuntime({
    override: process.env.BASTION_RUNTIME,
    stamp: readStamp(repo),
    hasSources: existsSync(join(repo, 'src/cli/main.ts')),
    current: () => fingerprint(repo),
  });
  const dist = choice.run === 'dist';
  const load = async <T>(path: string): Promise<T> =>
    (await import(pathToFileURL(join(repo, dist ? `dist/${path}.js` : `src/${path}.ts`)).href)) as T;
  const [ingest, parallel, scan, db, store] = await Promise.all([
    load<typeof Ingest>('assistant/ingest'),
    load<typeof IngestParallel>('assistant/ingest-parallel'),
    load<typeof GuardIngestScan>('assistant/guard-ingest-scan'),
    load<typeof DocsDb>('store/docs-db'),
    load<typeof DocsStore>('store/docs-store'),
  ]);
  return {
    run: choice.run,
    reason: choice.reason,
    ingestPaths: ingest.ingestPaths,
    ingestPathsParallel: parallel.ingestPathsParallel,
    ingestScanFromConfig: scan.ingestScanFromConfig,
    guardScannerModule: scan.guardScannerModule,
    openDocsDb: db.openDocsDb,
    createDocsStore: store.createDocsStore,
    // Plain JavaScript, so that a worker running dist/ (without tsx) can load it too.
    noScan: {
      url: pathToFileURL(join(repo, 'bench/assistant/no-scan.js')).href,
      name: 'noScan',
      options: null,
    },
  };
}
