import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileInTheWay } from './file-in-the-way.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-in-the-way-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('fileInTheWay', () => {
  it('names the first component that is a file, and nothing when the folders exist or are missing', () => {
    writeFileSync(join(dir, 'somefile'), 'x');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    expect(fileInTheWay(join(dir, 'somefile'))).toBe(join(dir, 'somefile'));
    expect(fileInTheWay(join(dir, 'somefile', 'x', 'y'))).toBe(join(dir, 'somefile'));
    expect(fileInTheWay(join(dir, 'a', 'b'))).toBeUndefined();
    expect(fileInTheWay(join(dir, 'a', 'missing', 'deeper'))).toBeUndefined();
  });
});
