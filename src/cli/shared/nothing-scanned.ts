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
