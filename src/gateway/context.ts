import type { IncomingMessage, ServerResponse } from 'node:http';
import type { UseCaseConfig } from '../core/config/index.js';
import type { Logger } from '../core/log.js';
import type { Finding } from '../guards/types.js';
import type { ToolsDecision } from '../policy/index.js';
import type { ChatRequest, ChatResponse, EmbeddingsRequest, EmbeddingsResponse } from '../providers/types.js';
import type { KeyRecord, Reservation } from '../store/types.js';
import type { Vault } from '../guards/vault.js';
import { RequestSignal } from '../providers/index.js';
import type { ModelPlan } from './stages.js';

/** Pipeline stages, in order; each one's latency is recorded under this name (metrics and audit). */
export const STAGES = [
  'parse',
  'auth',
  'scope',
  'limits',
  'guards_input',
  'policy',
  'upstream',
  'guards_output',
  'audit',
] as const;
export type StageName = (typeof STAGES)[number];

/**
 * The one object every stage reads and writes. Plain fields, no getters: it is created per request
 * on the hot path.
 */
export class RequestContext {
  readonly startedAt: number;
  /** Milliseconds per stage, plus `total` at the end. */
  readonly timings: Record<string, number> = {};
  /** Aborted when the client disconnects: upstream work stops at once. */
  readonly abort = new RequestSignal();
  route = 'unknown';
  body: unknown = undefined;
  key: KeyRecord | undefined = undefined;
  useCaseId: string | null = null;
  useCase: UseCaseConfig | undefined = undefined;
  /** Public model name asked for, and the one that answered (after fallback). */
  model: string | null = null;
  servedBy: string | null = null;
  provider: string | null = null;
  reservation: Reservation | undefined = undefined;
  tokensIn = 0;
  tokensOut = 0;
  costUsd = 0;
  status = 0;
  errorCode: string | null = null;
  stream = false;
  findings: Finding[] = [];
  /** Policy outcome and other facts for the audit record's `extra`. */
  readonly extra: Record<string, unknown> = {};
  promptText = '';
  responseText = '';
  /** Model stages: the resolved model and its fallback routes. */
  plan: ModelPlan | undefined = undefined;
  tools: ToolsDecision | undefined = undefined;
  chatRequest: ChatRequest | undefined = undefined;
  chatResponse: ChatResponse | undefined = undefined;
  embeddingsRequest: EmbeddingsRequest | undefined = undefined;
  embeddingsResponse: EmbeddingsResponse | undefined = undefined;
  /** Values tokenised out of the prompt (never logged or stored); the answer gets them back. */
  vault: Vault | undefined = undefined;
  /** A model the data-class policy moved the request to. */
  rerouteTo: string | undefined = undefined;
  /** Set once the request waited for the end of an event-loop turn (a batched limit check): see turn.ts. */
  waitedForTurn = false;
  /** Set when the audit record for this request has been written (or deliberately skipped). */
  audited = false;

  constructor(
    readonly id: string,
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly log: Logger,
    now: number,
  ) {
    this.startedAt = now;
  }
}
