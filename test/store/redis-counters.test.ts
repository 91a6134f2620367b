import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/core/clock.js';
import { silentLogger } from '../../src/core/log.js';
import { counterStoreContract } from '../../src/store/counters-contract.js';
import { openRedisCounters } from '../../src/store/redis/redis-counters.js';
import { serviceUrl, uniqueName } from './services.js';

const url = serviceUrl('BASTION_TEST_REDIS_URL');
const prefix = uniqueName('bastion_test');
const options = { clock: systemClock, logger: silentLogger, counterPrefix: prefix };
let n = 0;

afterAll(async () => {
  const redis = new Redis(url);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('redis counters', () => {
  counterStoreContract(
    () => openRedisCounters(url, options),
    () => `key_${++n}`,
  );

  it('is atomic across replicas: 40 concurrent requests from 4 connections against rpm 25 admit exactly 25', async () => {
    const replicas = await Promise.all([1, 2, 3, 4].map(() => openRedisCounters(url, options)));
    try {
      const request = {
        keyId: 'race',
        limits: { rpm: 25, tpm: 10_000 },
        tokens: 10,
        costUsd: 0,
        now: Date.UTC(2026, 0, 1),
      };
      const verdicts = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (replicas[i % 4] as (typeof replicas)[number]).consume(request)),
      );
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(25);
      expect(await replicas[0]?.usage('race', request.now)).toMatchObject({ rpm: 25, tpm: 250 });
    } finally {
      await Promise.all(replicas.map((r) => r.close()));
    }
  });

  it('sets an expiry on every window counter', async () => {
    const counters = await openRedisCounters(url, options);
    const redis = new Redis(url);
    try {
      await counters.consume({
        keyId: 'ttl',
        limits: { rpm: 5, dailyBudgetUsd: 1 },
        tokens: 1,
        costUsd: 0.1,
      });
      const keys = await redis.keys(`${prefix}:{ttl}:*`);
      expect(keys).toHaveLength(2);
      for (const key of keys) expect(await redis.pttl(key)).toBeGreaterThan(0);
    } finally {
      await counters.close();
      await redis.quit();
    }
  });

  it('fails closed with STORE_COUNTERS when its connection drops, recovers after reconnecting', async () => {
    const counters = await openRedisCounters(url, options);
    const admin = new Redis(url);
    try {
      const request = { keyId: 'down', limits: { rpm: 100 }, tokens: 0, costUsd: 0 };
      expect((await counters.consume(request)).allowed).toBe(true);
      // Kill exactly this run's connections (named after the unique prefix), never anyone else's.
      const clients = (await admin.client('LIST')) as string;
      const ids = clients
        .split('\n')
        .filter((line) => line.includes(`name=${prefix} `))
        .map((line) => /id=(\d+)/.exec(line)?.[1]);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await admin.client('KILL', 'ID', String(id));
      await expect(counters.consume(request)).rejects.toMatchObject({ code: 'BASTION_ERR_STORE_COUNTERS' });
      let recovered = false;
      for (let i = 0; i < 100 && !recovered; i++) {
        await new Promise((r) => setTimeout(r, 50));
        recovered = await counters.consume(request).then(
          (v) => v.allowed,
          () => false,
        );
      }
      expect(recovered).toBe(true);
    } finally {
      await counters.close();
      await admin.quit();
    }
  });

  it('reports UNAVAILABLE when Redis cannot be reached at start', async () => {
    await expect(openRedisCounters('redis://127.0.0.1:1', options)).rejects.toMatchObject({
      code: 'BASTION_ERR_STORE_UNAVAILABLE',
    });
  });
});
