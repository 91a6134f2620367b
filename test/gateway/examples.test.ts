import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../src/core/config/index.js';
import { createGateway } from '../../src/gateway/create-gateway.js';

const files = [
  'bastion.yaml',
  ...readdirSync('examples')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `examples/${f}`),
];

describe('shipped configurations', () => {
  it.each(files)(
    '%s loads with no environment and builds a gateway (models without keys are unavailable, with the reason)',
    async (file) => {
      const loaded = loadConfigFile(file, { env: {} });
      const gateway = createGateway({ loaded });
      const unavailable = gateway.unavailableModels();
      for (const { reason } of unavailable)
        expect(reason).toMatch(/not set|no local model|not registered|no apiKey/);
      if (file.endsWith('multi-provider.yaml')) {
        // Self-hosted Ollama needs no key, so PII can still go somewhere; the SaaS models wait for their keys.
        expect(unavailable.map((u) => u.model).sort()).toEqual(['claude-haiku', 'gpt-4o-mini']);
      }
      await gateway.close(0);
    },
  );
});
