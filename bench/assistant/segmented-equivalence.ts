/**
 * `npx tsx bench/assistant/segmented-equivalence.ts [--docs N] [--every K] [--dir PATH]`: does scanning a batch of
 * passages joined (src/guards/segmented-scan.ts, what docs ingest does) give every passage the findings it gets when
 * scanned alone, and the same ingest decision? Texts come from the bench corpus (every K-th of N documents) and from
 * this repository's docs/ (or --dir), prepared and batched as ingest does (32 files). Prints the passages whose
 * findings differ (with both lists), whose decision differs (quarantine, rejection, redacted text, flags) and CPU per
 * MB of each way. Exit 1 when a decision differs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILES_PER_BATCH } from '../../src/assistant/ingest-batch.js';
import { judgePrepared, prepareFile, type PreparedResult } from '../../src/assistant/ingest-file.js';
import { walkSources } from '../../src/assistant/walk.js';
import { parseConfig } from '../../src/core/config/index.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { offlineGuards } from '../../src/guards/offline-budget.js';
import { scanSegments } from '../../src/guards/segmented-scan.js';
import type { Finding, ScanContext } from '../../src/guards/types.js';
import { opt } from '../args.js';
import { buildCorpus } from './corpus.js';

const REPO = join(import.meta.dirname, '../..');
const docs = Number(opt('--docs') ?? 0) || 10_500;
const every = Number(opt('--every') ?? 0) || 5;
const engine = createGuardEngine(offlineGuards(parseConfig('{}', '<inline>').config.guards));
const ctx: ScanContext = { direction: 'input', source: 'document' };
const policy = { pii: 'redact', secrets: 'reject' } as const;
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

function prepared(files: readonly string[]): PreparedResult[] {
  return files.map((abs) =>
    prepareFile({ abs, key: abs, previousSha: null, force: false, maxFileBytes: 5e6 }),
  );
}

function compare(name: string, results: readonly PreparedResult[]): number {
  let passages = 0;
  let chars = 0;
  let differ = 0;
  let decisions = 0;
  let alone = 0;
  let joined = 0;
  const shown: string[] = [];
  for (let b = 0; b < results.length; b += FILES_PER_BATCH) {
    const batch = results.slice(b, b + FILES_PER_BATCH);
    const texts = batch.flatMap((r) => (r.kind === 'prepared' ? r.prepared.texts : []));
    let c0 = cpuUs();
    const a = texts.map((t) => engine.scan(t, ctx).findings);
    alone += cpuUs() - c0;
    c0 = cpuUs();
    const s = scanSegments(engine, texts, ctx);
    joined += cpuUs() - c0;
    texts.forEach((t, i) => {
      passages++;
      chars += t.length;
      if (JSON.stringify(a[i]) !== JSON.stringify(s[i])) {
        differ++;
        if (shown.length < 8)
          shown.push(
            `  ${JSON.stringify(t.slice(0, 80))}\n    alone:  ${JSON.stringify(a[i])}\n    joined: ${JSON.stringify(s[i])}`,
          );
      }
    });
    let at = 0;
    for (const r of batch) {
      if (r.kind !== 'prepared') continue;
      const off = at;
      at += r.prepared.texts.length;
      const da = judgePrepared(r, (i) => a[off + i] as Finding[], policy);
      const ds = judgePrepared(r, (i) => s[off + i] as Finding[], policy);
      if (JSON.stringify(da) !== JSON.stringify(ds)) {
        decisions++;
        if (shown.length < 12) shown.push(`  decision differs: ${r.key}`);
      }
    }
  }
  const mb = (us: number) => (chars / us).toFixed(1);
  console.log(
    `${name}: ${results.length} files, ${passages} passages; findings differ ${differ}, file decisions differ ${decisions}; ` +
      `CPU alone ${mb(alone)} MB/s, joined ${mb(joined)} MB/s (${(joined / alone).toFixed(3)})`,
  );
  for (const line of shown) console.log(line);
  return decisions;
}

let bad = 0;
const dir = opt('--dir') ?? join(REPO, 'docs');
bad += compare(dir, prepared(walkSources([dir], () => false).files));
if (!process.argv.includes('--no-corpus')) {
  const root = mkdtempSync(join(tmpdir(), 'bastion-seg-eq-'));
  try {
    const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
    rmSync(join(root, 'probe'), { recursive: true, force: true });
    buildCorpus(join(root, 'corpus'), REPO, Math.max(0, docs - npm));
    const files = walkSources([join(root, 'corpus')], () => false).files.filter((_, i) => i % every === 0);
    bad += compare('bench corpus', prepared(files));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
process.exitCode = bad > 0 ? 1 : 0;
