import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { BastionError } from '../../core/errors/index.js';

/**
 * Reads a JSON-lines file (or stdin for `-`) one parsed line at a time, so files of any size stream through.
 * A line that is not JSON is refused with the file and line number; empty lines are skipped.
 *
 * @example
 * for await (const { value, line } of readJsonl('audit.jsonl')) console.log(line, value);
 */
export async function* readJsonl(path: string): AsyncGenerator<{ value: unknown; line: number }> {
  if (path !== '-' && !existsSync(path))
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: no such file`);
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (text.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (cause) {
        throw new BastionError('BASTION_ERR_INPUT_INVALID', `${path}:${line}: not valid JSON`, { cause });
      }
      yield { value, line };
    }
  } catch (cause) {
    if (cause instanceof BastionError) throw cause;
    throw new BastionError('BASTION_ERR_FILE_UNREADABLE', `${path}: ${(cause as Error).message}`, { cause });
  } finally {
    lines.close();
  }
}
