/**
 * `npx tsx bench/assistant/scan-thread.ts [--docs N] [--batch N]`: does the guard scan cost the same per passage
 * on a scan thread of the parallel ingest (ingest-pool.ts, texts packed by scan-batch.ts) as on the main thread?
 * Collects the texts an ingest of N bench-corpus documents scans (prepareFile), scans them twice on this thread
 * (a fresh scan; process CPU per text), then twice on one scan thread (CPU of all threads but this one, which
 * only waits). Same texts, same scan, same process; the first pass of each includes the JIT warm-up.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guardScannerModule, ingestScanFromConfig } from '../../src/assistant/guard-ingest-scan.js';
import { prepareFile } from '../../src/assistant/ingest-file.js';
import { createIngestPool } from '../../src/assistant/ingest-pool.js';
import { packTexts } from '../../src/assistant/scan-batch.js';
import { walkSources } from '../../src/assistant/walk.js';
import { parseConfig } from '../../src/core/config/index.js';
import { opt } from '../args.js';
import { buildCorpus } from './corpus.js';
import { mainThreadCpu } from './thread-cpu.js';

const REPO = join(import.meta.dirname, '../..');
const docs = Number(opt('--docs') ?? 0) || 3000;
const batchSize = Number(opt('--batch') ?? 0) || 320;
const guards = parseConfig('{}', '<inline>').config.guards;
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

const root = mkdtempSync(join(tmpdir(), 'bastion-scan-thread-'));
try {
  const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
  rmSync(join(root, 'probe'), { recursive: true, force: true });
  const corpus = join(root, 'corpus');
  buildCorpus(corpus, REPO, Math.max(0, docs - npm));
  const texts: string[] = [];
  for (const abs of walkSources([corpus], () => false).files) {
    const r = prepareFile({ abs, key: abs, previousSha: null, force: false, maxFileBytes: 5e6 });
    if (r.kind === 'prepared') texts.push(...r.prepared.texts);
  }
  console.log(`${texts.length} texts from ${docs} documents`);
  const scan = ingestScanFromConfig(guards);
  for (let pass = 0; pass < 2; pass++) {
    const c0 = cpu();
    for (const t of texts) scan(t);
    console.log(
      `main thread, pass ${pass}: ${(((cpu() - c0) / texts.length) * 1e6).toFixed(1)} µs CPU per text`,
    );
  }
  const pool = await createIngestPool(1, guardScannerModule(guards), { pii: 'redact', secrets: 'reject' });
  try {
    for (let pass = 0; pass < 2; pass++) {
      const c0 = cpu();
      const m0 = mainThreadCpu();
      const replies = [];
      for (let i = 0; i < texts.length; i += batchSize)
        replies.push(pool.scan(packTexts(texts.slice(i, i + batchSize))));
      await Promise.all(replies);
      const others = cpu() - c0 - (mainThreadCpu() - m0);
      console.log(
        `scan thread, pass ${pass}: ${((others / texts.length) * 1e6).toFixed(1)} µs CPU per text (other threads; this one ${(mainThreadCpu() - m0).toFixed(2)} s)`,
      );
    }
  } finally {
    await pool.close();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
