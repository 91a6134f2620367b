import type { Row } from '../eval-data.js';
import { benignLookalikes } from './benign-lookalikes.js';
import { weakRows } from './multilingual-weak.js';

/**
 * Bastion's own rows that train the direct-injection and jailbreak heads only (conceptHeadsOnly), as
 * scripts/train-guards.ts and bench/guards/eval-oof-benign.ts both train them:
 * - the TRAIN rows of the benign look-alikes (benign-lookalikes.ts: security write-ups quoting attacks, system
 *   prompts, "act as" requests, …);
 * - the TRAIN slots of the weak-kind rows (multilingual-weak.ts: personas, fake notices, dictated replies,
 *   instructions planted in documents, and their benign look-alikes, in 12 languages); the DEV slots stay for
 *   evaluation. Planted instructions in documents would train the indirect head only, like BIPIA's, and so train
 *   nothing.
 * The indirect and harm heads never see them, so their weights are byte for byte what they were without them.
 */
export function ownConceptRows(): { lookalikes: Row[]; weak: Row[] } {
  const lookalikes: Row[] = benignLookalikes('train').map((r, i) => ({
    file: 'own/benign-lookalikes',
    id: `lookalike-${i}`,
    text: r.text,
    label: 'benign',
    kind: r.kind,
    split: 'train',
    conceptHeadsOnly: true,
  }));
  const weak: Row[] = weakRows('train').map((r, i) => ({
    file: 'own/multilingual-weak',
    id: `weak-${i}`,
    text: r.text,
    label: !r.attack ? 'benign' : r.kind === 'persona' ? 'jailbreak' : 'injection',
    kind: r.kind,
    split: 'train',
    lang: r.lang,
    conceptHeadsOnly: true,
    ...(r.attack && r.document ? { attack: r.text } : {}),
  }));
  return { lookalikes, weak };
}
