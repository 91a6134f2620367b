import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CATEGORY_IDS, type Category } from '../taxonomy.js';
import type { Attack } from '../types.js';
import { AGENCY_ATTACKS } from './agency.js';
import { CONSUMPTION_ATTACKS, EXTRACTION_ATTACKS } from './consumption.js';
import { EXFILTRATION_ATTACKS } from './exfiltration.js';
import { PII_ATTACKS, SECRET_ATTACKS, SYSTEM_PROMPT_ATTACKS } from './extraction.js';
import { INDIRECT_ATTACKS } from './indirect.js';
import { INJECTION_ATTACKS } from './injection.js';
import { JAILBREAK_ATTACKS } from './jailbreak.js';

const goalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['marker', 'canary', 'pii', 'secret', 'exfiltration', 'comply', 'accepted']) }),
  z.object({ kind: z.literal('tool'), forbidden: z.string() }),
]);

const curatedSchema = z.array(
  z
    .object({
      id: z.string(),
      category: z.enum(CATEGORY_IDS as [Category, ...Category[]]),
      title: z.string(),
      turns: z.array(z.string()).min(1),
      goal: goalSchema,
      source: z.string(),
    })
    .strict(),
);

/** Attacks taken, with attribution, from MIT/Apache-licensed public sets (scripts/build-redteam-corpus.ts). */
function loadCurated(): Attack[] {
  const text = readFileSync(new URL('./curated.json', import.meta.url), 'utf8');
  return curatedSchema.parse(JSON.parse(text));
}

let cached: Attack[] | undefined;

/** The whole built-in library: attacks written for Bastion first, then curated ones. */
export function builtinAttacks(): Attack[] {
  cached ??= [
    ...INJECTION_ATTACKS,
    ...INDIRECT_ATTACKS,
    ...JAILBREAK_ATTACKS,
    ...SYSTEM_PROMPT_ATTACKS,
    ...PII_ATTACKS,
    ...SECRET_ATTACKS,
    ...EXFILTRATION_ATTACKS,
    ...AGENCY_ATTACKS,
    ...CONSUMPTION_ATTACKS,
    ...EXTRACTION_ATTACKS,
    ...loadCurated(),
  ];
  return cached;
}

export interface AttackFilter {
  categories?: readonly string[];
  ids?: readonly string[];
  /** Take every n-th attack per category, for a quick smoke run. */
  sample?: number;
}

export function selectAttacks(attacks: readonly Attack[], filter: AttackFilter): Attack[] {
  let selected = [...attacks];
  if (filter.categories?.length) selected = selected.filter((a) => filter.categories?.includes(a.category));
  if (filter.ids?.length) selected = selected.filter((a) => filter.ids?.includes(a.id));
  if (filter.sample && filter.sample > 1) {
    const seen = new Map<string, number>();
    selected = selected.filter((a) => {
      const n = seen.get(a.category) ?? 0;
      seen.set(a.category, n + 1);
      return n % (filter.sample ?? 1) === 0;
    });
  }
  return selected;
}
