import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runLabelIssues } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-label-column-'));
// 40 rows: a continuous measurement first, the class (a or b) last, as in UCI Wine.
const file = join(dir, 'measurements.csv');
writeFileSync(
  file,
  Array.from(
    { length: 40 },
    (_, i) => `${(10 + i * 0.37).toFixed(2)},${i % 2 ? 4 + (i % 5) : -4 - (i % 3)},${i % 2 ? 'b' : 'a'}`,
  ).join('\n') + '\n',
);

describe('runLabelIssues label column', () => {
  it('refuses a column with about as many values as rows: a feature picked as the label by mistake', async () => {
    await expect(runLabelIssues({ file, labelColumn: '0' })).rejects.toThrow(
      /label column "0" has 40 distinct values in 40 rows — is it the label\?/,
    );
    const report = await runLabelIssues({ file, labelColumn: '-1' });
    expect(report.classes).toEqual(['a', 'b']);
  });
});
