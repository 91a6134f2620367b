/** Every blind4 row, in one list (data only; see blind4-types.ts for why no test imports it). */
import { BLIND4_ATTACKS_DIRECT } from './blind4-attacks-direct.js';
import { BLIND4_ATTACKS_INDIRECT } from './blind4-attacks-indirect.js';
import { BLIND4_ATTACKS_JAILBREAK } from './blind4-attacks-jailbreak.js';
import { BLIND4_ATTACKS_LONG } from './blind4-attacks-long.js';
import { BLIND4_ATTACKS_OBFUSCATED } from './blind4-attacks-obfuscated.js';
import { BLIND4_ATTACKS_RECENT } from './blind4-attacks-recent.js';
import { BLIND4_ATTACKS_SUBTLE } from './blind4-attacks-subtle.js';
import { BLIND4_BENIGN_EXTRA } from './blind4-benign-extra.js';
import { BLIND4_BENIGN_LONG } from './blind4-benign-long.js';
import { BLIND4_BENIGN_DOCUMENTS } from './blind4-benign-documents.js';
import { BLIND4_BENIGN_PROMPTS } from './blind4-benign-prompts.js';
import { BLIND4_HARMFUL } from './blind4-harmful.js';
import { BLIND4_HARMFUL_MORE } from './blind4-harmful-more.js';
import { BLIND4_LOOKALIKES } from './blind4-lookalikes.js';
import { BLIND4_LOOKALIKES_DOCS } from './blind4-lookalikes-docs.js';
import { BLIND4_LOOKALIKES_MORE } from './blind4-lookalikes-more.js';
import type { Blind4Row } from './blind4-types.js';

export const BLIND4_ROWS: readonly Blind4Row[] = [
  ...BLIND4_ATTACKS_DIRECT,
  ...BLIND4_ATTACKS_JAILBREAK,
  ...BLIND4_ATTACKS_INDIRECT,
  ...BLIND4_ATTACKS_OBFUSCATED,
  ...BLIND4_ATTACKS_SUBTLE,
  ...BLIND4_ATTACKS_LONG,
  ...BLIND4_ATTACKS_RECENT,
  ...BLIND4_BENIGN_PROMPTS,
  ...BLIND4_BENIGN_DOCUMENTS,
  ...BLIND4_BENIGN_EXTRA,
  ...BLIND4_BENIGN_LONG,
  ...BLIND4_HARMFUL,
  ...BLIND4_HARMFUL_MORE,
  ...BLIND4_LOOKALIKES,
  ...BLIND4_LOOKALIKES_MORE,
  ...BLIND4_LOOKALIKES_DOCS,
];
