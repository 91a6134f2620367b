/**
 * OpenAI chat shapes ⇄ Anthropic Messages API shapes (https://docs.anthropic.com/en/api/messages).
 * Pure functions: no I/O, so every mapping rule is unit-tested directly.
 */
import { BastionError } from '../../core/errors/index.js';
import type {
  ChatMessage,
  ChatRequest,
  ChatResponse,
  ContentPart,
  FinishReason,
  ToolCall,
  ToolChoice,
  Usage,
} from '../types.js';

export type AnthropicBlock =
  | { type: 'text'; text: string }
  | {
      type: 'image';
      source: { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string };
    }
  | { type: 'tool_use'; id: string; name: string; input: unknown }
  | { type: 'tool_result'; tool_use_id: string; content: string };

export interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: AnthropicBlock[];
}

export interface AnthropicRequest {
  model: string;
  max_tokens: number;
  messages: AnthropicMessage[];
  system?: string;
  stream?: boolean;
  temperature?: number;
  top_p?: number;
  stop_sequences?: string[];
  tools?: { name: string; description?: string; input_schema: Record<string, unknown> }[];
  tool_choice?:
    | { type: 'auto' | 'any' | 'none'; disable_parallel_tool_use?: boolean }
    | { type: 'tool'; name: string; disable_parallel_tool_use?: boolean };
  metadata?: { user_id: string };
}

