import { BastionError, toBastionError } from '../../core/errors/index.js';
import { withMembers } from '../../core/objects.js';
import { decideTools, withoutTools } from '../../policy/index.js';
import { responseToChunks } from '../../providers/index.js';
import type { ChatChunk, ChatRequest, ChatResponse, Routed, ToolCall } from '../../providers/index.js';
import { chatRequestSchema, parseBody } from '../api-schemas.js';
import { approvalView } from '../approvals.js';
import { blockedError } from '../guard-policy.js';
import { chatInputGuards, guardChatResponse, noteGuardFindings, outputFacts } from '../guard-stages.js';
import { createStreamGuard, type StreamGuard } from '../guard-stream.js';
import type { StreamDetokenizer } from '../../guards/vault.js';
import type { RequestContext } from '../context.js';
import type { GatewayCore } from '../core.js';
import { settleLimits } from '../limits.js';
import { policyReasons, runStages, writeAudit, type Stage } from '../pipeline.js';
import { endOfTurn } from '../turn.js';
import { SSE_HEADERS, endStream, endWithError, holdLastEvents, writeEvent } from '../sse.js';
import {
  authStage,
  chargeEstimate,
  countUpstreamFailure,
  noteRouted,
  planModel,
  readBodyStage,
} from '../stages.js';
import { completionBudget, contentText, costUsd, estimatePromptTokens, textTokens } from '../tokens.js';

const APPROVAL_HEADER = 'x-bastion-approval';

const validate: Stage = {
  name: 'parse',
  run(ctx) {
    const data = parseBody(chatRequestSchema, ctx.body);
    ctx.chatRequest = data as ChatRequest;
    ctx.model = data.model;
    ctx.stream = data.stream === true;
  },
};

const scope: Stage = {
  name: 'scope',
  run(ctx, gw) {
    const request = ctx.chatRequest as ChatRequest;
    ctx.plan = planModel(ctx, gw, request.model, 'chat');
    // The prompt is kept only as the audit policy says; the hash is over the messages as sent.
    ctx.promptText = JSON.stringify(request.messages);
    const approvalId = ctx.req.headers[APPROVAL_HEADER];
    if (typeof approvalId === 'string') return collectApproval(ctx, gw, approvalId);
  },
};

/** A retry carrying an approval id gets the held answer once a reviewer approved it; no new upstream call. */
async function collectApproval(ctx: RequestContext, gw: GatewayCore, id: string): Promise<void> {
  const approval = await gw.approvals.collect(id, ctx.key?.id ?? '', gw.clock.now());
  if (!approval) {
    throw new BastionError('BASTION_ERR_GATEWAY_APPROVAL_NOT_FOUND', undefined, {
      details: { param: APPROVAL_HEADER },
    });
  }
  ctx.extra.approval = id;
  if (approval.status === 'pending')
    throw heldError(approval.id, approval.toolCalls, 'is still waiting for a reviewer');
  if (approval.status === 'denied') throw new BastionError('BASTION_ERR_GATEWAY_APPROVAL_DENIED');
  if (approval.status === 'delivered') {
    throw new BastionError('BASTION_ERR_GATEWAY_APPROVAL_NOT_FOUND', `Approval ${id} was already collected`);
  }
  // collect() marked it delivered: a second retry, on any worker, is refused.
  ctx.chatResponse = approval.response;
}

function heldError(id: string, calls: readonly ToolCall[], state: string): BastionError {
  const names = calls.map((c) => c.function.name).join(', ');
  return new BastionError(
    'BASTION_ERR_GATEWAY_TOOLS_APPROVAL',
    `The model asked to call ${names}; approval ${id} ${state}. A reviewer approves with POST /admin/v1/approvals/${id}/approve; then resend the same request with header ${APPROVAL_HEADER}: ${id}`,
    { details: { client: { approval_id: id, tool_calls: calls.map((c) => c.function.name) } } },
  );
}

