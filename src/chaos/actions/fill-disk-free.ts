import { readdir, realpath, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { defineAction } from './types.js';

/** Deletes the fill files `fill-disk` created under a directory: space returns mid-method (rollback does it too). */
export const fillDiskFree = defineAction({
  description: 'Free what fill-disk wrote under `path` (only its own .bastion-chaos-fill-* files).',
  schema: z.object({ path: z.string().min(1) }).strict(),
  run: async (a, ctx) => {
    const dir = await realpath(resolve(ctx.baseDir, a.path));
    const files = (await readdir(dir)).filter((f) => f.startsWith('.bastion-chaos-fill-'));
    for (const f of files) await unlink(join(dir, f));
    return { output: { freed: files.length } };
  },
});
