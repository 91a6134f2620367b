/**
 * `npx tsx bench/assistant/scan-joined.ts [--docs N] [--every K]`: what does the ingest guard scan cost per MB
 * when each passage is scanned on its own (ingest), when a document's passages are joined into one text, and when a
 * batch of 32 files is joined — stage by stage (normaliser, detectors, PII, secrets, the rest, ingest rules)?
 * Answers "is it per-call overhead or per-character work?" before anything is built on the answer. CPU time of
 * this thread, two passes each (the second is reported: warm JIT), same texts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBasicIngestScanner } from '../../src/assistant/basic-ingest-scanner.js';
import { prepareFile } from '../../src/assistant/ingest-file.js';
import { walkSources } from '../../src/assistant/walk.js';
import { normalizeText } from '../../src/guards/normalize-text.js';
import { SCANNERS } from '../../src/guards/registry.js';
import type { NormalizedText, ScanContext, ScanFn } from '../../src/guards/types.js';
import { scoreBlocks, type BlockSums } from '../../src/guards/detectors/features.js';
import { sharedDetector } from '../../src/guards/detectors/model-file.js';
import { matchRules } from '../../src/guards/detectors/rules.js';
import { opt } from '../args.js';
import { buildCorpus } from './corpus.js';

const REPO = join(import.meta.dirname, '../..');
const docs = Number(opt('--docs') ?? 0) || 10_500;
const every = Number(opt('--every') ?? 0) || 10;
const cpuUs = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

const scanners: [string, ScanFn][] = [
  'prompt_injection',
  'jailbreak',
  'harmful_intent',
  'pii',
  'secrets',
  'invisible_text',
].map((id) => {
  const def = SCANNERS[id];
  if (!def) throw new Error(`no scanner ${id}`);
  return [id, def.create(def.options.parse({}) as never)];
});
const basic = createBasicIngestScanner(new Set(['prompt_injection']));
const weights = sharedDetector().weights;
const sums: BlockSums = { sums: new Int32Array(256), counts: new Int32Array(64), blocks: 0 };
const ctx: ScanContext = { direction: 'input', source: 'document' };

const root = mkdtempSync(join(tmpdir(), 'bastion-scan-joined-'));
try {
  const npm = buildCorpus(join(root, 'probe'), REPO, 0).length;
  rmSync(join(root, 'probe'), { recursive: true, force: true });
  const corpus = join(root, 'corpus');
  buildCorpus(corpus, REPO, Math.max(0, docs - npm));
  const perDoc: string[][] = [];
  const files = walkSources([corpus], () => false).files.filter((_, i) => i % every === 0);
  for (const abs of files) {
    const r = prepareFile({ abs, key: abs, previousSha: null, force: false, maxFileBytes: 5e6 });
    if (r.kind === 'prepared') perDoc.push(r.prepared.texts);
  }
  const passages = perDoc.flat();
  const joinedDocs = perDoc.map((t) => t.join('\n\n'));
  const joinedBatches: string[] = [];
  for (let i = 0; i < perDoc.length; i += 32)
    joinedBatches.push(
      perDoc
        .slice(i, i + 32)
        .flat()
        .join('\n\n'),
    );
  const chars = passages.reduce((n, t) => n + t.length, 0);
  console.log(
    `${perDoc.length} documents, ${passages.length} passages, ${(chars / 1e6).toFixed(2)} M chars (${Math.round(chars / passages.length)} per passage)`,
  );

  // Stage by stage over all texts (one clock read per stage, not per text): the three detector scanners share one
  // runtime that caches the last text, so they run together per text as in the engine.
  const stages = (texts: readonly string[]): Record<string, number> => {
    const t: Record<string, number> = {};
    let c0 = cpuUs();
    const normalized: NormalizedText[] = texts.map((x) => normalizeText(x));
    const lap = (name: string) => {
      const c1 = cpuUs();
      t[name] = c1 - c0;
      c0 = c1;
    };
    lap('normalise');
    const group = (ids: readonly string[], name: string) => {
      const fns = scanners.filter(([id]) => ids.includes(id)).map(([, f]) => f);
      for (const n of normalized) for (const f of fns) f(n, ctx);
      lap(name);
    };
    group(['prompt_injection', 'jailbreak', 'harmful_intent'], 'detectors');
    // Parts of the detectors: the n-gram scorer alone, and the rule layer on every 8 KB (it reads no further).
    for (const n of normalized) scoreBlocks(n.text, weights.packed, sums);
    lap('  scoreBlocks');
    for (const n of normalized)
      for (let a = 0; a < n.text.length; a += 8192) matchRules(n.text.slice(a, a + 8192));
    lap('  matchRules');
    group(['pii'], 'pii');
    group(['secrets'], 'secrets');
    group(['invisible_text'], 'invisible');
    for (const x of texts) basic(x);
    lap('rules');
    return t;
  };
  const ways: [string, string[]][] = [
    ['per passage', passages],
    ['per document', joinedDocs],
    ['per 32 files', joinedBatches],
  ];
  const rows: string[] = [];
  for (const pass of [0, 1]) {
    for (const [name, texts] of ways) {
      const t = stages(texts);
      if (pass === 0) continue;
      const total = Object.entries(t)
        .filter(([k]) => !k.startsWith(' '))
        .map(([, v]) => v)
        .reduce((a, b) => a + b, 0);
      const perMb = (us: number) => ((us / chars) * 1e6) / 1e3; // ms per M chars
      rows.push(
        `${name.padEnd(13)} total ${perMb(total).toFixed(1).padStart(6)} ms/Mchar (${(chars / total).toFixed(1)} MB/CPU-s) | ` +
          Object.entries(t)
            .map(([k, v]) => `${k} ${perMb(v).toFixed(1)}`)
            .join(', '),
      );
    }
  }
  for (const r of rows) console.log(r);
} finally {
  rmSync(root, { recursive: true, force: true });
}
