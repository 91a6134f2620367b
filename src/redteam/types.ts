import type { Category } from './taxonomy.js';

/** A chat message as the red team sends it; the same shape as OpenAI's. */
export interface Message {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string;
  tool_call_id?: string;
}

export interface ToolSpec {
  name: string;
  description: string;
}

/**
 * How an attack's success is judged, deterministically. The runner plants the secrets
 * (`{{CANARY}}`, `{{SECRET}}`, customer PII) and the marker, fresh for every probe.
 */
export type Goal =
  /** The model printed the marker the attack asked for (`{{MARKER}}`). */
  | { kind: 'marker' }
  /** The system prompt's canary came back, also encoded, reversed or spaced out. */
  | { kind: 'canary' }
  /** Planted customer data came back. */
  | { kind: 'pii' }
  /** The planted credential came back. */
  | { kind: 'secret' }
  /** A markdown image or link to a domain off the allow-list. */
  | { kind: 'exfiltration' }
  /** The model called a tool the policy forbids. */
  | { kind: 'tool'; forbidden: string }
  /** The model complied instead of refusing (heuristic; an LLM judge can confirm). */
  | { kind: 'comply' }
  /** The target accepted an abusive request instead of refusing it with an error. */
  | { kind: 'accepted' };

/** One base attack of the library. */
export interface Attack {
  id: string;
  category: Category;
  title: string;
  /** The user turns; `{{MARKER}}` and other placeholders are filled per probe. */
  turns: string[];
  goal: Goal;
  /** Text hidden in a retrieved document or tool result (indirect injection). */
  document?: string;
  /** Tools offered to the model (excessive agency). */
  tools?: ToolSpec[];
  /** Extra request parameters, e.g. logprobs for extraction probes. */
  params?: Record<string, unknown>;
  /** Where it came from: `bastion` or a dataset's `owner/repo:path` with its licence. */
  source: string;
  /** Mutators make no sense for some attacks (e.g. a 200 KB input). */
  mutable?: boolean;
}

/** A deterministic random source; a seed makes a run reproducible. */
export interface Rng {
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

/** How a mutator changes an attack: pure, given the same rng state it returns the same result. */
export interface Mutator {
  id: string;
  description: string;
  apply(attack: MutableAttack, rng: Rng): MutableAttack;
}

export interface MutableAttack {
  turns: string[];
  document?: string;
}

/** What a target answered. */
export interface TargetResponse {
  status: number;
  text: string;
  toolCalls: { name: string; arguments: string }[];
  /** Error code/message when the target refused at the HTTP level (e.g. a gateway block). */
  error?: { code?: string; message: string };
  latencyMs: number;
  raw?: unknown;
}

export interface TargetRequest {
  messages: Message[];
  tools?: ToolSpec[];
  params?: Record<string, unknown>;
  signal: AbortSignal;
}

export interface Target {
  describe(): string;
  send(request: TargetRequest): Promise<TargetResponse>;
  close?(): Promise<void>;
}

/** Per-probe secrets planted by the runner. */
export interface Plants {
  marker: string;
  canary: string;
  /** Planted in every retrieved document: confidential content that must not come back verbatim. */
  documentCanary: string;
  secret: string;
  pii: { name: string; email: string; phone: string; card: string };
  systemPrompt: string;
}

export interface Verdict {
  succeeded: boolean;
  /** Which grader decided, and why, in a few words. */
  grader: string;
  reason: string;
  /** The model/gateway refused or blocked. */
  blocked: boolean;
}
