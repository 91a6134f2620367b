import type { ByteSource } from '../../io/byte-source.js';
import { report, type ScanContext } from '../types.js';

/**
 * Hugging Face `config.json` / `tokenizer_config.json`: an `auto_map` entry makes `from_pretrained` import Python
 * classes shipped with the model when the caller passes `trust_remote_code=True` — code execution by configuration.
 */
export function isHfConfigName(name: string): boolean {
  return /(^|[\\/!])(config|tokenizer_config|processor_config|preprocessor_config)\.json$/.test(name);
}

export function scanHfConfig(source: ByteSource, ctx: ScanContext): boolean {
  if (source.size > 16 << 20) return false;
  let config: unknown;
  try {
    config = JSON.parse(source.read(0, source.size).toString('utf8'));
  } catch {
    return false; // not JSON: not a Hugging Face config, nothing to say
  }
  if (config === null || typeof config !== 'object' || Array.isArray(config)) return false;
  const autoMap = (config as { auto_map?: unknown }).auto_map;
  if (autoMap && typeof autoMap === 'object') {
    const targets = Object.values(autoMap as Record<string, unknown>)
      .flat()
      .filter((v): v is string => typeof v === 'string');
    report(
      ctx,
      'medium',
      'hf.remote-code',
      `auto_map loads custom code (${targets.slice(0, 3).join(', ')}${targets.length > 3 ? ', …' : ''}) when trust_remote_code=True`,
    );
  }
  return true;
}
