import { sha256Hex } from '../core/hash.js';
import { isoTime } from '../core/iso-time.js';
import { withMembers } from '../core/objects.js';
import type { AuditContentMode, AuditEntry, AuditFindingSummary } from '../store/types.js';
import type { RequestContext } from './context.js';

function contentFor(mode: AuditContentMode, text: string): string | null {
  if (text.length === 0) return null;
  if (mode === 'full') return text;
  // `redacted` keeps the text only after guards redacted it (ctx.promptText is replaced then); without
  // a redaction it falls back to the hash, so personal data is never kept by accident.
  return sha256Hex(text);
}

function summarise(ctx: RequestContext): AuditFindingSummary[] {
  if (ctx.findings.length === 0) return [];
  const by = new Map<string, AuditFindingSummary>();
  for (const f of ctx.findings) {
    const key = `${f.scanner}\u0000${f.kind}`;
    const found = by.get(key);
    if (found) {
      found.count += 1;
      found.maxScore = Math.max(found.maxScore, f.score);
    } else by.set(key, { scanner: f.scanner, kind: f.kind, count: 1, maxScore: f.score });
  }
  return [...by.values()];
}

/** The audit record of one request, with prompt and response kept as `audit.content` says. */
export function auditEntryOf(ctx: RequestContext, mode: AuditContentMode, now: number): AuditEntry {
  const latencyMs: Record<string, number> = {};
  for (const stage in ctx.timings)
    latencyMs[stage] = Math.round((ctx.timings[stage] as number) * 1000) / 1000;
  latencyMs.total = Math.round((performance.now() - ctx.startedAt) * 1000) / 1000;
  // Prompt and answer each keep their text only when the guards changed that one: a tokenised prompt is safe to
  // keep, but the answer then holds the restored personal data and is kept as a hash (and vice versa).
  const keepPrompt = mode === 'redacted' && ctx.extra.redacted === true;
  const keepResponse = mode === 'redacted' && ctx.extra.responseRedacted === true;
  return {
    time: isoTime(now),
    requestId: ctx.id,
    keyId: ctx.key?.id ?? null,
    useCase: ctx.useCaseId,
    model: ctx.model,
    provider: ctx.provider,
    status: ctx.status,
    errorCode: ctx.errorCode,
    tokensIn: ctx.tokensIn,
    tokensOut: ctx.tokensOut,
    costUsd: ctx.costUsd,
    latencyMs,
    findings: summarise(ctx),
    content: {
      mode,
      prompt: keepPrompt ? ctx.promptText || null : contentFor(mode, ctx.promptText),
      response: keepResponse ? ctx.responseText || null : contentFor(mode, ctx.responseText),
    },
    extra:
      Object.keys(ctx.extra).length > 0 || ctx.stream ? withMembers(ctx.extra, { stream: ctx.stream }) : null,
  };
}
