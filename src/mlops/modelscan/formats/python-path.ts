import { isUtf8 } from 'node:buffer';
import type { ByteSource } from '../../io/byte-source.js';
import { report, type ScanContext } from '../types.js';

/** Python path files are a few lines; anything larger is not one. */
const MAX_PTH = 1 << 20;

/**
 * A `.pth` that is a Python path-configuration file, not a torch checkpoint: text lines that `site.py` reads at
 * every interpreter start. Paths are added to `sys.path`; a line starting with `import` is executed, which makes a
 * `.pth` dropped into a model folder or an environment a way to run code. Returns false when the bytes are not
 * such a text file (the caller then reports the file as it would have).
 *
 * Before this, such a file was walked as a protocol-0 pickle (`i` is the INST opcode) and reported as a truncated
 * pickle, or as a file in no known format.
 */
export function scanPythonPathFile(source: ByteSource, ctx: ScanContext): boolean {
  if (source.size > MAX_PTH) return false;
  const bytes = source.read(0, source.size);
  if (!isUtf8(bytes) || bytes.includes(0)) return false;
  const lines = bytes.toString('utf8').split(/\r?\n/);
  lines.forEach((line, i) => {
    if (/^import[ \t]/.test(line)) {
      report(
        ctx,
        'medium',
        'pth.import-line',
        `line ${i + 1} is executed by Python at every interpreter start (an "import" line of a .pth file)`,
      );
    }
  });
  return true;
}
