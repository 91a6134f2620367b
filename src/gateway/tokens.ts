import type { ModelConfig } from '../core/config/index.js';
import { roundUsd } from '../core/usd.js';

/**
 * Token estimates used to charge limits BEFORE a call (corrected to the upstream's usage after it).
 * ~4 characters per token is OpenAI's own rule of thumb for English; it errs high for code and CJK is
 * under-counted, which the correction step fixes. A real tokenizer would cost more than the whole gateway.
 */
const CHARS_PER_TOKEN = 4;
/** Per-message framing tokens (role, separators) in chat formats. */
const MESSAGE_OVERHEAD = 4;
/** Assumed completion size when the request sets no max_tokens and the model config no maxOutputTokens. */
export const DEFAULT_COMPLETION_ESTIMATE = 256;

export function textTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

/** Text of a message's content (string, or the text parts of an array). */
export function contentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  let out = '';
  for (const part of content) {
    if (part !== null && typeof part === 'object' && typeof (part as { text?: unknown }).text === 'string') {
      out += (part as { text: string }).text;
    }
  }
  return out;
}

export function estimatePromptTokens(messages: readonly { content?: unknown }[]): number {
  let tokens = 0;
  for (const message of messages) tokens += MESSAGE_OVERHEAD + textTokens(contentText(message.content));
  return tokens;
}

export function estimateEmbeddingTokens(input: unknown): number {
  if (typeof input === 'string') return textTokens(input);
  if (!Array.isArray(input)) return 0;
  let tokens = 0;
  for (const item of input) {
    if (typeof item === 'string') tokens += textTokens(item);
    else if (typeof item === 'number') tokens += 1;
    else if (Array.isArray(item)) tokens += item.length;
  }
  return tokens;
}

/** Completion tokens the call may produce: the request's cap, else the model's, else a default. */
export function completionBudget(
  body: { max_tokens?: number | null; max_completion_tokens?: number | null; n?: number | null },
  model: ModelConfig,
): number {
  const cap =
    body.max_completion_tokens ?? body.max_tokens ?? model.maxOutputTokens ?? DEFAULT_COMPLETION_ESTIMATE;
  return cap * (body.n ?? 1);
}

/** The call's cost, rounded once here (core/usd.ts) so audit records, logs and metrics show 0.00000345, not …96. */
export function costUsd(model: ModelConfig, tokensIn: number, tokensOut: number): number {
  return roundUsd((tokensIn / 1000) * model.price.inputPer1k + (tokensOut / 1000) * model.price.outputPer1k);
}