export interface AnthropicUsage {
  input_tokens?: number;
  output_tokens?: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

export interface AnthropicResponse {
  id: string;
  model: string;
  content: { type: string; text?: string; id?: string; name?: string; input?: unknown }[];
  stop_reason: string | null;
  usage: AnthropicUsage;
}

/** Anthropic requires max_tokens; OpenAI clients often omit it. */
export const DEFAULT_MAX_TOKENS = 4096;

const badRequest = (message: string): BastionError =>
  new BastionError('BASTION_ERR_PROVIDERS_BAD_REQUEST', message);

function textOf(content: string | ContentPart[] | null): string {
  if (content === null) return '';
  if (typeof content === 'string') return content;
  let out = '';
  for (const part of content) if (part.type === 'text') out += part.text;
  return out;
}

const DATA_URL = /^data:([^;,]+);base64,(.*)$/s;

function userBlocks(content: string | ContentPart[] | null): AnthropicBlock[] {
  if (content === null) return [];
  if (typeof content === 'string') return content === '' ? [] : [{ type: 'text', text: content }];
  const blocks: AnthropicBlock[] = [];
  for (const part of content) {
    if (part.type === 'text') {
      if (part.text !== '') blocks.push({ type: 'text', text: part.text });
    } else if (part.type === 'image_url') {
      const match = DATA_URL.exec(part.image_url.url);
      blocks.push(
        match
          ? {
              type: 'image',
              source: { type: 'base64', media_type: match[1] as string, data: match[2] as string },
            }
          : { type: 'image', source: { type: 'url', url: part.image_url.url } },
      );
    } else {
      throw badRequest(`content part "${part.type}" cannot be sent to an Anthropic model`);
    }
  }
  return blocks;
}

function toolUse(call: ToolCall): AnthropicBlock {
  let input: unknown;
  try {
    input = call.function.arguments === '' ? {} : JSON.parse(call.function.arguments);
  } catch {
    throw badRequest(`tool call ${call.id}: arguments are not valid JSON`);
  }
  return { type: 'tool_use', id: call.id, name: call.function.name, input };
}

function toolChoice(
  choice: ToolChoice | undefined,
  parallel: boolean | undefined,
): AnthropicRequest['tool_choice'] {
  const disable = parallel === false ? { disable_parallel_tool_use: true } : {};
  if (choice === undefined) return parallel === false ? { type: 'auto', ...disable } : undefined;
  if (choice === 'auto') return { type: 'auto', ...disable };
  if (choice === 'required') return { type: 'any', ...disable };
  if (choice === 'none') return { type: 'none' };
  return { type: 'tool', name: choice.function.name, ...disable };
}

/**
 * Translates an OpenAI chat request. System and developer messages become `system`; tool results become
 * `tool_result` blocks in a user turn; consecutive turns of one role are merged (Anthropic alternates roles).
 */
export function toAnthropicRequest(req: ChatRequest, stream: boolean): AnthropicRequest {
  const system: string[] = [];
  const messages: AnthropicMessage[] = [];
  const append = (role: 'user' | 'assistant', blocks: AnthropicBlock[]): void => {
    if (blocks.length === 0) return;
    const last = messages[messages.length - 1];
    if (last && last.role === role) last.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };
  for (const m of req.messages as ChatMessage[]) {
    switch (m.role) {
      case 'system':
      case 'developer':
        system.push(textOf(m.content));
        break;
      case 'user':
        append('user', userBlocks(m.content));
        break;
      case 'assistant': {
        const text = textOf(m.content);
        const blocks: AnthropicBlock[] = text === '' ? [] : [{ type: 'text', text }];
        for (const call of m.tool_calls ?? []) blocks.push(toolUse(call));
        append('assistant', blocks);
        break;
      }
      case 'tool':
        if (!m.tool_call_id) throw badRequest('a tool message needs tool_call_id');
        append('user', [{ type: 'tool_result', tool_use_id: m.tool_call_id, content: textOf(m.content) }]);
        break;
      default:
        throw badRequest(`role "${m.role}" cannot be sent to an Anthropic model`);
    }
  }
  const out: AnthropicRequest = {
    model: req.model,
    max_tokens: req.max_completion_tokens ?? req.max_tokens ?? DEFAULT_MAX_TOKENS,
    messages,
  };
  if (system.length > 0) out.system = system.join('\n\n');
  if (stream) out.stream = true;
  if (typeof req.temperature === 'number') out.temperature = Math.min(req.temperature, 1); // Anthropic's range is 0–1
  if (typeof req.top_p === 'number') out.top_p = req.top_p;
  if (req.stop != null) out.stop_sequences = Array.isArray(req.stop) ? req.stop : [req.stop];
  if (req.tools && req.tools.length > 0 && req.tool_choice !== 'none') {
    out.tools = req.tools.map((t) => ({
      name: t.function.name,
      ...(t.function.description ? { description: t.function.description } : {}),
      input_schema: t.function.parameters ?? { type: 'object', properties: {} },
    }));
    const choice = toolChoice(req.tool_choice, req.parallel_tool_calls);
    if (choice) out.tool_choice = choice;
  }
  if (typeof req.user === 'string') out.metadata = { user_id: req.user };
  return out;
}

export function finishReason(stop: string | null | undefined): FinishReason | null {
  switch (stop) {
    case null:
    case undefined:
      return null;
    case 'max_tokens':
    case 'model_context_window_exceeded':
      return 'length';
    case 'tool_use':
      return 'tool_calls';
    case 'refusal':
      return 'content_filter';
    default:
      // end_turn, stop_sequence, pause_turn
      return 'stop';
  }
}

/** Anthropic counts cached prompt tokens apart; OpenAI's prompt_tokens includes them. */
export function toUsage(u: AnthropicUsage): Usage {
  const cacheRead = u.cache_read_input_tokens ?? 0;
  const prompt = (u.input_tokens ?? 0) + (u.cache_creation_input_tokens ?? 0) + cacheRead;
  const completion = u.output_tokens ?? 0;
  const usage: Usage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
  };
  if (cacheRead > 0) usage.prompt_tokens_details = { cached_tokens: cacheRead };
  return usage;
}

export function fromAnthropicResponse(res: AnthropicResponse, createdSeconds: number): ChatResponse {
  let text = '';
  let hasText = false;
  const toolCalls: ToolCall[] = [];
  for (const block of res.content) {
    if (block.type === 'text' && typeof block.text === 'string') {
      text += block.text;
      hasText = true;
    } else if (block.type === 'tool_use') {
      toolCalls.push({
        id: block.id ?? `call_${toolCalls.length}`,
        type: 'function',
        function: { name: block.name ?? '', arguments: JSON.stringify(block.input ?? {}) },
      });
    }
    // thinking / redacted_thinking blocks have no OpenAI equivalent and are dropped.
  }
  return {
    id: res.id,
    object: 'chat.completion',
    created: createdSeconds,
    model: res.model,
    choices: [
      {
        index: 0,
        message: {
          role: 'assistant',
          content: hasText ? text : null,
          ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
        },
        finish_reason: finishReason(res.stop_reason),
        logprobs: null,
      },
    ],
    usage: toUsage(res.usage),
  };
}
