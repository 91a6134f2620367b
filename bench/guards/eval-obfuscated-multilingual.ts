import type { LoadedWeights } from '../../src/guards/detectors/weights.js';
import type { Row } from './eval-data.js';
import { freshHalf } from './eval-fresh-multilingual.js';
import { OBFUSCATIONS } from './eval-obfuscate.js';
import { isAttackFlag, scoreRows, type Rate } from './eval-run.js';

/**
 * Disguised attacks in other languages: every injection and jailbreak phrase of the fresh set's half for this
 * split, alone, through each transform of eval-obfuscate.ts. Unicode tags are left out: that transform keeps
 * only ASCII characters, so it would erase a Russian or Chinese attack instead of hiding it.
 */
export function evaluateObfuscatedMultilingual(
  weights: LoadedWeights,
  split: 'dev' | 'test',
): { plain: Rate; transforms: { transform: string; recall: Rate }[] } {
  const rows: Row[] = Object.entries(freshHalf(split)).flatMap(([lang, a]) =>
    [...a.injection, ...a.jailbreak].map((text, i) => ({
      file: 'synthetic/multilingual-fresh-obfuscated',
      id: `${lang}-${i}`,
      text,
      label: 'injection' as const,
      kind: lang,
      split,
      lang,
    })),
  );
  const recall = (texts: readonly Row[]): Rate => {
    const hits = scoreRows(weights, texts).filter((s) => isAttackFlag(s, weights.threshold)).length;
    return { n: texts.length, hits, rate: texts.length === 0 ? 0 : hits / texts.length };
  };
  return {
    plain: recall(rows),
    transforms: Object.entries(OBFUSCATIONS)
      .filter(([name]) => name !== 'unicode_tags')
      .map(([transform, fn]) => ({
        transform,
        recall: recall(rows.map((r) => ({ ...r, text: fn(r.text) }))),
      })),
  };
}
