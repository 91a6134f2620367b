import { describe, expect, it } from 'vitest';
import { BastionError } from '../core/errors/index.js';
import type { EgressResponse } from './egress.js';
import type { SseEvent } from './sse.js';
import type { ChatChunk } from './types.js';
import { sseChunks } from './upstream-http.js';

/** An egress response whose body yields READS (a string is a chunk of bytes, an Error a failed read). */
function fakeResponse(reads: (string | Error)[]) {
  const log: string[] = [];
  let at = 0;
  const body: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({
      next: (): Promise<IteratorResult<Buffer>> => {
        const read = reads[at++];
        if (read === undefined) return Promise.resolve({ done: true, value: undefined });
        if (read instanceof Error) return Promise.reject(read);
        return Promise.resolve({ done: false, value: Buffer.from(read) });
      },
    }),
  };
  const res: EgressResponse = {
    status: 200,
    headers: {},
    text: () => Promise.resolve(''),
    chunks: () => body,
    body,
    streamError: (error: unknown) => {
      log.push('mapped');
      return new BastionError('BASTION_ERR_PROVIDERS_STREAM_CUT', `mapped: ${(error as Error).message}`);
    },
    dispose: () => {
      log.push('dispose');
    },
  };
  return { res, log };
}

const step = (event: SseEvent): ChatChunk | undefined => {
  if (event.data === 'skip') return undefined;
  if (event.data === 'bad') throw new Error('bad event');
  return { id: event.data } as unknown as ChatChunk;
};

async function drain(it: AsyncIterator<ChatChunk>): Promise<string[]> {
  const ids: string[] = [];
  for (let r = await it.next(); !r.done; r = await it.next())
    ids.push((r.value as unknown as { id: string }).id);
  return ids;
}

describe('sseChunks', () => {
  it('yields the events of every read in order, skips what step drops, then disposes and runs end', async () => {
    const { res, log } = fakeResponse(['data: a\n\ndata: skip\n\ndata: b\n', '\ndata: c\n\n', 'data: d']);
    const it = sseChunks(res, step, () => log.push('end'));
    expect(await drain(it)).toEqual(['a', 'b', 'c', 'd']);
    expect(log).toEqual(['dispose', 'end']);
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(log).toEqual(['dispose', 'end']);
  });

  it('maps a step failure through streamError, disposes, and stays done', async () => {
    const { res, log } = fakeResponse(['data: a\n\ndata: bad\n\ndata: c\n\n']);
    const it = sseChunks(res, step, () => log.push('end'));
    expect((await it.next()).value).toEqual({ id: 'a' });
    await expect(it.next()).rejects.toThrow('mapped: bad event');
    expect(log).toEqual(['dispose', 'mapped']);
    expect(await it.next()).toEqual({ done: true, value: undefined });
  });

  it('maps a failed read through streamError and never runs end', async () => {
    const { res, log } = fakeResponse(['data: a\n\n', new Error('socket reset')]);
    const it = sseChunks(res, step, () => log.push('end'));
    expect((await it.next()).value).toEqual({ id: 'a' });
    await expect(it.next()).rejects.toThrow('mapped: socket reset');
    expect(log).toEqual(['dispose', 'mapped']);
  });

  it('disposes when the consumer stops early, without end', async () => {
    const { res, log } = fakeResponse(['data: a\n\ndata: b\n\n', 'data: c\n\n']);
    const it = sseChunks(res, step, () => log.push('end'));
    expect((await it.next()).value).toEqual({ id: 'a' });
    expect(await it.return?.()).toEqual({ done: true, value: undefined });
    expect(await it.next()).toEqual({ done: true, value: undefined });
    expect(log).toEqual(['dispose']);
  });

  it('rejects with the error end throws, unmapped (an incomplete stream)', async () => {
    const { res, log } = fakeResponse(['data: a\n\n']);
    const it = sseChunks(res, step, () => {
      throw new Error('stream cut');
    });
    expect((await it.next()).value).toEqual({ id: 'a' });
    await expect(it.next()).rejects.toThrow(/^stream cut$/);
    expect(log).toEqual(['dispose']);
  });
});
