import type { ChatMessage, ChatRequest, ChatResponse, EmbeddingsRequest } from '../providers/types.js';
import type { RequestContext } from './context.js';
import type { GatewayCore } from './core.js';
import { createCanary, plantCanary } from '../guards/canary.js';
import { createVault } from '../guards/vault.js';
import {
  blockedError,
  guardText,
  type ActedFinding,
  type GuardVerdict,
  type PolicyTarget,
} from './guard-policy.js';
import type { Stage } from './pipeline.js';
import { contentText } from './tokens.js';

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

/** Where the prompt goes, for the data-class rules; the vault holds this request's tokenised values. */
function targetOf(ctx: RequestContext, gw: GatewayCore): PolicyTarget {
  const useCase = ctx.useCase;
  const model = ctx.plan?.model;
  ctx.vault ??= createVault();
  return {
    ...(model && ctx.model ? { model: { name: ctx.model, dataClasses: model.dataClasses } } : {}),
    ...(useCase && ctx.useCaseId !== null
      ? {
          useCase: {
            id: ctx.useCaseId,
            onDisallowedData: useCase.onDisallowedData,
            models: useCase.models,
            ...(useCase.dataClasses ? { dataClasses: useCase.dataClasses } : {}),
          },
        }
      : {}),
    models: gw.config.models,
    vault: ctx.vault,
  };
}

/** Blocks with the reasons, or notes a reroute to a model allowed to receive the data. */
function checkInput(ctx: RequestContext, verdict: GuardVerdict): void {
  if (verdict.action === 'block') throw blockedError('input', verdict.reasons);
  if (verdict.rerouteTo !== undefined) ctx.rerouteTo = verdict.rerouteTo;
}

/**
 * The data-class rule chose another model of the use case, one allowed to receive what the prompt holds:
 * the call goes there (and only there — its own fallbacks could widen where the data goes).
 */
function applyReroute(ctx: RequestContext, gw: GatewayCore, kind: 'chat' | 'embeddings'): void {
  const to = ctx.rerouteTo;
  if (to === undefined || !ctx.plan) return;
  const model = gw.config.models[to];
  if (!model || model.kind !== kind || !gw.availability.get(to)?.available) {
    throw blockedError('input', [`the data may only go to model ${to}, which cannot serve this request now`]);
  }
  ctx.extra.reroutedFrom = ctx.model;
  ctx.extra.reroutedTo = to;
  ctx.plan = { model, models: [to] };
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
    // One target (one vault) for every message of the request, built on the first finding.
    let built: PolicyTarget | undefined;
    const target = (): PolicyTarget => (built ??= targetOf(ctx, gw));
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
          target,
        );
        note(ctx, gw, verdict.acted, 'input');
        checkInput(ctx, verdict);
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
          target,
        );
        note(ctx, gw, verdict.acted, 'input');
        checkInput(ctx, verdict);
        return verdict.text === part.text ? part : { ...part, text: verdict.text };
      });
      if (parts.some((p, j) => p !== (message.content as unknown[])[j]))
        replace({ ...message, content: parts });
    });
    applyReroute(ctx, gw, 'chat');
    if (messages) {
      ctx.chatRequest = { ...request, messages };
      ctx.extra.redacted = true;
      ctx.promptText = JSON.stringify(messages);
    }
    plantRequestCanary(ctx, gw.guards, useCase);
  },
};

/** Each request's canary, kept off the context's `extra` (which goes to the audit record). */
const canaries = new WeakMap<RequestContext, string>();

/**
 * `guards.output.canary.options.plant: true`: a fresh canary goes into the first system (or developer) message, as a
 * reference the model is told never to repeat; the output scans then look for it, also spaced out, reversed or
 * encoded. Only after the input guards, so it is never scanned, tokenised or kept as prompt text in the audit log.
 */
