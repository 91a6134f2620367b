import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The shared datasets: BASTION_DATASETS, else ../shared/datasets next to the checkout (as CI lays it out). */
export function datasetsRoot(): string {
  const root = process.env.BASTION_DATASETS ?? resolve(REPO, '..', 'shared', 'datasets');
  if (!existsSync(join(root, 'mlops'))) {
    throw new Error(`shared datasets not found at ${root} (set BASTION_DATASETS)`);
  }
  return root;
}

export const mlopsData = (...parts: string[]) => join(datasetsRoot(), 'mlops', ...parts);
