import { request } from 'undici';
import type { Target, TargetRequest, TargetResponse } from '../types.js';

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
      const started = performance.now();
      const res = await request(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify(body),
        signal: req.signal,
        headersTimeout: options.timeoutMs,
        bodyTimeout: options.timeoutMs,
      });
      const raw = await res.body.text();
      const latencyMs = performance.now() - started;
      let parsed: ChatBody = {};
      try {
        parsed = JSON.parse(raw) as ChatBody;
      } catch {
        return {
          status: res.statusCode,
          text: '',
          toolCalls: [],
          latencyMs,
          error: { message: `non-JSON response: ${raw.slice(0, 120)}` },
        };
      }
      if (res.statusCode >= 400) {
        return {
          status: res.statusCode,
          text: '',
          toolCalls: [],
          latencyMs,
          error: {
            code: parsed.error?.code ?? undefined,
            message: parsed.error?.message ?? `HTTP ${res.statusCode}`,
          },
        };
      }
      const message = parsed.choices?.[0]?.message;
      return {
        status: res.statusCode,
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
