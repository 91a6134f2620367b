import type { Target, TargetRequest, TargetResponse } from '../types.js';
import { failed, postJson } from './post-json.js';

export interface HttpTargetOptions {
  url: string;
  /** JSON body with `{{prompt}}` (the conversation as text) and `{{system}}` placeholders. */
  bodyTemplate: string;
  /** Dot path to the answer text in the JSON response, e.g. `data.answer` or `choices.0.text`. */
  responsePath: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

export function getPath(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.').filter(Boolean)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** A generic JSON-over-HTTP chatbot endpoint, for applications that do not speak OpenAI's protocol. */
export function createHttpTarget(options: HttpTargetOptions): Target {
  return {
    describe: () => options.url,
    async send(req: TargetRequest): Promise<TargetResponse> {
      const system = req.messages.find((m) => m.role === 'system')?.content ?? '';
      const prompt = req.messages
        .filter((m) => m.role !== 'system')
        .map((m) => m.content)
        .join('\n\n');
      // Placeholders are replaced by JSON string literals (without quotes) so any text stays valid JSON.
      const encode = (s: string): string => JSON.stringify(s).slice(1, -1);
      const body = options.bodyTemplate
        .replaceAll('{{prompt}}', encode(prompt))
        .replaceAll('{{system}}', encode(system));
      const { status, raw, latencyMs } = await postJson(
        options.url,
        body,
        options.headers,
        req.signal,
        options.timeoutMs,
      );
      if (status >= 400) return failed(status, latencyMs, raw.slice(0, 200));
      let text = raw;
      try {
        const answer = getPath(JSON.parse(raw), options.responsePath);
        text = typeof answer === 'string' ? answer : JSON.stringify(answer ?? '');
      } catch {
        // A plain-text endpoint: the body is the answer.
      }
      return { status, text, toolCalls: [], latencyMs };
    },
  };
}
