import { randomUUID } from 'node:crypto';
import { BastionError } from '../core/errors/index.js';
import type {
  CallContext,
  ChatChunk,
  ChatMessage,
  ChatRequest,
  ChatResponse,
  ModelAdapter,
  Usage,
} from '../providers/types.js';
import type { Citation, DocsAnswer } from './answer-types.js';
import type { DocsAssistant } from './docs-assistant.js';

export interface DocsModelOptions {
  assistant: DocsAssistant;
  /** The public model name echoed in responses. Default `bastion-docs`. */
  modelName?: string;
  now?: () => number;
}

/** A chat response of the docs model: OpenAI-shaped, plus the structured citations (ignored by OpenAI clients). */
export type DocsChatResponse = ChatResponse & {
  citations: Citation[];
  bastion_docs: Omit<DocsAnswer, 'answer' | 'citations'>;
};
export type DocsChatChunk = ChatChunk & { citations?: Citation[] };

function textOf(message: ChatMessage): string {
  if (typeof message.content === 'string') return message.content;
  if (Array.isArray(message.content))
    return message.content.map((p) => (p.type === 'text' ? p.text : '')).join('\n');
  return '';
}

/** The question is the last user message; earlier turns and system prompts do not steer an extractive answer. */
export function questionOf(req: ChatRequest): string {
  for (let i = req.messages.length - 1; i >= 0; i--) {
    const m = req.messages[i];
    if (m && m.role === 'user') return textOf(m);
  }
  throw new BastionError(
    'BASTION_ERR_ASSISTANT_QUESTION_INVALID',
    'bastion-docs needs a user message with the question',
  );
}

/** The answer as chat content: the text, then one line per citation that clients (and the web page) can parse. */
export function renderContent(answer: DocsAnswer): string {
  if (answer.citations.length === 0) return answer.answer;
  const lines = answer.citations.map((c) => `[${c.index}] ${c.source} — ${c.heading} (${c.id})`);
  return `${answer.answer}\n\nSources:\n${lines.join('\n')}`;
}

// OpenAI's tokenisers average about four characters per token in English; the local model has no tokenizer,
// so usage is this estimate, consistent between requests for limits and budgets.
const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

function usageOf(req: ChatRequest, content: string): Usage {
  const prompt = estimateTokens(req.messages.map(textOf).join('\n'));
  const completion = estimateTokens(content);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

/** Splits content into stream pieces at word boundaries, a few words each, like a model's token stream. */
export function streamPieces(content: string, size = 24): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < content.length) {
    let to = Math.min(content.length, from + size);
    const space = content.indexOf(' ', to);
    if (to < content.length && space > 0 && space - to < 16) to = space + 1;
    out.push(content.slice(from, to));
    from = to;
  }
  return out;
}

/**
 * The `bastion-docs` model: answers the last user message from the docs index, with citations, in OpenAI's
 * chat shapes (streaming too). The gateway registers it on the `local` provider.
 *
 * @example
 * const rt = openAssistant(loaded);
 * const local = createLocalProvider({ 'bastion-docs': createDocsModel({ assistant: rt.assistant }) });
 */
export function createDocsModel(options: DocsModelOptions): ModelAdapter {
  const modelName = options.modelName ?? 'bastion-docs';
  const now = options.now ?? Date.now;
  const answerFor = async (req: ChatRequest, ctx: CallContext) => {
    if (ctx.signal.aborted) throw new BastionError('BASTION_ERR_ASSISTANT_MODEL_FAILED', 'request aborted');
    const answer = await options.assistant.ask(questionOf(req), ctx);
    return { answer, content: renderContent(answer) };
  };
  const meta = (a: DocsAnswer): DocsChatResponse['bastion_docs'] => ({
    answered: a.answered,
    confidence: a.confidence,
    mode: a.mode,
    closest: a.closest,
    unsupported: a.unsupported,
    elapsedMs: a.elapsedMs,
  });
  return {
    async chat(req, ctx): Promise<DocsChatResponse> {
      const { answer, content } = await answerFor(req, ctx);
      return {
        id: `chatcmpl-docs-${randomUUID()}`,
        object: 'chat.completion',
        created: Math.floor(now() / 1000),
        model: modelName,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: usageOf(req, content),
        citations: answer.citations,
        bastion_docs: meta(answer),
      };
    },
    chatStream(req, ctx): AsyncIterable<DocsChatChunk> {
      return {
        async *[Symbol.asyncIterator]() {
          const { answer, content } = await answerFor(req, ctx);
          const base = {
            id: `chatcmpl-docs-${randomUUID()}`,
            object: 'chat.completion.chunk' as const,
            created: Math.floor(now() / 1000),
            model: modelName,
          };
          yield {
            ...base,
            choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }],
          };
          for (const piece of streamPieces(content)) {
            if (ctx.signal.aborted) return;
            yield { ...base, choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] };
          }
          yield {
            ...base,
            choices: [{ index: 0, delta: {}, finish_reason: 'stop' }],
            citations: answer.citations,
          };
          if (req.stream_options?.include_usage) yield { ...base, choices: [], usage: usageOf(req, content) };
        },
      };
    },
  };
}
