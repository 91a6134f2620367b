/**
 * OpenAI-shaped request, response and chunk types: the lingua franca between the gateway and every provider.
 * Adapters for other protocols (Anthropic Messages) translate to and from these shapes, so nothing above
 * `providers/` ever sees a provider-specific format. The zod schemas that validate incoming bodies live at the
 * gateway edge; these are the types they produce.
 */
import type { CallSignal } from './call-signal.js';

export type ChatRole = 'system' | 'developer' | 'user' | 'assistant' | 'tool' | 'function';

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ImageUrlPart {
  type: 'image_url';
  image_url: { url: string; detail?: 'auto' | 'low' | 'high' };
}

export interface InputAudioPart {
  type: 'input_audio';
  input_audio: { data: string; format: string };
}

export interface FilePart {
  type: 'file';
  file: { file_data?: string; file_id?: string; filename?: string };
}

export type ContentPart = TextPart | ImageUrlPart | InputAudioPart | FilePart;

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export interface ChatMessage {
  role: ChatRole;
  /** null on assistant messages that only carry tool calls. */
  content: string | ContentPart[] | null;
  name?: string;
  /** assistant messages: the tool calls the model made. */
  tool_calls?: ToolCall[];
  /** tool messages: which call this message answers. */
  tool_call_id?: string;
  refusal?: string | null;
}

export interface FunctionTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    /** A JSON Schema object. */
    parameters?: Record<string, unknown>;
    strict?: boolean | null;
  };
}

export type ToolChoice = 'none' | 'auto' | 'required' | { type: 'function'; function: { name: string } };

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  temperature?: number | null;
  top_p?: number | null;
  max_tokens?: number | null;
  max_completion_tokens?: number | null;
  stop?: string | string[] | null;
  n?: number | null;
  tools?: FunctionTool[];
  tool_choice?: ToolChoice;
  parallel_tool_calls?: boolean;
  response_format?: { type: 'text' | 'json_object' | 'json_schema'; json_schema?: Record<string, unknown> };
  seed?: number | null;
  user?: string;
  presence_penalty?: number | null;
  frequency_penalty?: number | null;
  logit_bias?: Record<string, number> | null;
  /** Other OpenAI parameters the gateway accepted; openai-compatible upstreams receive them unchanged. */
  [parameter: string]: unknown;
}

export type FinishReason = 'stop' | 'length' | 'tool_calls' | 'content_filter' | 'function_call';

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
  prompt_tokens_details?: { cached_tokens?: number; [detail: string]: unknown };
  completion_tokens_details?: { reasoning_tokens?: number; [detail: string]: unknown };
}

export interface AssistantMessage {
  role: 'assistant';
  content: string | null;
  tool_calls?: ToolCall[];
  refusal?: string | null;
}

export interface ChatChoice {
  index: number;
  message: AssistantMessage;
  finish_reason: FinishReason | null;
  logprobs?: unknown;
}

export interface ChatResponse {
  id: string;
  object: 'chat.completion';
  created: number;
  model: string;
  choices: ChatChoice[];
  usage?: Usage;
  system_fingerprint?: string | null;
}

export interface ToolCallDelta {
  index: number;
  id?: string;
  type?: 'function';
  function?: { name?: string; arguments?: string };
}

export interface ChunkDelta {
  role?: 'assistant';
  content?: string | null;
  tool_calls?: ToolCallDelta[];
  refusal?: string | null;
}

export interface ChunkChoice {
  index: number;
  delta: ChunkDelta;
  finish_reason: FinishReason | null;
  logprobs?: unknown;
}

export interface ChatChunk {
  id: string;
  object: 'chat.completion.chunk';
  created: number;
  model: string;
  choices: ChunkChoice[];
  /** Only on the final chunk, and only when the request asked for `stream_options.include_usage`. */
  usage?: Usage | null;
  system_fingerprint?: string | null;
}

export interface EmbeddingsRequest {
  model: string;
  input: string | string[] | number[] | number[][];
  encoding_format?: 'float' | 'base64';
  dimensions?: number;
  user?: string;
}

export interface Embedding {
  object: 'embedding';
  index: number;
  /** number[] for `float`, a base64 string for `encoding_format: base64`. */
  embedding: number[] | string;
}

export interface EmbeddingsUsage {
  prompt_tokens: number;
  total_tokens: number;
}

export interface EmbeddingsResponse {
  object: 'list';
  data: Embedding[];
  model: string;
  usage: EmbeddingsUsage;
}

export interface ModelInfo {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
}

/** Per-call context from the gateway. */
export interface CallContext {
  /** Aborted when the client goes away or the gateway gives up; adapters stop upstream work at once. */
  signal: CallSignal;
  /** Absolute deadline in the Clock's `now()` milliseconds (epoch); the whole call, retries included, ends by then. */
  deadline?: number;
  /** Sent upstream as `x-request-id` for correlation, and used in logs. */
  requestId: string;
}

/**
 * One model endpoint, in OpenAI shapes. `chatStream` connects lazily (on the first `next()`), so a wrapper can
 * still retry or fall back until the first chunk has been handed to the caller, and never after.
 */
export interface ModelAdapter {
  chat(req: ChatRequest, ctx: CallContext): Promise<ChatResponse>;
  chatStream(req: ChatRequest, ctx: CallContext): AsyncIterable<ChatChunk>;
  embeddings?(req: EmbeddingsRequest, ctx: CallContext): Promise<EmbeddingsResponse>;
}
