import { describe, expect, it } from 'vitest';
import {
  servingHeapFlag,
  servingScavengeFlag,
  servingWasmFlag,
  SERVING_HEAP_GROWING_PERCENT,
} from './heap-tuning.js';

describe('servingHeapFlag', () => {
  it('applies the serving growth when the operator chose none', () => {
    expect(servingHeapFlag(['--enable-source-maps'], '--max-old-space-size=512')).toBe(
      `--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`,
    );
    expect(servingHeapFlag([], undefined)).toBe(`--heap-growing-percent=${SERVING_HEAP_GROWING_PERCENT}`);
  });

  it('leaves an operator choice alone, in node flags or NODE_OPTIONS, either spelling', () => {
    expect(servingHeapFlag(['--heap-growing-percent=80'], undefined)).toBeUndefined();
    expect(servingHeapFlag([], '--max-old-space-size=512 --heap_growing_percent=10')).toBeUndefined();
  });

  it('is not fooled by a flag that merely starts the same way', () => {
    expect(servingHeapFlag(['--heap-growing-percentage-x=1'], undefined)).toBeDefined();
  });
});

describe('servingScavengeFlag', () => {
  it('turns parallel scavenges off on small machines unless the operator chose, in node flags or NODE_OPTIONS', () => {
    expect(servingScavengeFlag(['--enable-source-maps'], '--max-semi-space-size=4', 2)).toBe(
      '--no-parallel-scavenge',
    );
    expect(servingScavengeFlag([], undefined, 1)).toBe('--no-parallel-scavenge');
    expect(servingScavengeFlag(['--parallel-scavenge'], undefined, 2)).toBeUndefined();
    expect(servingScavengeFlag([], '--no_parallel_scavenge', 2)).toBeUndefined();
    expect(servingScavengeFlag(['--parallel-scavenge-x'], undefined, 2)).toBe('--no-parallel-scavenge');
  });

  it('keeps the helpers where free cores are likely (more than two CPUs)', () => {
    expect(servingScavengeFlag([], undefined, 4)).toBeUndefined();
  });
});

describe('servingWasmFlag', () => {
  it('turns WebAssembly loop unrolling off unless the operator chose either way, either spelling', () => {
    expect(servingWasmFlag(['--enable-source-maps'])).toBe('--no-wasm-loop-unrolling');
    expect(servingWasmFlag(['--wasm-loop-unrolling'])).toBeUndefined();
    expect(servingWasmFlag(['--no_wasm_loop_unrolling'])).toBeUndefined();
    expect(servingWasmFlag(['--wasm-loop-unrolling-x'])).toBe('--no-wasm-loop-unrolling');
  });
});
