import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateWeak, type WeakKindReport } from '../../bench/guards/eval-weak-multilingual.js';
import { MODEL_PATH } from '../../src/guards/detectors/model-file.js';
import { loadWeights } from '../../src/guards/detectors/weights.js';

/**
 * Regression bars for the attack kinds the rule layer used to miss in other languages (own dev rows,
 * bench/guards/train-data/multilingual-weak*.ts), a little below `npm run eval:guards -- --no-blind --split dev`,
 * and for the benign look-alikes next to them.
 */
let dev: WeakKindReport[];

beforeAll(() => {
  dev = evaluateWeak(loadWeights(JSON.parse(readFileSync(MODEL_PATH, 'utf8'))), 'dev');
});

const kind = (k: string): WeakKindReport => dev.find((r) => r.kind === k)!;

describe('weak kinds in other languages (dev rows)', () => {
  it('catches personas, fake notices, dictated replies and code-switched instructions', () => {
    expect(kind('persona').flagged.rate).toBeGreaterThanOrEqual(0.9);
    expect(kind('notice').flagged.rate).toBeGreaterThanOrEqual(0.6);
    expect(kind('dictated').flagged.rate).toBeGreaterThanOrEqual(0.75);
    expect(kind('doc').flagged.rate).toBeGreaterThanOrEqual(0.4);
    expect(kind('mixed').flagged.rate).toBeGreaterThanOrEqual(0.7);
  });

  it('leaves role-play, real notices, format requests and plain documents alone', () => {
    for (const k of ['roleplay', 'realNotice', 'userFormat']) {
      expect(kind(k).flagged.hits, k).toBe(0);
      expect(kind(k).other.hits, k).toBe(0);
    }
    expect(kind('plainDoc').other.hits).toBe(0);
    expect(kind('training').flagged.hits).toBeLessThanOrEqual(2);
  });
});
