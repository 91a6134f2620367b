/**
 * `audit.content: redacted` keeps a prompt or an answer as text only when the guards changed that text, otherwise
 * its hash (docs/keys-and-audit.md): personal data must never reach the audit log by accident. Issue #2 (audit
 * record content as policy says) with #3 (tokenize, redact).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/core/hash.js';
import { defaultYaml, startHarness, type Harness } from '../gateway/harness.js';

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    yaml: (urls) =>
      defaultYaml(urls)
        .replace('audit:\n  content: hashes', 'audit:\n  content: redacted')
        .replace(
          'useCases:\n',
          `useCases:
  tok:
    models: [saas, saas-embed]
    onDisallowedData: tokenize
  redact-in:
    models: [saas-embed]
    guards: { input: { pii: { action: redact } } }
  redact-out:
    models: [fast]
    guards: { output: { pii: { action: redact } } }
`,
        )
        .replace(
          'models:\n',
          `models:
  saas:
    provider: up
    model: gpt-4o-mini
    dataClasses: [public, internal]
  saas-embed:
    provider: up
    model: text-embedding-3-small
    kind: embeddings
    dataClasses: [public, internal, pii]
`,
        ),
  });
});
afterAll(async () => {
  await h.close();
});

const EMAIL = 'jane.doe@example.com';

describe('audit.content: redacted', () => {
  it('keeps the tokenised prompt, and only a hash of the answer that got the personal data back', async () => {
    h.up.reset();
    h.up.set({ echo: true });
    const client = h.client(await h.key({ useCase: 'tok' }));
    const reply = await client.chat.completions.create({
      model: 'saas',
      messages: [{ role: 'user', content: `write to ${EMAIL} today` }],
    });
    h.up.set({});
    expect(reply.choices[0]?.message.content).toBe(`write to ${EMAIL} today`);
    const record = await h.lastAudit();
    expect(record.content.prompt).toContain('<EMAIL_ADDRESS_1>');
    expect(JSON.stringify(record)).not.toContain(EMAIL);
    expect(record.content.response).toBe(sha256Hex(`write to ${EMAIL} today`));
  });

  it('keeps the redacted answer, and only a hash of a prompt the guards did not change', async () => {
    h.up.reset();
    const prompt = 'what is the support address?';
    h.up.set({ content: `Write to ${EMAIL}.` });
    const client = h.client(await h.key({ useCase: 'redact-out' }));
    const reply = await client.chat.completions.create({
      model: 'fast',
      messages: [{ role: 'user', content: prompt }],
    });
    h.up.set({});
    expect(reply.choices[0]?.message.content).not.toContain(EMAIL);
    const record = await h.lastAudit();
    expect(record.content.response).toContain('[REDACTED:EMAIL_ADDRESS]');
    expect(record.content.prompt).toBe(sha256Hex(JSON.stringify([{ role: 'user', content: prompt }])));
  });

  it('keeps the redacted embeddings input, never the one the client sent', async () => {
    h.up.reset();
    const client = h.client(await h.key({ useCase: 'redact-in' }));
    await client.embeddings.create({ model: 'saas-embed', input: `customer ${EMAIL}` });
    expect(JSON.stringify(h.up.last?.body)).not.toContain(EMAIL);
    const record = await h.lastAudit();
    expect(record.content.prompt).toContain('[REDACTED:EMAIL_ADDRESS]');
    expect(JSON.stringify(record)).not.toContain(EMAIL);
  });
});
