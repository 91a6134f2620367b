import type { UseCaseConfig } from '../core/config/index.js';
import { BastionError } from '../core/errors/index.js';

export type ToolsMode = UseCaseConfig['tools'];

/** What the gateway does with a request's tools and the model's tool calls. */
export interface ToolsDecision {
  /** Remove tools/functions from the request before it goes upstream. */
  stripRequest: boolean;
  /** Tool calls in the answer are held until a human approves them. */
  holdCalls: boolean;
  /** Tool calls in the answer are removed (defence in depth when the request was stripped). */
  stripCalls: boolean;
}

const TOOL_FIELDS = ['tools', 'tool_choice', 'parallel_tool_calls', 'functions', 'function_call'] as const;

/** True when the request offers the model any tool or legacy function. */
export function requestHasTools(body: Readonly<Record<string, unknown>>): boolean {
  const tools = body.tools;
  const functions = body.functions;
  return (Array.isArray(tools) && tools.length > 0) || (Array.isArray(functions) && functions.length > 0);
}

/**
 * The use case's `tools` policy applied to one request:
 * - `allow`: tools and tool calls pass through;
 * - `approve`: tools pass, but tool calls the model makes are held for a human (409 with an approval id);
 * - `strip`: tools are removed before the call (the model answers in text), tool calls removed from answers;
 * - `deny`: a request that offers tools is refused with 403, so the caller learns at once.
 */
export function decideTools(
  mode: ToolsMode,
  body: Readonly<Record<string, unknown>>,
  useCaseId: string,
): ToolsDecision {
  const hasTools = requestHasTools(body);
  if (!hasTools)
    return { stripRequest: false, holdCalls: false, stripCalls: mode === 'strip' || mode === 'deny' };
  switch (mode) {
    case 'allow':
      return { stripRequest: false, holdCalls: false, stripCalls: false };
    case 'approve':
      return { stripRequest: false, holdCalls: true, stripCalls: false };
    case 'strip':
      return { stripRequest: true, holdCalls: false, stripCalls: true };
    case 'deny':
      throw new BastionError(
        'BASTION_ERR_GATEWAY_TOOLS_DENIED',
        `Use case "${useCaseId}" does not allow tool/function calls (useCases.${useCaseId}.tools: deny); send the request without tools`,
        { details: { param: 'tools' } },
      );
  }
}

/** A copy of the request without tool fields. */
export function withoutTools<T extends Record<string, unknown>>(body: T): T {
  const copy: Record<string, unknown> = { ...body };
  for (const field of TOOL_FIELDS) delete copy[field];
  return copy as T;
}
