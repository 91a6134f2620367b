import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awayFromMinuteBoundary } from './cluster-harness.js';
import { defaultYaml, startHarness, type Harness } from './harness.js';

/**
 * The shipped default: SQLite counters. The gateway batches the limit checks of one event-loop turn (and the
 * corrections and audit records) into one transaction, so a burst must still admit exactly the limit.
 */
let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    yaml: (urls) => defaultYaml(urls).replace('counters: memory', 'counters: sqlite'),
  });
});
afterAll(async () => {
  await h.close();
});

async function keyWith(limits: { rpm?: number; tpm?: number }, useCase = 'app') {
  const issued = await h.store.keys.create({ useCase, name: 'sqlite-limits', limits });
  return { id: issued.record.id, client: h.client(issued.secret) };
}

describe('limits with SQLite counters', () => {
  it('a concurrent burst admits exactly the rpm limit; every request is audited and the chain verifies', async () => {
    expect(h.store.counters.kind).toBe('sqlite');
    const { id, client } = await keyWith({ rpm: 5 });
    // rpm counts per UTC minute: a burst that straddles a minute boundary may rightly admit 5 in each minute.
    await awayFromMinuteBoundary();
    const before = await h.store.audit.head();
    const settled = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        client.chat.completions.create({ model: 'fast', messages: [{ role: 'user', content: 'hi' }] }),
      ),
    );
    const ok = settled.filter((s) => s.status === 'fulfilled');
    const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    expect(ok).toHaveLength(5);
    expect(refused).toHaveLength(7);
    for (const error of refused) {
      expect(error).toBeInstanceOf(OpenAI.RateLimitError);
      expect(
        Number((error as InstanceType<typeof OpenAI.APIError>).headers?.get('retry-after')),
      ).toBeGreaterThan(0);
    }
    expect((await h.store.counters.usage(id)).rpm).toBe(5);
    expect((await h.store.audit.head()).seq - before.seq).toBe(12);
    expect(await h.store.audit.verify()).toMatchObject({ ok: true });
  });

  it('the estimate is corrected to the real usage before the answer reaches the client', async () => {
    const { id, client } = await keyWith({ tpm: 100_000 });
    const answer = await client.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: 'hello there' }],
      max_tokens: 500,
    });
    const used = answer.usage?.total_tokens ?? 0;
    expect(used).toBeGreaterThan(0);
    expect(used).toBeLessThan(500);
    // Charged prompt + 500 before the call; corrected in the same transaction as the audit record.
    expect((await h.store.counters.usage(id)).tpm).toBe(used);
  });
});
