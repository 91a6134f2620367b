import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDrift } from './drift.js';
import { formatDrift } from './format.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-drift-'));
const csv = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};
const rows = (header: string) =>
  `${header}\n` +
  Array.from({ length: 20 }, (_, i) => `${i},${i % 3},${i % 2 ? 'x' : 'y'}`).join('\n') +
  '\n';

describe('runDrift schema changes', () => {
  it('reports columns the new version dropped or added, which PSI alone cannot see', async () => {
    const report = await runDrift(
      csv('old.csv', rows('amount,score,label')),
      csv('new.csv', rows('amount,rating,label')),
      {
        labelColumn: 'label',
      },
    );
    expect(report).toMatchObject({ droppedColumns: ['score'], addedColumns: ['rating'], maxPsi: 0 });
    expect(formatDrift(report)).toMatch(
      /dropped columns \(only in .*old\.csv\): score\n.*added columns \(only in .*new\.csv\): rating/,
    );
    const same = await runDrift(join(dir, 'old.csv'), join(dir, 'old.csv'), { labelColumn: 'label' });
    expect(same).toMatchObject({ droppedColumns: [], addedColumns: [] });
  });

  it('refuses a label column the new version lacks instead of leaving its drift out', async () => {
    await expect(
      runDrift(join(dir, 'old.csv'), csv('renamed.csv', rows('amount,score,class')), {
        labelColumn: 'label',
      }),
    ).rejects.toThrow(/renamed\.csv: no label column "label" \(columns: amount, score, class\)/);
  });
});
