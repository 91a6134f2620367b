// Child process for the crash tests: appends audit records (32 in flight, so group commits are mid-way when the
// parent kills it with SIGKILL) until killed. Prints "appending" once the first record is committed.
import { sampleAuditEntry } from '../../src/store/audit-fixtures.js';
import { openStore } from '../../src/store/open-store.js';

const url = process.argv[2];
if (!url) throw new Error('usage: append-forever STORE_URL');
const store = await openStore({ store: url, counters: 'memory' });
await store.audit.append(sampleAuditEntry(0));
process.stdout.write('appending\n');
let i = 1;
await Promise.all(
  Array.from({ length: 32 }, async () => {
    for (;;)
      await store.audit.append(
        sampleAuditEntry(i++, { content: { mode: 'full', prompt: 'x'.repeat(2000), response: 'y' } }),
      );
  }),
);
