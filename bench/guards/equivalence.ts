/**
 * `tsx bench/guards/equivalence.ts --write FILE` then, after a speed change, `--compare FILE`: every finding (type,
 * span, score, detail) of the input and output pipelines on 1 MB documents built from six data files (prose,
 * code, multilingual, Presidio PII rows, BIPIA e-mails; digits sparse and dense), on every row of the evaluation
 * data, and every PII match on the Presidio rows. A speed-up must leave all of it byte-identical.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { guardsSchema } from '../../src/core/config/guards-schema.js';
import { createGuardEngine } from '../../src/guards/engine.js';
import { PII_TYPES, detectPii } from '../../src/guards/pii/detect-pii.js';
import { corpusOf, datasetTexts, datasetsDir } from './datasets.js';
import { loadDatasetRows } from './eval-data.js';

const args = process.argv.slice(2);
const mode = args[0];
const file = args[1];
if ((mode !== '--write' && mode !== '--compare') || !file) {
  process.stderr.write('usage: tsx bench/guards/equivalence.ts --write FILE | --compare FILE\n');
  process.exitCode = 2;
} else {
  const dir = datasetsDir();
  const lines = datasetTexts;
  const corpus = corpusOf;
  const engine = createGuardEngine(guardsSchema.parse({ timeBudget: '600s' }));
  const docs = lines('benign/documentation.jsonl');
  const big: Record<string, string> = {
    doc101: corpus(docs, 1 << 20, 101),
    doc17: corpus(docs, 1 << 20, 17),
    code: corpus(lines('benign/code_technical.jsonl'), 1 << 20),
    multi: corpus(lines('benign/multilingual.jsonl'), 1 << 20),
    presidio: corpus(lines('guards/presidio-synth-pii-dev.jsonl'), 1 << 20),
    bipia: corpus(lines('guards/bipia-indirect.jsonl'), 1 << 20),
  };
  const snapshot: Record<string, unknown> = {};
  for (const [k, text] of Object.entries(big)) {
    for (const source of ['user', 'document'] as const)
      snapshot[`${k}/${source}`] = engine.scan(text, { direction: 'input', source }).findings;
    snapshot[`${k}/output`] = engine.scan(text, { direction: 'output' }).findings;
    snapshot[`${k}/pii-all-types`] = detectPii(text, { types: PII_TYPES });
  }
  const rows = loadDatasetRows(dir);
  snapshot.rows = rows.map(
    (r) =>
      engine.scan(r.text, {
        direction: 'input',
        source: r.file === 'bipia-indirect' ? 'document' : 'user',
      }).findings,
  );
  snapshot.presidioRows = lines('guards/presidio-synth-pii-dev.jsonl').map((t) =>
    detectPii(t, { types: PII_TYPES }),
  );
  const json = JSON.stringify(snapshot);
  const digest = createHash('sha256').update(json).digest('hex').slice(0, 16);
  if (mode === '--write') {
    writeFileSync(file, json);
    process.stdout.write(`wrote ${file}: ${rows.length} rows + 6 documents of 1 MB, sha256 ${digest}\n`);
  } else {
    const before = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const differ = Object.keys({ ...before, ...snapshot }).filter(
      (k) => JSON.stringify(before[k]) !== JSON.stringify(snapshot[k]),
    );
    if (differ.length === 0) process.stdout.write(`identical (sha256 ${digest})\n`);
    else {
      process.stdout.write(`DIFFERENT: ${differ.join(', ')}\n`);
      process.exitCode = 1;
    }
  }
}
