/**
 * Two SQLite stores side by side for in-process A/B of the store's hot path: A = `base`'s src/ (extracted with git
 * archive), B = the working tree. Shared by bench/store/ab-hot-path.ts and bench/gateway/checkpoint-stalls.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AbStore {
  counters: {
    consume(r: unknown): Promise<{ allowed: boolean; reservation?: unknown }>;
    /** Only on trees with quota leases. */
    consumeLeased?(r: unknown): { allowed: boolean; reservation?: unknown } | undefined;
    adjust(r: unknown, actual: unknown): Promise<void>;
  };
  audit: { append(e: unknown): Promise<unknown> };
  close(): Promise<void>;
}

interface StoreLib {
  openStore(options: { store: string; counters: string }): Promise<AbStore>;
  sampleAuditEntry(i: number): unknown;
}

export interface AbStores {
  stores: { A: AbStore; B: AbStore };
  libs: { A: StoreLib; B: StoreLib };
  /** Closes both stores and removes the extracted tree and the databases. */
  dispose(): Promise<void>;
}

export async function openAbStores(base: string): Promise<AbStores> {
  // Inside the checkout, so that the extracted sources resolve the checkout's node_modules.
  const tree = mkdtempSync(resolve('.cache/store-ab-'));
  const work = mkdtempSync(join(tmpdir(), 'bastion-store-ab-db-'));
  const remove = (): void => {
    rmSync(tree, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  };
  try {
    execFileSync('sh', ['-c', `git archive ${base} src | tar -x -C ${tree}`]);
    const load = async (root: string): Promise<StoreLib> => ({
      ...((await import(pathToFileURL(join(root, 'src/store/open-store.ts')).href)) as Pick<
        StoreLib,
        'openStore'
      >),
      ...((await import(pathToFileURL(join(root, 'src/store/audit-fixtures.ts')).href)) as Pick<
        StoreLib,
        'sampleAuditEntry'
      >),
    });
    const libs = { A: await load(tree), B: await load(resolve('.')) };
    const stores = {
      A: await libs.A.openStore({ store: `sqlite://${join(work, 'a.db')}`, counters: 'sqlite' }),
      B: await libs.B.openStore({ store: `sqlite://${join(work, 'b.db')}`, counters: 'sqlite' }),
    };
    return {
      stores,
      libs,
      dispose: async () => {
        try {
          await stores.A.close();
          await stores.B.close();
        } finally {
          remove();
        }
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
