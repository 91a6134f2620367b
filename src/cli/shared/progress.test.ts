import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _enc, cb) {
        chunks.push(chunk.toString());
        cb();
      },
    }),
    { isTTY, columns: 80 },
  );
  return { stream, chunks };
}

describe('progress bar', () => {
  it('draws on a TTY, throttled, and ends with a newline', () => {
    const { stream, chunks } = sink(true);
    let t = 0;
    const bar = createProgress({ total: 4 << 20, title: 'hashing', stream, now: () => t });
    for (let i = 0; i < 4; i++) {
      t += 50; // every other tick is inside the 100 ms throttle
      bar.tick(1 << 20);
    }
    bar.done();
    const out = chunks.join('');
    expect(chunks.length).toBeLessThanOrEqual(4);
    expect(out).toMatch(/hashing \[#{24}\] 100% 4\.0 MiB\/4\.0 MiB/);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('stays silent when stderr is not a terminal (CI logs)', () => {
    const { stream, chunks } = sink(false);
    const bar = createProgress({ total: 10, stream });
    bar.tick(5);
    bar.done();
    expect(chunks).toEqual([]);
  });
});
