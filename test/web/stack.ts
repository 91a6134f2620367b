/**
 * The docs assistant behind the real gateway, mounted the way `bastion serve` mounts it: real SQLite store (keys,
 * audit, and the docs index in the same file), `bastion-docs` as a local model, the assistant's feedback and
 * passage routes, and the chat page's static assets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createAssistantRoutes,
  createDocsModel,
  openAssistant,
  type AssistantRuntime,
} from '../../src/assistant/index.js';
import { parseConfig } from '../../src/core/config/index.js';
import { createGateway, type Gateway } from '../../src/gateway/create-gateway.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/types.js';
import { serveWebAsset } from '../../src/web/index.js';

export interface WebStack {
  url: string;
  store: Store;
  runtime: AssistantRuntime;
  key(useCase?: string): Promise<string>;
  close(): Promise<void>;
}

export async function startWebStack(docsPaths: string[]): Promise<WebStack> {
  const dir = mkdtempSync(join(tmpdir(), 'bastion-web-'));
  const db = join(dir, 'bastion.db');
  const loaded = parseConfig(
    `server: { host: 127.0.0.1, port: 0 }
store: sqlite://${db}
counters: memory
providers:
  local: { type: local, hosting: local }
models:
  bastion-docs: { provider: local, dataClasses: [public, internal, confidential, pii] }
useCases:
  # The extractive docs model can only return documentation text, so harmful-intent detection on questions
  # is flagged rather than blocking (the default detector also flags ordinary how-to questions).
  docs: { models: [bastion-docs], guards: { input: { harmful_intent: { action: flag } } } }
audit: { content: hashes }
assistant: { ingestOnStart: [] }
`,
    join(dir, 'bastion.yaml'),
  );
  const store = await openStore({
    store: loaded.config.store,
    counters: loaded.config.counters,
    baseDir: loaded.baseDir,
  });
  const runtime = openAssistant(loaded);
  runtime.ingest(docsPaths);
  const gateway: Gateway = createGateway({
    loaded,
    store,
    localModels: { 'bastion-docs': createDocsModel({ assistant: runtime.assistant }) },
    assistant: createAssistantRoutes(runtime),
    web: serveWebAsset,
  });
  const url = await gateway.listen(0, '127.0.0.1');
  return {
    url,
    store,
    runtime,
    async key(useCase = 'docs') {
      return (await store.keys.create({ useCase })).secret;
    },
    async close() {
      await gateway.close(500);
      await runtime.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
