import { describe } from 'vitest';
import { counterStoreContract } from './counters-contract.js';
import { createMemoryCounters } from './counters-memory.js';

let n = 0;
describe('memory counters', () => {
  counterStoreContract(
    async () => createMemoryCounters(),
    () => `key_${++n}`,
  );
});