const limits: Stage = {
  name: 'limits',
  run(ctx, gw) {
    if (ctx.chatResponse) return undefined; // collecting an approved answer: already charged
    const request = ctx.chatRequest as ChatRequest;
    const plan = ctx.plan;
    if (!plan) return undefined;
    const prompt = estimatePromptTokens(request.messages);
    const completion = completionBudget(request, plan.model);
    ctx.tokensIn = prompt;
    return chargeEstimate(ctx, gw, prompt + completion, costUsd(plan.model, prompt, completion));
  },
};

const policy: Stage = {
  name: 'policy',
  run(ctx) {
    const request = ctx.chatRequest as ChatRequest;
    const useCase = ctx.useCase;
    if (!useCase || ctx.useCaseId === null) return;
    ctx.tools = decideTools(useCase.tools, request, ctx.useCaseId);
    if (ctx.tools.stripRequest) {
      ctx.chatRequest = withoutTools(request);
      ctx.extra.toolsStripped = true;
    }
  },
};

function callContext(ctx: RequestContext) {
  return { signal: ctx.abort, requestId: ctx.id };
}

/** Non-streaming call: the model, then allowed fallbacks on overload or outage. */
const upstream: Stage = {
  name: 'upstream',
  async run(ctx, gw) {
    if (ctx.chatResponse) return;
    const plan = ctx.plan;
    const request = ctx.chatRequest as ChatRequest;
    if (!plan) return;
    if (!ctx.waitedForTurn) await endOfTurn();
    try {
      const routed = await gw.providers.chat(
        plan.models,
        withMembers(request, { stream: false }),
        callContext(ctx),
      );
      noteRouted(ctx, gw, routed);
      ctx.chatResponse = routed.result;
    } catch (error) {
      countUpstreamFailure(gw, error);
      throw error;
    }
  },
};

/** Output guards on the answer, then its tool calls: stripped or held for approval as the use case says. */
const toolCalls: Stage = {
  name: 'guards_output',
  run(ctx, gw) {
    const response = ctx.chatResponse;
    const tools = ctx.tools;
    if (!response || !tools || ctx.extra.approval !== undefined) return;
    guardChatResponse(ctx, gw, response);
    const calls: ToolCall[] = [];
    for (const choice of response.choices)
      if (choice.message.tool_calls) calls.push(...choice.message.tool_calls);
    if (calls.length === 0) return;
    // Only a held call awaits (the approvals may live in the cluster primary); every other answer stays synchronous.
    if (tools.holdCalls) return holdCalls(ctx, gw, response, calls);
    if (tools.stripCalls) {
      for (const choice of response.choices) {
        delete choice.message.tool_calls;
        if (choice.finish_reason === 'tool_calls') choice.finish_reason = 'stop';
      }
      ctx.extra.toolCallsStripped = calls.length;
    }
  },
};

async function holdCalls(
  ctx: RequestContext,
  gw: GatewayCore,
  response: ChatResponse,
  calls: ToolCall[],
): Promise<void> {
  recordUsage(ctx, gw, response);
  const approval = await gw.approvals.hold(
    {
      keyId: ctx.key?.id ?? '',
      useCase: ctx.useCaseId ?? '',
      model: ctx.servedBy ?? ctx.model ?? '',
      requestId: ctx.id,
      toolCalls: calls,
      response,
    },
    gw.clock.now(),
  );
  ctx.extra.approval = approval.id;
  gw.log.info('tool call held for approval', { requestId: ctx.id, approval: approvalView(approval) });
  throw heldError(approval.id, calls, 'was created');
}

