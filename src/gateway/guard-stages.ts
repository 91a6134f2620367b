import type { ChatMessage, ChatRequest, ChatResponse, EmbeddingsRequest } from '../providers/types.js';
import type { RequestContext } from './context.js';
import type { GatewayCore } from './core.js';
import { blockedError, guardText, type ActedFinding } from './guard-policy.js';
import type { Stage } from './pipeline.js';

const SCANNED_ROLES: Readonly<Record<string, 'user' | 'tool'>> = {
  user: 'user',
  tool: 'tool',
  function: 'tool',
};

function note(
  ctx: RequestContext,
  gw: GatewayCore,
  acted: readonly ActedFinding[],
  direction: 'input' | 'output',
): void {
  for (const a of acted) {
    ctx.findings.push(a.finding);
    gw.metrics.guardFindings.inc({ scanner: a.finding.scanner, direction });
  }
  if (acted.length > 0) {
    const key = direction === 'input' ? 'guardsInput' : 'guardsOutput';
    const list = (ctx.extra[key] as string[] | undefined) ?? [];
    for (const a of acted) list.push(`${a.finding.scanner}:${a.action}`);
    ctx.extra[key] = list;
  }
}

/**
 * Input guards over every message a user or a tool wrote (tool results carry indirect injection); the
 * application's own system prompt is not scanned. Blocks with 400 and the reasons, or redacts in place.
 */
export const chatInputGuards: Stage = {
  name: 'guards_input',
  run(ctx, gw) {
    const request = ctx.chatRequest as ChatRequest;
    const useCase = ctx.useCaseId;
    if (!gw.guards || useCase === null || ctx.chatResponse) return;
    let messages: ChatMessage[] | undefined;
    request.messages.forEach((message, i) => {
      const source = SCANNED_ROLES[message.role];
      if (!source || message.content === null) return;
      const replace = (updated: ChatMessage): void => {
        messages ??= [...request.messages];
        messages[i] = updated;
      };
      if (typeof message.content === 'string') {
        const verdict = guardText(
          gw.guards as NonNullable<typeof gw.guards>,
          message.content,
          'input',
          useCase,
          source,
        );
        note(ctx, gw, verdict.acted, 'input');
        if (verdict.blocked.length > 0) throw blockedError('input', verdict.blocked);
        if (verdict.text !== message.content) replace({ ...message, content: verdict.text });
        return;
      }
      const parts = message.content.map((part) => {
        if (part.type !== 'text') return part;
        const verdict = guardText(
          gw.guards as NonNullable<typeof gw.guards>,
          part.text,
          'input',
          useCase,
          source,
        );
        note(ctx, gw, verdict.acted, 'input');
        if (verdict.blocked.length > 0) throw blockedError('input', verdict.blocked);
        return verdict.text === part.text ? part : { ...part, text: verdict.text };
      });
      if (parts.some((p, j) => p !== (message.content as unknown[])[j]))
        replace({ ...message, content: parts });
    });
    if (messages) {
      ctx.chatRequest = { ...request, messages };
      ctx.extra.redacted = true;
      ctx.promptText = JSON.stringify(messages);
    }
  },
};

export const embeddingsInputGuards: Stage = {
  name: 'guards_input',
  run(ctx, gw) {
    const request = ctx.embeddingsRequest as EmbeddingsRequest;
    const useCase = ctx.useCaseId;
    if (!gw.guards || useCase === null) return;
    const inputs = typeof request.input === 'string' ? [request.input] : request.input;
    let changed = false;
    const out = inputs.map((input) => {
      if (typeof input !== 'string') return input;
      const verdict = guardText(gw.guards as NonNullable<typeof gw.guards>, input, 'input', useCase, 'user');
      note(ctx, gw, verdict.acted, 'input');
      if (verdict.blocked.length > 0) throw blockedError('input', verdict.blocked);
      if (verdict.text !== input) changed = true;
      return verdict.text;
    });
    if (changed) {
      ctx.embeddingsRequest = {
        ...request,
        input: typeof request.input === 'string' ? (out[0] as string) : (out as string[]),
      };
      ctx.extra.redacted = true;
    }
  },
};

/**
 * Output guards on a complete answer. A blocked answer is replaced by a notice with finish_reason
 * `content_filter` (what OpenAI-compatible clients already handle); redactions are applied in place.
 */
export function guardChatResponse(ctx: RequestContext, gw: GatewayCore, response: ChatResponse): void {
  const useCase = ctx.useCaseId;
  if (!gw.guards || useCase === null) return;
  for (const choice of response.choices) {
    const content = choice.message.content;
    if (typeof content !== 'string' || content.length === 0) continue;
    const verdict = guardText(gw.guards, content, 'output', useCase, 'model');
    note(ctx, gw, verdict.acted, 'output');
    if (verdict.blocked.length > 0) {
      choice.message.content = `[${blockedError('output', verdict.blocked).message}]`;
      choice.finish_reason = 'content_filter';
      ctx.extra.outputBlocked = true;
    } else if (verdict.text !== content) {
      choice.message.content = verdict.text;
      ctx.extra.redacted = true;
    }
  }
}

export { note as noteGuardFindings };
