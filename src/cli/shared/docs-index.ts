import { existsSync } from 'node:fs';
import {
  openAssistant,
  resolveDocsIndexPath,
  type AssistantRuntime,
  type OpenAssistantOptions,
} from '../../assistant/index.js';
import type { LoadedConfig } from '../../core/config/index.js';
import { BastionError } from '../../core/errors/index.js';

/**
 * Opens the docs index for a command that only reads it (ask, sources, feedback, eval, quarantine). It never
 * creates one: run in the wrong folder, `docs ask` used to create an empty index and answer "I don't know" (exit 4,
 * "the docs do not cover it"), and `docs eval` scored 15% and passed. With `needPassages`, an index without a
 * single passage is refused the same way.
 *
 * @example
 * const rt = openExistingIndex(loadCommandConfig(o.config), {}, { needPassages: true });
 */
export function openExistingIndex(
  loaded: LoadedConfig,
  options: OpenAssistantOptions = {},
  { needPassages = false }: { needPassages?: boolean } = {},
): AssistantRuntime {
  const path = resolveDocsIndexPath(loaded);
  const hint = `run \`bastion docs ingest PATH\` first (or run this where the gateway runs, or pass --config)`;
  if (path !== ':memory:' && !existsSync(path)) {
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_INDEX_EMPTY',
      `no docs index at ${path} (config ${loaded.file}): ${hint}`,
    );
  }
  const rt = openAssistant(loaded, options);
  if (needPassages && rt.docs.counts().chunks === 0) {
    void rt.close();
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_INDEX_EMPTY',
      `the docs index at ${path} holds no passages: ${hint}`,
    );
  }
  return rt;
}
