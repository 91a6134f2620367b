/**
 * `npx tsx bench/assistant/scan-overhead.ts`: where the guard scan's share of a 1-thread ingest goes. Ingests the
 * bench corpus (corpus.ts) on one thread: without the scan, with it, and with it wrapped to count the scan calls,
 * the characters they scan and their time in place; then scans the same texts again in a tight loop (as
 * bench/guards/run.ts does) for the per-call cost with warm caches: as the ingest handed them over, as fresh copies
 * (JSON round trip: flat, one byte per character when possible, like bench/guards/passages.ts) and each through
 * latin1Compact. Also replays the recorded findings without scanning, to price what ingest does with findings.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestScanFromConfig } from '../../src/assistant/guard-ingest-scan.js';
import { ingestPaths } from '../../src/assistant/ingest.js';
import type { IngestScanFn } from '../../src/assistant/ingest-scanner.js';
import { parseConfig } from '../../src/core/config/index.js';
import { openDocsDb } from '../../src/store/docs-db.js';
import { createDocsStore } from '../../src/store/docs-store.js';
import type { Finding } from '../../src/guards/types.js';
import { buildCorpus } from './corpus.js';

const REPO = join(import.meta.dirname, '../..');
const guards = parseConfig('{}', '<inline>').config.guards;
// Probe only (ingest does not do this): a passage sliced from a file holding any character beyond Latin-1 is stored
// two bytes per character even when it is pure ASCII; this copy stores it one byte per character when it can.
const WIDE_CHAR = /[^\0-\xff]/;
const latin1Compact = (text: string): string =>
  WIDE_CHAR.test(text) ? text : Buffer.from(text, 'latin1').toString('latin1');
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1e6;
};

function ingest(corpus: string, scan: IngestScanFn): { cpu: number; chunks: number; bytes: number } {
  const work = mkdtempSync(join(tmpdir(), 'bastion-scan-overhead-'));
  try {
    const db = openDocsDb(join(work, 'docs.db'));
    const c0 = cpu();
    const r = ingestPaths([corpus], {
      store: createDocsStore(db),
      scan,
      policy: { pii: 'redact', secrets: 'reject' },
      root: corpus,
      maxFileBytes: 5e6,
      now: () => 0,
    });
    const t = cpu() - c0;
    db.close();
    return { cpu: t, chunks: r.totals.chunks + r.totals.quarantined, bytes: r.totals.bytes };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const root = mkdtempSync(join(tmpdir(), 'bastion-scan-overhead-corpus-'));
try {
  const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
  rmSync(join(root, 'probe'), { recursive: true, force: true });
  const corpus = join(root, 'corpus');
  buildCorpus(corpus, REPO, Math.max(0, 10_500 - npm));
  const rows: string[] = [];
  for (let round = 0; round < 1; round++) {
    const bare = ingest(corpus, () => []);
    const full = ingest(corpus, ingestScanFromConfig(guards));
    rows.push(
      `round ${round}: no scan ${bare.cpu.toFixed(2)} CPU-s, scan ${full.cpu.toFixed(2)} CPU-s, difference ${(((full.cpu - bare.cpu) / full.chunks) * 1e6).toFixed(1)} µs per passage (${full.chunks} passages, ${(full.bytes / 1e6).toFixed(1)} MB)`,
    );
    console.log(rows.at(-1));
  }
  // In place: every call the ingest makes to the (memoised) scan's inner function.
  const inner = ingestScanFromConfig(guards);
  const texts: string[] = [];
  let ns = 0n;
  const timed: IngestScanFn = (text) => {
    const t0 = process.hrtime.bigint();
    const f = inner(text);
    ns += process.hrtime.bigint() - t0;
    texts.push(text);
    return f;
  };
  const withTimer = ingest(corpus, timed);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  console.log(
    `in place: ${texts.length} scan calls for ${withTimer.chunks} passages, ${(chars / texts.length).toFixed(0)} chars per call, ${(Number(ns) / 1e3 / texts.length).toFixed(1)} µs wall per call inside the ingest (ingest ${withTimer.cpu.toFixed(2)} CPU-s)`,
  );
  // Replay: the recorded findings without scanning, so the difference to "no scan" is what the ingest does with
  // findings (policy, copies, redaction, quarantine rows); "replay-empty" pays the same lookup and returns none.
  const recorded = new Map<string, Finding[]>();
  for (const t of texts) if (!recorded.has(t)) recorded.set(t, inner(t));
  const withFindings = [...recorded.values()].filter((f) => f.length > 0).length;
  for (let round = 0; round < 1; round++) {
    const empty = ingest(corpus, (t) => (recorded.get(t) ? [] : []));
    const replay = ingest(corpus, (t) => (recorded.get(t) ?? []).map((f) => ({ ...f })));
    console.log(
      `replay round ${round}: lookup only ${empty.cpu.toFixed(2)} CPU-s, with the recorded findings ${replay.cpu.toFixed(2)} CPU-s; ${withFindings} of ${recorded.size} distinct texts have findings`,
    );
  }
  const flat = texts.map((t) => JSON.parse(JSON.stringify(t)) as string);
  for (let pass = 0; pass < 4; pass++) {
    for (const [name, list] of [
      ['as ingest made them', texts],
      ['copied via JSON', flat],
      ['each through latin1Compact (timed)', texts],
    ] as const) {
      const compact = name.startsWith('each');
      const c0 = cpu();
      for (const t of list) inner(compact ? latin1Compact(t) : t);
      const c = cpu() - c0;
      console.log(
        `tight loop pass ${pass}, ${name}: ${((c / list.length) * 1e6).toFixed(1)} µs CPU per call`,
      );
    }
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
