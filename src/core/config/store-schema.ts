import { z } from 'zod';

/** `sqlite://./file.db`, `sqlite:///abs/file.db`, `sqlite://:memory:` or `postgres://…`. */
export const storeUrl = z
  .string()
  .regex(/^(sqlite:\/\/.+|postgres(ql)?:\/\/.+)$/, 'expected sqlite://PATH or postgres://…');

/** Where rate-limit and budget counters live: shared across replicas only with redis. */
export const countersUrl = z
  .string()
  .regex(/^(memory|sqlite|rediss?:\/\/.+)$/, 'expected memory, sqlite or redis://…');
