import { randomBytes } from 'node:crypto';
import { open, realpath, stat, statfs, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { sizeBytes } from '../experiment/common-schema.js';
import { defineAction } from './types.js';

// Filling these would hurt the machine, not test the service: refused whatever the experiment says.
const FORBIDDEN = new Set([
  '/',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/lib',
  '/lib64',
  '/proc',
  '/root',
  '/sbin',
  '/sys',
  '/usr',
  '/var',
  '/home',
]);
const CHUNK = 1024 * 1024;

/** Bytes to write so the filesystem holding `dir` reaches `percent` % used (0 if already there). */
export async function bytesToPercent(dir: string, percent: number): Promise<number> {
  const fs = await statfs(dir);
  const total = fs.blocks * fs.bsize;
  const used = total - fs.bavail * fs.bsize;
  return Math.max(0, Math.ceil((total * percent) / 100 - used));
}

/**
 * Fills the filesystem under a directory the experiment names, with one file inside it, up to a
 * size or a usage percentage (stopping early at ENOSPC). The undo deletes the file, so space
 * returns on rollback. A hard `maxSize` keeps a mistyped percentage from writing gigabytes.
 */
export const fillDisk = defineAction({
  description: "Fill a directory's filesystem up to a size or percentage; rollback frees it.",
  schema: z
    .object({
      path: z.string().min(1),
      size: sizeBytes.optional(),
      percent: z.number().gt(0).max(100).optional(),
      maxSize: sizeBytes.default(1024 ** 3),
    })
    .strict()
    .refine((a) => (a.size === undefined) !== (a.percent === undefined), {
      message: 'set exactly one of size or percent',
    }),
  run: async (a, ctx) => {
    const dir = await realpath(resolve(ctx.baseDir, a.path)).catch((cause: unknown) => {
      throw new BastionError('BASTION_ERR_CHAOS_PATH_NOT_ALLOWED', `fill-disk: ${a.path} does not exist`, {
        cause,
      });
    });
    if (FORBIDDEN.has(dir) || !(await stat(dir)).isDirectory()) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_PATH_NOT_ALLOWED',
        `fill-disk: ${dir} is not a directory an experiment may fill`,
      );
    }
    const target = a.size ?? (await bytesToPercent(dir, a.percent ?? 100));
    if (target > a.maxSize) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_PATH_NOT_ALLOWED',
        `fill-disk: reaching the target needs ${target} bytes, above maxSize ${a.maxSize}; use a small filesystem (e.g. tmpfs) or raise maxSize`,
      );
    }
    const file = join(dir, `.bastion-chaos-fill-${randomBytes(6).toString('hex')}`);
    const handle = await open(file, 'wx');
    const block = Buffer.alloc(CHUNK, 0x5a);
    let written = 0;
    let full = false;
    const undo = async () => {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
    };
    try {
      while (written < target && !ctx.signal.aborted) {
        const n = Math.min(CHUNK, target - written);
        try {
          const { bytesWritten } = await handle.write(block, 0, n);
          written += bytesWritten;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOSPC') {
            full = true;
            break;
          }
          throw error;
        }
      }
      await handle.sync().catch(() => undefined);
    } catch (error) {
      await handle.close();
      await undo();
      throw error;
    }
    await handle.close();
    return { output: { file, bytes: written, filesystemFull: full }, undo };
  },
});
