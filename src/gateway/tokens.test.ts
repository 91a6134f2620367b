import { describe, expect, it } from 'vitest';
import { modelSchema } from '../core/config/models-schema.js';
import { costUsd } from './tokens.js';

describe('costUsd', () => {
  const model = modelSchema.parse({ provider: 'up', price: { inputPer1k: 0.00015, outputPer1k: 0.0006 } });

  it('is a stable decimal, not binary float noise, in audit records, logs and metrics', () => {
    // Unrounded: (23 / 1000) * 0.00015 = 0.0000034499999999999996.
    expect(String(costUsd(model, 23, 0))).toBe('0.00000345');
    expect(String(costUsd(model, 12, 3))).toBe('0.0000036');
    expect(JSON.stringify({ costUsd: costUsd(model, 1234, 567) })).toBe('{"costUsd":0.0005253}');
  });

  it('is zero for a free model and exact for whole cents', () => {
    expect(costUsd(modelSchema.parse({ provider: 'up' }), 1000, 1000)).toBe(0);
    expect(
      costUsd(
        modelSchema.parse({ provider: 'up', price: { inputPer1k: 0.01, outputPer1k: 0.03 } }),
        1000,
        1000,
      ),
    ).toBe(0.04);
  });
});