function recordUsage(ctx: RequestContext, gw: GatewayCore, response: ChatResponse): void {
  const plan = ctx.plan;
  if (!plan || ctx.extra.approval !== undefined) return;
  let text = '';
  for (const choice of response.choices) text += contentText(choice.message.content ?? '');
  ctx.responseText = text;
  if (response.id) ctx.extra.responseId = response.id;
  ctx.tokensIn = response.usage?.prompt_tokens ?? ctx.tokensIn;
  ctx.tokensOut = response.usage?.completion_tokens ?? textTokens(text);
  ctx.costUsd = costUsd(gw.config.models[ctx.servedBy ?? ''] ?? plan.model, ctx.tokensIn, ctx.tokensOut);
  if (ctx.reservation && gw.store) {
    settleLimits(
      gw.store.counters,
      ctx.reservation,
      { tokens: ctx.tokensIn + ctx.tokensOut, costUsd: ctx.costUsd },
      ctx.log,
      ctx.id,
    );
    ctx.reservation = undefined; // settled
  }
}

const PRE_CALL: readonly Stage[] = [
  authStage,
  readBodyStage,
  validate,
  scope,
  limits,
  chatInputGuards,
  policy,
];

/** POST /v1/chat/completions */
export async function handleChat(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  await runStages(ctx, gw, PRE_CALL);
  if (ctx.stream) return streamChat(ctx, gw);
  await runStages(ctx, gw, [upstream, toolCalls]);
  const response = ctx.chatResponse as ChatResponse;
  recordUsage(ctx, gw, response);
  ctx.status = 200;
  await writeAudit(ctx, gw);
  const payload = JSON.stringify(response);
  ctx.res.writeHead(200, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(payload),
    'x-request-id': ctx.id,
  });
  ctx.res.end(payload);
}

interface ToolCallAccumulator {
  id: string;
  name: string;
  arguments: string;
}

/**
 * Streaming: fallback is possible only until the first chunk reaches the client. The upstream is always
 * asked for usage (accurate cost), and the usage chunk is dropped when the client did not ask for it.
 */
