import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBasicIngestScanner, openAssistant, type AssistantRuntime } from '../../assistant/index.js';
import { loadConfigFile } from '../../core/config/index.js';
import { looksIngested } from './ingest-precheck.js';

describe('looksIngested (where a start-up ingest runs)', () => {
  let dir: string;
  let rt: AssistantRuntime;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-precheck-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs', 'a.md'), '# A\n\nAlpha text about keys.\n');
    writeFileSync(join(dir, 'docs', 'b.md'), '# B\n\nBeta text about audits.\n');
    writeFileSync(join(dir, 'bastion.yaml'), 'store: sqlite://./bastion.db\n');
    rt = openAssistant(loadConfigFile(join(dir, 'bastion.yaml')), { scan: createBasicIngestScanner() });
  });
  afterEach(async () => {
    await rt.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('is false for an empty index, true once every file is ingested unchanged', () => {
    expect(looksIngested(rt, ['./docs'], dir)).toBe(false);
    rt.ingest(['./docs']);
    expect(looksIngested(rt, ['./docs'], dir)).toBe(true);
    expect(looksIngested(rt, [join(dir, 'docs', 'a.md')], dir)).toBe(true);
  });

  it('is false when a file was added, resized or modified since it was ingested', () => {
    rt.ingest(['./docs']);
    writeFileSync(join(dir, 'docs', 'c.md'), '# C\n\nGamma.\n');
    expect(looksIngested(rt, ['./docs'], dir)).toBe(false);
    rt.ingest(['./docs']);
    writeFileSync(join(dir, 'docs', 'a.md'), '# A\n\nAlpha text about keys, longer.\n');
    expect(looksIngested(rt, ['./docs'], dir)).toBe(false);
    rt.ingest(['./docs']);
    // Same size, newer modification time.
    writeFileSync(join(dir, 'docs', 'b.md'), '# B\n\nBeta text about audit.\n\n');
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'docs', 'b.md'), later, later);
    expect(looksIngested(rt, ['./docs'], dir)).toBe(false);
  });

  it('is true when files were only deleted (a quick removal), false for a path that does not exist', () => {
    rt.ingest(['./docs']);
    rmSync(join(dir, 'docs', 'b.md'));
    expect(looksIngested(rt, ['./docs'], dir)).toBe(true);
    expect(looksIngested(rt, ['./nowhere'], dir)).toBe(false);
  });
});
