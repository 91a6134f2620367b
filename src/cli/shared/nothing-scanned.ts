import { statSync } from 'node:fs';
import { BastionError } from '../../core/errors/index.js';

/**
 * A scan that read no file checked nothing: in CI (`secrets scan build/` before the build ran, `model scan` on a
 * mistyped folder) "0 findings, exit 0" would pass a gate that never looked. Exit 2 (bad input) names the path.
 *
 * @example
 * refuseEmptyScan(target, report.files.length, 'model files (pickle, PyTorch, ONNX, safetensors, GGUF, …)');
 */
export function refuseEmptyScan(target: string, files: number, what: string): void {
  if (files > 0) return;
  throw new BastionError(
    'BASTION_ERR_INPUT_INVALID',
    `${target}: no ${what} to scan, so nothing was checked; check the path`,
  );
}

/**
 * A path that is neither a file nor a folder: a named pipe would block the scan forever waiting for a writer, and a
 * device (`/dev/null`) scans as an empty file, "0 findings". Exit 2 says what it is. A missing path is left to the
 * scan, which names it.
 *
 * @example
 * refuseSpecialFile(target); // before scanModelPath(target)
 */
export function refuseSpecialFile(target: string): void {
  let kind: string | undefined;
  try {
    const info = statSync(target);
    if (info.isFile() || info.isDirectory()) return;
    kind = info.isFIFO()
      ? 'a named pipe (FIFO)'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : info.isSocket()
          ? 'a socket'
          : 'not a regular file';
  } catch {
    return;
  }
  throw new BastionError(
    'BASTION_ERR_INPUT_INVALID',
    `${target}: is ${kind}, not a file or folder, so nothing was scanned; copy it to a file first`,
  );
}
