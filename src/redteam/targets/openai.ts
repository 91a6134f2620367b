import type { Target, TargetRequest, TargetResponse } from '../types.js';
import { failed, postJson } from './post-json.js';

export interface OpenAITargetOptions {
  /** Base URL including /v1, e.g. http://127.0.0.1:8080/v1. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
  headers?: Record<string, string>;
}

interface ChatBody {
  choices?: {
    message?: {
      content?: string | null;
      tool_calls?: { function?: { name?: string; arguments?: string } }[];
    };
  }[];
  error?: { message?: string; code?: string | null };
}

/** Any OpenAI-compatible chat endpoint: OpenAI, Bastion's gateway, Ollama, vLLM, llama.cpp. */
export function createOpenAITarget(options: OpenAITargetOptions): Target {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  return {
    describe: () => `${options.model} at ${options.baseUrl}`,
    async send(req: TargetRequest): Promise<TargetResponse> {
      const body: Record<string, unknown> = { model: options.model, messages: req.messages, ...req.params };
      if (req.tools?.length) {
        body.tools = req.tools.map((t) => ({
          type: 'function',
          function: {
            name: t.name,
            description: t.description,
            parameters: { type: 'object', properties: {} },
          },
        }));
      }
      const headers = {
        ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        ...options.headers,
      };
      const { status, raw, latencyMs } = await postJson(
        url,
        JSON.stringify(body),
        headers,
        req.signal,
        options.timeoutMs,
      );
      let parsed: ChatBody;
      try {
        parsed = JSON.parse(raw) as ChatBody;
      } catch {
        return failed(status, latencyMs, `non-JSON response: ${raw.slice(0, 120)}`);
      }
      if (status >= 400)
        return failed(
          status,
          latencyMs,
          parsed.error?.message ?? `HTTP ${status}`,
          parsed.error?.code ?? undefined,
        );
      const message = parsed.choices?.[0]?.message;
      return {
        status,
        text: message?.content ?? '',
        toolCalls: (message?.tool_calls ?? []).map((c) => ({
          name: c.function?.name ?? '',
          arguments: c.function?.arguments ?? '',
        })),
        latencyMs,
      };
    },
  };
}
