import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GoldSpan } from '../../src/guards/pii/evaluate.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared datasets folder: $BASTION_DATASETS, else ../shared/datasets next to the checkout. */
export function datasetsDir(): string {
  return process.env.BASTION_DATASETS ?? resolve(repoRoot, '../shared/datasets');
}

/** The `text` of every row of a JSONL file under the datasets folder. */
export function datasetTexts(file: string): string[] {
  return readFileSync(join(datasetsDir(), file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** A document of exactly `size` characters made by joining rows from `offset` on, wrapping around. */
export function corpusOf(rows: readonly string[], size: number, offset = 0): string {
  let s = '';
  for (let i = offset; s.length < size; i++) s += rows[i % rows.length] + '\n\n';
  return s.slice(0, size);
}

export interface PiiRow {
  id: string;
  text: string;
  /** Gold spans, code points as in the file. */
  entities: (GoldSpan & { value?: string })[];
}

export function loadPresidioRows(): PiiRow[] {
  const file = join(datasetsDir(), 'guards/presidio-synth-pii-dev.jsonl');
  if (!existsSync(file)) throw new Error(`${file} not found (set BASTION_DATASETS)`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((line) => {
      const row = JSON.parse(line) as {
        id: string;
        text: string;
        entities?: (GoldSpan & { value?: string })[];
      };
      return { id: row.id, text: row.text, entities: row.entities ?? [] };
    });
}
