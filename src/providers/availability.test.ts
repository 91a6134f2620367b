import { describe, expect, it } from 'vitest';
import { parseConfig } from '../core/config/index.js';
import { fallbackChain, modelAvailability } from './availability.js';

const YAML = `
providers:
  openai:
    type: openai-compatible
    hosting: saas
    baseUrl: https://api.openai.com/v1
    apiKey: \${OPENAI_API_KEY}
  azure:
    type: openai-compatible
    hosting: saas
    baseUrl: https://example.openai.azure.com/openai/deployments/x
    headers: { api-key: '\${AZURE_OPENAI_API_KEY}' }
  ollama: { type: openai-compatible, hosting: self-hosted, baseUrl: 'http://127.0.0.1:11434/v1' }
  claude: { type: anthropic, hosting: saas, baseUrl: 'https://api.anthropic.com/v1' }
  local: { type: local, hosting: local }
models:
  gpt-4o-mini: { provider: openai, fallbacks: [llama, gpt-4o-mini, azure-gpt] }
  azure-gpt: { provider: azure }
  llama: { provider: ollama, model: 'llama3.2:3b' }
  sonnet: { provider: claude }
  bastion-docs: { provider: local }
  other-local: { provider: local }
  embed: { provider: ollama, kind: embeddings }
`;

describe('modelAvailability', () => {
  it('says which models are unavailable and why', () => {
    const loaded = parseConfig(YAML, '<inline>', { env: {} });
    const byModel = Object.fromEntries(modelAvailability(loaded, ['bastion-docs']).map((m) => [m.model, m]));
    expect(byModel['gpt-4o-mini']).toMatchObject({ available: false, reason: 'OPENAI_API_KEY is not set' });
    expect(byModel['azure-gpt']).toMatchObject({
      available: false,
      reason: 'AZURE_OPENAI_API_KEY is not set',
    });
    expect(byModel.llama).toMatchObject({
      available: true,
      upstreamModel: 'llama3.2:3b',
      providerType: 'openai-compatible',
    });
    expect(byModel.sonnet).toMatchObject({ available: false, reason: 'provider claude has no apiKey' });
    expect(byModel['bastion-docs']).toMatchObject({ available: true });
    expect(byModel['other-local']).toMatchObject({
      available: false,
      reason: 'no local model "other-local" is registered',
    });
    expect(byModel.embed).toMatchObject({ available: true, kind: 'embeddings' });
  });

  it('turns available once the environment provides the keys', () => {
    const loaded = parseConfig(YAML, '<inline>', {
      env: { OPENAI_API_KEY: 'sk-x', AZURE_OPENAI_API_KEY: 'k' },
    });
    const byModel = Object.fromEntries(modelAvailability(loaded).map((m) => [m.model, m]));
    expect(byModel['gpt-4o-mini']?.available).toBe(true);
    expect(byModel['azure-gpt']?.available).toBe(true);
  });

  it('lists a model then its fallbacks, without repeats', () => {
    const loaded = parseConfig(YAML, '<inline>', { env: {} });
    expect(fallbackChain(loaded, 'gpt-4o-mini')).toEqual(['gpt-4o-mini', 'llama', 'azure-gpt']);
    expect(fallbackChain(loaded, 'llama')).toEqual(['llama']);
  });

  it('is never reached for an upstream that is not http(s): the config is refused with file and line', () => {
    const yaml =
      'providers:\n  x:\n    type: openai-compatible\n    hosting: saas\n    baseUrl: file:///etc/passwd\n';
    expect(() => parseConfig(yaml, 'bastion.yaml', { env: {} })).toThrow(
      'bastion.yaml:5 providers.x.baseUrl: expected an http:// or https:// URL',
    );
  });
});