async function streamChat(ctx: RequestContext, gw: GatewayCore): Promise<void> {
  const plan = ctx.plan;
  const original = ctx.chatRequest as ChatRequest;
  const tools = ctx.tools;
  if (!plan || !tools) throw new BastionError('BASTION_ERR_INTERNAL', 'stream without a plan');
  const wantUsage = original.stream_options?.include_usage === true;
  const res = ctx.res;
  const signal = ctx.abort;

  if (ctx.chatResponse) {
    // An approved answer collected as a stream.
    res.writeHead(200, withMembers(SSE_HEADERS, { 'x-request-id': ctx.id }));
    for (const chunk of responseToChunks(ctx.chatResponse, { includeUsage: wantUsage }))
      await writeEvent(res, JSON.stringify(chunk), signal);
    holdLastEvents(res);
    ctx.status = 200;
    await writeAudit(ctx, gw).catch((error: unknown) => endWithError(res, toBastionError(error)));
    endStream(res);
    return;
  }

  const request: ChatRequest = withMembers(original, {
    stream: true,
    stream_options: withMembers(original.stream_options ?? {}, { include_usage: true }),
  });
  if (!ctx.waitedForTurn) await endOfTurn();
  const t0 = performance.now();
  let routed: Routed<AsyncIterable<ChatChunk>>;
  try {
    routed = await gw.providers.chatStream(plan.models, request, callContext(ctx));
  } catch (error) {
    countUpstreamFailure(gw, error);
    throw error;
  }
  noteRouted(ctx, gw, routed);
  const iterator = routed.result[Symbol.asyncIterator]();
  const first = await iterator.next().catch((error: unknown) => {
    countUpstreamFailure(gw, error);
    throw error;
  });
  ctx.timings.upstream_first_chunk = performance.now() - t0;
  // The answer's id in the audit record: feedback names answers by it (POST /v1/feedback response_id).
  if (!first.done && first.value.id) ctx.extra.responseId = first.value.id;

  res.writeHead(200, withMembers(SSE_HEADERS, { 'x-request-id': ctx.id }));
  ctx.status = 200;
  let text = '';
  let usage: ChatChunk['usage'] = undefined;
  let guardTime = 0;
  const held = new Map<number, ToolCallAccumulator>();
  let heldTemplate: ChatChunk | undefined;
  const guards = new Map<number, StreamGuard>();
  const detokenizers = new Map<number, StreamDetokenizer>();
  const vault = ctx.vault;
  const useCaseId = ctx.useCaseId;
  try {
    for (let step = first; step !== undefined && !step.done; step = await iterator.next()) {
      if (signal.aborted) break;
      const chunk = step.value;
      const g0 = performance.now();
      if (chunk.usage) {
        usage = chunk.usage;
        if (!wantUsage) {
          if (chunk.choices.length === 0) continue;
          chunk.usage = undefined;
        }
      }
      let keep = chunk.choices.length > 0 || chunk.usage !== undefined;
      for (const choice of chunk.choices) {
        if (typeof choice.delta.content === 'string') text += choice.delta.content;
        if (useCaseId !== null && gw.guards) {
          // Output guards with a hold-back window: content is released only once it has been scanned whole.
          let guard = guards.get(choice.index);
          if (!guard) {
            guard = createStreamGuard(gw.guards, useCaseId, outputFacts(ctx));
            guards.set(choice.index, guard);
          }
          // Placeholders of tokenised values are restored first (held back while incomplete), then scanned.
          let delta = typeof choice.delta.content === 'string' ? choice.delta.content : '';
          if (vault && vault.size > 0) {
            let detok = detokenizers.get(choice.index);
            if (!detok) {
              detok = vault.createDetokenizer();
              detokenizers.set(choice.index, detok);
            }
            delta = detok.push(delta) + (choice.finish_reason !== null ? detok.flush() : '');
          }
          let released = delta.length > 0 ? guard.push(delta) : '';
          if (choice.finish_reason !== null) released += guard.flush();
          if (guard.blocked.length > 0) throw blockedError('output', guard.reasons);
          if (typeof choice.delta.content === 'string' || released.length > 0)
            choice.delta.content = released;
          if (
            released.length === 0 &&
            choice.finish_reason === null &&
            choice.delta.role === undefined &&
            !choice.delta.tool_calls &&
            chunk.choices.length === 1 &&
            !chunk.usage
          ) {
            keep = false;
          }
        }
        const deltas = choice.delta.tool_calls;
        if (deltas && (tools.holdCalls || tools.stripCalls)) {
          for (const d of deltas) {
            const acc = held.get(d.index) ?? { id: '', name: '', arguments: '' };
            if (d.id) acc.id = d.id;
            if (d.function?.name) acc.name += d.function.name;
            if (d.function?.arguments) acc.arguments += d.function.arguments;
            held.set(d.index, acc);
          }
          heldTemplate ??= chunk;
          delete choice.delta.tool_calls;
          const empty =
            choice.delta.content == null && choice.delta.role === undefined && choice.finish_reason === null;
          if (empty && chunk.choices.length === 1 && !chunk.usage) keep = false;
        }
        if (choice.finish_reason === 'tool_calls' && held.size > 0) {
          if (tools.holdCalls)
            keep = false; // the finish is sent once a reviewer approved
          else choice.finish_reason = 'stop';
        }
      }
      guardTime += performance.now() - g0;
      if (keep) {
        const pending = writeEvent(res, JSON.stringify(chunk), signal);
        if (pending) await pending;
      }
    }
  } catch (error) {
    // Mid-stream failure: no fallback any more (the client has part of an answer); say so in-band.
    const failure = toBastionError(error);
    if (failure.code === 'BASTION_ERR_POLICY_BLOCKED') {
      void iterator.return?.(); // stop generating what will not be sent
      ctx.extra.outputBlocked = true;
      policyReasons(ctx, failure);
    } else countUpstreamFailure(gw, error);
    ctx.status = signal.aborted ? 499 : failure.code === 'BASTION_ERR_POLICY_BLOCKED' ? failure.status : 502;
    ctx.errorCode = failure.code;
    finishStreamUsage(ctx, gw, text, usage);
    await writeAudit(ctx, gw).catch((auditError: unknown) =>
      ctx.log.error('audit append failed', { requestId: ctx.id, error: auditError }),
    );
    ctx.log.warn('stream failed after it started', { requestId: ctx.id, code: failure.code });
    endWithError(res, failure);
    return;
  } finally {
    ctx.timings.upstream = performance.now() - t0 - guardTime;
    ctx.timings.guards_output = guardTime;
    for (const guard of guards.values()) {
      noteGuardFindings(
        ctx,
        gw,
        guard.findings.map((finding) => ({ finding, action: 'flag' as const })),
        'output',
      );
    }
  }
  if (signal.aborted) {
    void iterator.return?.();
    ctx.status = 499;
    ctx.errorCode = 'client_closed';
  }
  finishStreamUsage(ctx, gw, text, usage);
  holdLastEvents(res);

  if (held.size > 0 && tools.holdCalls && !signal.aborted) {
    const calls: ToolCall[] = [...held.values()].map((c) => ({
      id: c.id,
      type: 'function',
      function: { name: c.name, arguments: c.arguments },
    }));
    const response: ChatResponse = {
      id: heldTemplate?.id ?? ctx.id,
      object: 'chat.completion',
      created: heldTemplate?.created ?? Math.floor(gw.clock.now() / 1000),
      model: heldTemplate?.model ?? ctx.servedBy ?? '',
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content: text || null, tool_calls: calls },
          finish_reason: 'tool_calls',
        },
      ],
      ...(usage ? { usage } : {}),
    };
    const approval = await gw.approvals.hold(
      {
        keyId: ctx.key?.id ?? '',
        useCase: ctx.useCaseId ?? '',
        model: ctx.servedBy ?? '',
        requestId: ctx.id,
        toolCalls: calls,
        response,
      },
      gw.clock.now(),
    );
    ctx.extra.approval = approval.id;
    ctx.status = 409;
    ctx.errorCode = 'BASTION_ERR_GATEWAY_TOOLS_APPROVAL';
    const error = heldError(approval.id, calls, 'was created');
    await writeAudit(ctx, gw).catch((auditError: unknown) =>
      ctx.log.error('audit append failed', { requestId: ctx.id, error: auditError }),
    );
    endWithError(res, error);
    return;
  }
  if (held.size > 0) ctx.extra.toolCallsStripped = held.size;

  try {
    await writeAudit(ctx, gw);
  } catch (error) {
    // Fail-closed for streams: the client gets an error event instead of [DONE], so the answer counts as failed.
    ctx.log.error('audit append failed at the end of a stream', { requestId: ctx.id, error });
    endWithError(res, toBastionError(error));
    return;
  }
  endStream(res);
}

function finishStreamUsage(
  ctx: RequestContext,
  gw: GatewayCore,
  text: string,
  usage: ChatChunk['usage'],
): void {
  const plan = ctx.plan;
  if (!plan) return;
  ctx.responseText = text;
  ctx.tokensIn = usage?.prompt_tokens ?? ctx.tokensIn;
  ctx.tokensOut = usage?.completion_tokens ?? textTokens(text);
  ctx.costUsd = costUsd(gw.config.models[ctx.servedBy ?? ''] ?? plan.model, ctx.tokensIn, ctx.tokensOut);
  if (ctx.reservation && gw.store) {
    settleLimits(
      gw.store.counters,
      ctx.reservation,
      { tokens: ctx.tokensIn + ctx.tokensOut, costUsd: ctx.costUsd },
      ctx.log,
      ctx.id,
    );
    ctx.reservation = undefined; // settled
  }
}
