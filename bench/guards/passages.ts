/**
 * The passages docs ingest scans, for per-call guard benchmarks: the assistant bench's corpus (man pages as
 * Markdown + npm Markdown files, bench/assistant/corpus.ts), every `stride`-th document parsed and chunked as ingest
 * does, each passage as the text judgeChunk scans (`heading + "\n" + text`). Cached under .cache/bench/ so repeated
 * runs skip the corpus build; passages are grouped per document (the unit a batch scan would see).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkDocument } from '../../src/assistant/chunk.js';
import { parseMarkdown } from '../../src/assistant/parse-markdown.js';
import { buildCorpus } from '../assistant/corpus.js';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface PassageDoc {
  path: string;
  /** Every passage of the document, in order, as ingest scans it. */
  passages: string[];
}

/** ~10,500 documents as in `npm run bench:assistant`; every `stride`-th one is kept. */
export function loadPassageDocs(stride = 7): PassageDoc[] {
  const dir = join(repo, '.cache/bench/guards-passages');
  const file = join(dir, `passages-stride${stride}.json`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PassageDoc[];
  mkdirSync(dir, { recursive: true });
  const corpus = join(dir, 'corpus');
  rmSync(corpus, { recursive: true, force: true });
  const npm = buildCorpus(join(dir, 'probe'), repo, 0).length;
  rmSync(join(dir, 'probe'), { recursive: true, force: true });
  const docs = buildCorpus(corpus, repo, Math.max(0, 10_500 - npm));
  const out: PassageDoc[] = [];
  for (let i = 0; i < docs.length; i += stride) {
    const d = docs[i]!;
    const parsed = parseMarkdown(readFileSync(join(corpus, d.path), 'utf8'), d.path);
    const passages = chunkDocument(parsed, d.path, 'x').map((c) => `${c.heading}\n${c.text}`);
    out.push({ path: d.path, passages });
  }
  rmSync(corpus, { recursive: true, force: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}
