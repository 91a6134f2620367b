/**
 * `npx tsx bench/assistant/indirect-recall.ts [--rows N]`: indirect prompt injection hidden in otherwise benign
 * documentation pages, as docs ingest meets it. Every row of the shared BIPIA set (e-mails, tables and code with an
 * attack inserted, and the same contexts without one) becomes a section of one of this repository's docs/ pages,
 * inserted at a seeded section boundary; the pages are prepared and judged in batches exactly as ingest does, twice:
 * with the batch scan (scan.many, src/guards/segmented-scan.ts: what ingest runs) and with one scan call per passage
 * (what it ran before). Prints, per way and category, how many injected rows got a passage quarantined (recall), how
 * many benign rows did (false quarantines), how many passages of the surrounding pages did, and whether the two ways
 * decided every passage the same. The detectors were trained on part of BIPIA: read recall as a comparison between
 * the two ways, not as a held-out figure (`npm run eval:guards` has those).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestScanFromConfig } from '../../src/assistant/guard-ingest-scan.js';
import { FILES_PER_BATCH, judgeBatch, prepareBatch } from '../../src/assistant/ingest-batch.js';
import type { FileResult } from '../../src/assistant/ingest-file.js';
import type { IngestScanFn } from '../../src/assistant/ingest-scanner.js';
import { scanTexts, unpackTexts } from '../../src/assistant/scan-batch.js';
import { walkSources } from '../../src/assistant/walk.js';
import { parseConfig } from '../../src/core/config/index.js';
import { seededInt } from '../../src/core/random.js';
import { opt } from '../args.js';

const REPO = join(import.meta.dirname, '../..');
const DATA = join(REPO, '../shared/datasets/guards/bipia-indirect.jsonl');
const MARK = 'Embedded third-party content';
const policy = { pii: 'redact', secrets: 'reject' } as const;

interface Row {
  text: string;
  label: string;
  category: string;
  id: string;
}

const rows = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row)
  .slice(0, Number(opt('--rows') ?? 0) || undefined);
const pages = walkSources([join(REPO, 'docs')], () => false)
  .files.filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(f, 'utf8'));
const pick = seededInt(42);

const work = mkdtempSync(join(tmpdir(), 'bastion-indirect-'));
try {
  const files = rows.map((row, i) => {
    const page = pages[i % pages.length]!;
    // Section boundaries of the page: its heading lines.
    const bounds = [...page.matchAll(/^#{1,3} /gm)].map((m) => m.index).filter((at) => at > 0);
    const at = bounds.length > 0 ? bounds[pick(bounds.length)]! : page.length;
    // The row as a section of its own, fenced as what a customer or a tool sent (a page would show it so; the fence
    // also keeps "# comment" lines of the code rows from starting sections of their own).
    const section = `## ${MARK} ${i}\n\n~~~~~~\n${row.text}\n~~~~~~\n\n`;
    const path = join(work, `page-${String(i).padStart(5, '0')}.md`);
    writeFileSync(path, page.slice(0, at) + section + page.slice(at));
    return path;
  });
  const tasks = files.map((abs) => ({ abs, key: abs, previousSha: null, force: false, maxFileBytes: 5e6 }));
  const batchScan = ingestScanFromConfig(parseConfig('{}', '<inline>').config.guards);
  const oneByOne: IngestScanFn = (text) => batchScan(text);
  const judged = (scan: IngestScanFn): FileResult[] => {
    const out: FileResult[] = [];
    for (let i = 0; i < tasks.length; i += FILES_PER_BATCH) {
      const batch = prepareBatch(tasks.slice(i, i + FILES_PER_BATCH));
      const outcome = batch.texts ? scanTexts(unpackTexts(batch.texts), scan) : { found: [], errors: [] };
      for (const r of judgeBatch(batch, outcome, policy)) out.push(r);
    }
    return out;
  };
  const cpu = () => process.cpuUsage().user / 1e6;
  let c0 = cpu();
  const a = judged(oneByOne);
  const cpuA = cpu() - c0;
  c0 = cpu();
  const b = judged(batchScan);
  const cpuB = cpu() - c0;
  const same = a.every((r, i) => JSON.stringify(r) === JSON.stringify(b[i]));

  for (const [name, results, seconds] of [
    ['one scan call per passage', a, cpuA],
    ['batch scan (ingest)', b, cpuB],
  ] as const) {
    const tally = new Map<string, { rows: number; caught: number }>();
    let pagePassages = 0;
    let pageQuarantined = 0;
    results.forEach((r, i) => {
      const row = rows[i]!;
      const key = `${row.label} ${row.category}`;
      const t = tally.get(key) ?? { rows: 0, caught: 0 };
      t.rows++;
      if (r.kind === 'analyzed') {
        const mine = (h: string) => h.includes(`${MARK} ${i}`);
        if (r.analysis.quarantine.some((q) => mine(q.heading))) t.caught++;
        pagePassages += r.analysis.chunks.filter((c) => !mine(c.heading)).length;
        const others = r.analysis.quarantine.filter((q) => !mine(q.heading)).length;
        pagePassages += others;
        pageQuarantined += others;
      }
      tally.set(key, t);
    });
    console.log(`${name} (${seconds.toFixed(2)} CPU-s):`);
    for (const [key, t] of [...tally].sort()) {
      const rate = ((t.caught / t.rows) * 100).toFixed(1);
      console.log(
        `  ${key.padEnd(32)} ${String(t.caught).padStart(5)} / ${String(t.rows).padEnd(5)} quarantined (${rate}%)`,
      );
    }
    console.log(
      `  the pages' own passages quarantined: ${pageQuarantined} of ${pagePassages} (docs/ quotes attacks in its guard docs: 11 of its 252 passages alone)`,
    );
  }
  console.log(`every file judged the same both ways: ${same ? 'yes' : 'NO'}`);
  process.exitCode = same ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
