import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit.js';

describe('group commit', () => {
  it('writes appends made in the same turn as one batch, in order, and resolves each with its own result', async () => {
    const batches: number[][] = [];
    const append = createGroupCommit((items: number[]) => {
      batches.push(items);
      return items.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3].map(append));
    expect(results).toEqual([10, 20, 30]);
    expect(batches).toEqual([[1, 2, 3]]);
    expect(await append(4)).toBe(40);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('collects appends made while an async write is in flight into the next batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const append = createGroupCommit(async (items: number[]) => {
      batches.push(items);
      if (batches.length === 1) await new Promise<void>((r) => (release = r));
      return items;
    });
    const first = append(1);
    await new Promise((r) => setImmediate(r));
    const later = [append(2), append(3)];
    release();
    expect(await Promise.all([first, ...later])).toEqual([1, 2, 3]);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('rejects every append of a failed batch and keeps working afterwards', async () => {
    let fail = true;
    const append = createGroupCommit((items: string[]) => {
      if (fail) throw new Error('SQLITE_FULL');
      return items;
    });
    const outcomes = await Promise.allSettled([append('a'), append('b')]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    expect(await append('c')).toBe('c');
  });

  it('splits large bursts into batches of at most maxBatch', async () => {
    const sizes: number[] = [];
    const append = createGroupCommit((items: number[]) => {
      sizes.push(items.length);
      return items;
    }, 4);
    await Promise.all(Array.from({ length: 10 }, (_, i) => append(i)));
    expect(sizes).toEqual([4, 4, 2]);
  });
});
