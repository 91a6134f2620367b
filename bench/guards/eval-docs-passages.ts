/**
 * `npx tsx bench/guards/eval-docs-passages.ts`: Bastion's own docs/*.md, chunked as the docs assistant's ingest
 * chunks them, scanned as documents by the injection and jailbreak heads. Lists the passages that would be
 * quarantined at first start: some quote attacks on purpose (docs about the guards), the rest are false positives.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunkDocument } from '../../src/assistant/chunk.js';
import { parseMarkdown } from '../../src/assistant/parse-markdown.js';
import { createDetectorRuntime } from '../../src/guards/detectors/classifier.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { matchRules } from '../../src/guards/detectors/rules.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';
import { normalize } from '../../src/guards/normalize/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const HEAD_NAMES = ['prompt_injection', 'indirect_injection', 'jailbreak'] as const;

const weights = loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8')));
const run = createDetectorRuntime(weights);
const dir = path.join(root, 'docs');
let total = 0;
let flagged = 0;
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith('.md'))
  .sort()) {
  const rel = `docs/${f}`;
  const parsed = parseMarkdown(readFileSync(path.join(dir, f), 'utf8'), rel);
  for (const c of chunkDocument(parsed, rel, 'x')) {
    total++;
    const text = `${c.heading}\n${c.text}`;
    const n = normalize(text);
    const heads = run(n).heads;
    const fired = [0, 1, 2].filter((h) => heads[h]!.score >= weights.threshold[h]!);
    if (fired.length === 0) continue;
    flagged++;
    const r = matchRules(n.text);
    const rule = [r.injection, r.jailbreak, r.indirect].filter((x) => x !== null).map((x) => x.rule);
    const h = fired[0]!;
    const win = text.slice(heads[h]!.start, heads[h]!.end).replace(/\s+/g, ' ');
    process.stdout.write(
      `--- ${rel} § ${c.heading.slice(0, 60)}: ${fired.map((k) => `${HEAD_NAMES[k]} ${heads[k]!.score.toFixed(3)}`).join(', ')}${rule.length ? ` rule: ${rule.join(' ')}` : ''}\n` +
        `window: ${win.slice(0, 400)}\n`,
    );
  }
}
process.stdout.write(`\n${flagged} of ${total} passages of docs/*.md flagged\n`);
