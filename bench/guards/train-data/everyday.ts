import { mulberry32 } from '../../../src/core/random.js';
import { fnv1a, type Row, type Split } from '../eval-data.js';
import {
  EN_BENIGN_TASKS,
  EN_BENIGN_WHOLE,
  EN_HARMFUL_TASKS,
  EN_HARMFUL_WHOLE,
  EN_TEMPLATES,
} from './everyday-en.js';
import { INTL_REQUESTS } from './everyday-intl.js';

/**
 * Everyday requests as rows for the harmful_intent head only (`harmOnly`): benign tasks as negatives and harmful
 * tasks as positives, each dropped into a few request templates of its language chosen by a seeded PRNG, so the
 * same FORM appears on both sides and only the content separates them. One task in five (by a hash of the task) is
 * kept out of training as a development set, to choose the gate's cut-offs on tasks the head never saw; reported
 * figures come from other data (the datasets' test split, the everyday-requests set).
 */
const TEMPLATES_PER_TASK = 3;

/** Train or dev, by task (all templates of one task stay on one side). */
export function everydaySplit(task: string): Split {
  return fnv1a(`bastion-everyday-v1:${task}`) % 5 === 0 ? 'dev' : 'train';
}

function fill(template: string, task: string): string {
  return template.replace('{t}', task);
}

/** All everyday rows, train and dev (see everydaySplit). */
export function everydayRows(seed = 7): Row[] {
  const rand = mulberry32(seed);
  const out: Row[] = [];
  const add = (lang: string, label: 'benign' | 'harmful', text: string, task = text): void => {
    out.push({
      file: 'synthetic/everyday-train',
      id: `${lang}-${label}-${out.length}`,
      text,
      label,
      kind: `everyday:${label}`,
      split: everydaySplit(task),
      lang,
      harmOnly: true,
    });
  };
  const expand = (
    lang: string,
    templates: readonly string[],
    label: 'benign' | 'harmful',
    tasks: readonly string[],
  ): void => {
    for (const task of tasks) {
      const used = new Set<number>();
      for (let k = 0; k < Math.min(TEMPLATES_PER_TASK, templates.length); k++) {
        let i = Math.floor(rand() * templates.length);
        while (used.has(i)) i = (i + 1) % templates.length;
        used.add(i);
        add(lang, label, fill(templates[i]!, task), task);
      }
    }
  };
  expand('en', EN_TEMPLATES, 'benign', EN_BENIGN_TASKS);
  expand('en', EN_TEMPLATES, 'harmful', EN_HARMFUL_TASKS);
  for (const text of EN_BENIGN_WHOLE) add('en', 'benign', text);
  for (const text of EN_HARMFUL_WHOLE) add('en', 'harmful', text);
  for (const [lang, r] of Object.entries(INTL_REQUESTS)) {
    expand(lang, r.templates, 'benign', r.benign);
    expand(lang, r.templates, 'harmful', r.harmful);
  }
  return out;
}

/** The rows the harm head trains on. */
export function everydayTrainingRows(): Row[] {
  return everydayRows().filter((r) => r.split === 'train');
}
