import { z } from 'zod';
import { BastionError } from '../core/errors/index.js';
import type { FeedbackRecord } from '../store/feedback-store.js';
import type { AssistantRuntime } from './runtime.js';

/** `POST /v1/feedback` body. snake_case like the rest of the OpenAI-style API. */
export const feedbackBodySchema = z
  .object({
    /** The `id` of the chat completion being rated. */
    response_id: z.string().min(1).max(200),
    rating: z.enum(['up', 'down']),
    comment: z.string().max(4000).optional(),
    /** The `x-request-id` the gateway returned with the answer (links the audit record). */
    request_id: z.string().min(1).max(200).optional(),
    model: z.string().max(200).optional(),
  })
  .strict();

export interface RouteResult {
  status: number;
  body: unknown;
}

export interface FeedbackContext {
  /** Id of the authenticated key (never its secret). */
  keyId: string | null;
  /** This feedback request's own id, used when the body names no request id. */
  requestId?: string;
}

/**
 * Route handlers the gateway mounts behind its authentication: framework-free functions from validated input to
 * `{ status, body }`; errors are BastionErrors with a status, for the gateway's error funnel.
 *
 * @example
 * const routes = createAssistantRoutes(runtime);
 * routes.feedback(JSON.parse(body), { keyId: key.id }); // → { status: 201, body: { id: 'fb_…', … } }
 * routes.passage('p_0123456789abcdef');                 // → { status: 200, body: { text, source, heading, … } }
 */
export function createAssistantRoutes(runtime: AssistantRuntime, now: () => number = Date.now) {
  return {
    feedback(body: unknown, ctx: FeedbackContext): RouteResult {
      const parsed = feedbackBodySchema.safeParse(body);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new BastionError(
          'BASTION_ERR_ASSISTANT_FEEDBACK_INVALID',
          `feedback: ${issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'invalid body'} (expected {response_id, rating: "up"|"down", comment?})`,
        );
      }
      const b = parsed.data;
      const record: FeedbackRecord = runtime.feedback.append(
        {
          responseId: b.response_id,
          requestId: b.request_id ?? null,
          keyId: ctx.keyId,
          rating: b.rating,
          comment: b.comment?.trim() ? b.comment.trim() : null,
          model: b.model ?? null,
        },
        now(),
      );
      return {
        status: 201,
        body: {
          id: record.id,
          object: 'feedback',
          created: Math.floor(record.createdAt / 1000),
          response_id: record.responseId,
          rating: record.rating,
        },
      };
    },
    passage(id: string): RouteResult {
      const passage = /^p_[0-9a-f]{16}$/.test(id) ? runtime.docs.getPassage(id) : undefined;
      if (!passage)
        throw new BastionError(
          'BASTION_ERR_ASSISTANT_PASSAGE_NOT_FOUND',
          `no passage "${id.slice(0, 40)}" in the docs index`,
        );
      const source = runtime.docs.getSource(passage.source);
      return {
        status: 200,
        body: {
          id: passage.pid,
          object: 'docs.passage',
          source: passage.source,
          heading: passage.heading,
          start: passage.start,
          end: passage.end,
          text: passage.text,
          flags: passage.flags,
          sha256: source?.sha256 ?? null,
          ingested_at: source ? new Date(source.ingestedAt).toISOString() : null,
        },
      };
    },
  };
}

export type AssistantRoutes = ReturnType<typeof createAssistantRoutes>;
