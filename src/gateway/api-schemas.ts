import { z } from 'zod';
import { BastionError } from '../core/errors/index.js';

/**
 * OpenAI request bodies, validated once at the edge. Objects are loose on purpose: OpenAI adds request
 * parameters often, and a proxy that rejects unknown ones breaks SDK upgrades. Known fields get exact types.
 */
const textPart = z.looseObject({ type: z.literal('text'), text: z.string() });
const imagePart = z.looseObject({
  type: z.literal('image_url'),
  image_url: z.union([z.string(), z.looseObject({ url: z.string() })]),
});
// Audio, files and future part types pass through; text and image parts must be well-formed.
const otherPart = z.looseObject({
  type: z.string().refine((t) => t !== 'text' && t !== 'image_url', 'malformed content part'),
});
const contentPart = z.union([textPart, imagePart, otherPart]);

const toolCall = z.looseObject({
  id: z.string(),
  type: z.literal('function'),
  function: z.looseObject({ name: z.string(), arguments: z.string() }),
});

export const chatMessageSchema = z.looseObject({
  role: z.enum(['system', 'developer', 'user', 'assistant', 'tool', 'function']),
  content: z.union([z.string(), z.array(contentPart), z.null()]).optional(),
  name: z.string().optional(),
  tool_calls: z.array(toolCall).optional(),
  tool_call_id: z.string().optional(),
});

const toolSchema = z.looseObject({
  type: z.literal('function'),
  function: z.looseObject({
    name: z.string().min(1),
    description: z.string().optional(),
    parameters: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const chatRequestSchema = z.looseObject({
  model: z.string().min(1, 'model is required'),
  messages: z.array(chatMessageSchema).min(1, 'messages must contain at least one message'),
  stream: z.boolean().optional(),
  stream_options: z.looseObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  max_tokens: z.number().int().positive().nullable().optional(),
  max_completion_tokens: z.number().int().positive().nullable().optional(),
  temperature: z.number().min(0).max(2).nullable().optional(),
  top_p: z.number().min(0).max(1).nullable().optional(),
  n: z.number().int().min(1).max(16).nullable().optional(),
  stop: z
    .union([z.string(), z.array(z.string()).max(4)])
    .nullable()
    .optional(),
  presence_penalty: z.number().min(-2).max(2).nullable().optional(),
  frequency_penalty: z.number().min(-2).max(2).nullable().optional(),
  seed: z.number().int().nullable().optional(),
  user: z.string().optional(),
  tools: z.array(toolSchema).optional(),
  tool_choice: z
    .union([z.enum(['none', 'auto', 'required']), z.looseObject({ type: z.string() })])
    .optional(),
  parallel_tool_calls: z.boolean().optional(),
  functions: z.array(z.looseObject({ name: z.string() })).optional(),
  function_call: z.union([z.string(), z.looseObject({ name: z.string() })]).optional(),
  response_format: z.looseObject({ type: z.string() }).optional(),
});

export const embeddingsRequestSchema = z.looseObject({
  model: z.string().min(1, 'model is required'),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1, 'input must not be empty'),
    z.array(z.number().int()).min(1, 'input must not be empty'),
    z.array(z.array(z.number().int())).min(1, 'input must not be empty'),
  ]),
  encoding_format: z.enum(['float', 'base64']).optional(),
  dimensions: z.number().int().positive().optional(),
  user: z.string().optional(),
});

export type ChatRequestBody = z.infer<typeof chatRequestSchema>;
export type ChatMessageBody = z.infer<typeof chatMessageSchema>;
export type EmbeddingsRequestBody = z.infer<typeof embeddingsRequestSchema>;

/** `messages[0].content: expected string` — the first issue, as OpenAI reports one problem at a time. */
export function describeZodIssue(error: z.ZodError): { message: string; param: string | null } {
  const issue = error.issues[0];
  if (!issue) return { message: 'Request body does not match the API schema', param: null };
  const param = issue.path
    .map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))
    .join('.')
    .replace(/\.\[/g, '[');
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  return { message: `${param || 'body'}: ${issue.message}${more}`, param: param || null };
}

/** Parses a request body at the edge; a mismatch is a 400 naming the first problem and its `param`. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const { message, param } = describeZodIssue(result.error);
  throw new BastionError('BASTION_ERR_GATEWAY_REQUEST_INVALID', message, { details: { param } });
}