function plantRequestCanary(
  ctx: RequestContext,
  engine: NonNullable<GatewayCore['guards']>,
  useCase: string,
): void {
  const setting = engine.settings('output', useCase).get('canary');
  if (setting?.options.plant !== true) return;
  const request = ctx.chatRequest as ChatRequest;
  const at = request.messages.findIndex(
    (m) => (m.role === 'system' || m.role === 'developer') && typeof m.content === 'string',
  );
  if (at === -1) return;
  const canary = createCanary();
  const messages = [...request.messages];
  const system = messages[at] as ChatMessage;
  messages[at] = { ...system, content: plantCanary(system.content as string, canary) };
  ctx.chatRequest = { ...request, messages };
  canaries.set(ctx, canary);
  ctx.extra.canary = true;
}

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
      const verdict = guardText(
        gw.guards as NonNullable<typeof gw.guards>,
        input,
        'input',
        useCase,
        'user',
        () => ({
          ...targetOf(ctx, gw),
          vault: undefined,
        }),
      );
      note(ctx, gw, verdict.acted, 'input');
      checkInput(ctx, verdict);
      if (verdict.text !== input) changed = true;
      return verdict.text;
    });
    applyReroute(ctx, gw, 'embeddings');
    if (changed) {
      ctx.embeddingsRequest = {
        ...request,
        input: typeof request.input === 'string' ? (out[0] as string) : (out as string[]),
      };
      ctx.extra.redacted = true;
      // What the audit keeps in `redacted` mode: the guarded input, never the one the client sent.
      ctx.promptText = JSON.stringify(ctx.embeddingsRequest.input);
    }
  },
};

/**
 * What the output scanners need to know about the request: its system prompt (system and developer messages), so
 * an answer that repeats it is caught as a prompt leak, and the canary planted in it. Empty when there is none.
 */
export function outputFacts(ctx: RequestContext): { systemPrompt?: string; canaries?: string[] } {
  const messages = ctx.chatRequest?.messages;
  if (!messages) return {};
  const canary = canaries.get(ctx);
  let systemPrompt = '';
  for (const message of messages) {
    if (message.role !== 'system' && message.role !== 'developer') continue;
    const text = contentText(message.content);
    if (text) systemPrompt += systemPrompt ? `\n${text}` : text;
  }
  return {
    ...(systemPrompt ? { systemPrompt } : {}),
    ...(canary === undefined ? {} : { canaries: [canary] }),
  };
}

/**
 * Output guards on a complete answer. A blocked answer is replaced by a notice with finish_reason
 * `content_filter` (what OpenAI-compatible clients already handle); redactions are applied in place.
 */
export function guardChatResponse(ctx: RequestContext, gw: GatewayCore, response: ChatResponse): void {
  const useCase = ctx.useCaseId;
  if (!gw.guards || useCase === null) return;
  let facts: ReturnType<typeof outputFacts> | undefined;
  for (const choice of response.choices) {
    let content = choice.message.content;
    if (typeof content !== 'string' || content.length === 0) continue;
    // The model answered about placeholders; the user gets the values back before the output guards look.
    if (ctx.vault && ctx.vault.size > 0) {
      content = ctx.vault.detokenize(content);
      choice.message.content = content;
    }
    const verdict = guardText(
      gw.guards,
      content,
      'output',
      useCase,
      'model',
      {},
      (facts ??= outputFacts(ctx)),
    );
    note(ctx, gw, verdict.acted, 'output');
    if (verdict.action === 'block') {
      choice.message.content = `[${blockedError('output', verdict.reasons).message}]`;
      choice.finish_reason = 'content_filter';
      ctx.extra.outputBlocked = true;
      ctx.extra.reasons = verdict.reasons;
    } else if (verdict.text !== content) {
      choice.message.content = verdict.text;
      // Its own flag: a redacted answer must not make the audit keep an unredacted prompt (audit-entry.ts).
      ctx.extra.responseRedacted = true;
    }
  }
}

export { note as noteGuardFindings };
