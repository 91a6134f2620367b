import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** 1 MiB reads: large enough to run at disk speed, small enough that memory stays flat for any file size. */
const CHUNK = 1 << 20;

/**
 * SHA-256 of a file, streamed through one reused buffer (constant memory for a 10 GB file).
 * `onBytes` is called after every read, for progress bars.
 *
 * @example
 * const { digest, size } = await hashFile('model.safetensors', (n) => bar.tick(n));
 */
export async function hashFile(
  path: string,
  onBytes?: (n: number) => void,
): Promise<{ digest: string; size: number }> {
  const handle = await open(path, 'r');
  try {
    const hash = createHash('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    let size = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      size += bytesRead;
      onBytes?.(bytesRead);
    }
    return { digest: hash.digest('hex'), size };
  } finally {
    await handle.close();
  }
}
