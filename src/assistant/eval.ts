import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'zod';
import { BastionError } from '../core/errors/index.js';
import type { DocsAnswer } from './answer-types.js';

export const qaSetSchema = z
  .object({
    name: z.string().optional(),
    questions: z
      .array(
        z
          .object({
            question: z.string().min(1),
            /** Phrases the answer must contain (case and spacing ignored). */
            facts: z.array(z.string().min(1)).default([]),
            /** The source path (or its suffix) at least one citation must point at; omit for "must not know". */
            source: z.string().min(1).optional(),
            /** true: the right answer is "I don't know" (the docs do not cover it). */
            unanswerable: z.boolean().default(false),
          })
          .strict()
          // A question that names nothing to check passes whenever the assistant says anything at all.
          .refine((q) => q.unanswerable || q.facts.length > 0 || q.source !== undefined, {
            message:
              'checks nothing: give facts (phrases the answer must contain), a source it must cite, or unanswerable: true',
          })
          .refine((q) => !q.unanswerable || (q.facts.length === 0 && q.source === undefined), {
            message:
              'unanswerable: true means the answer is "I don\'t know", so it cannot also have facts or a source',
          }),
      )
      .min(1),
  })
  .strict();

export type QaSet = z.infer<typeof qaSetSchema>;

/** Reads a QA YAML file; problems are reported as `file:line path: message`. */
export function loadQaSet(path: string): QaSet {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new BastionError('BASTION_ERR_ASSISTANT_EVAL_INVALID', `${path}: cannot be read`, { cause });
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new BastionError(
      'BASTION_ERR_ASSISTANT_EVAL_INVALID',
      `${path}:${e ? counter.linePos(e.pos[0]).line : 1}: ${e?.message.split('\n')[0] ?? 'invalid YAML'}`,
    );
  }
  const result = qaSetSchema.safeParse(doc.toJS());
  if (!result.success) {
    const lines = result.error.issues.slice(0, 5).map((issue) => {
      let line: number | undefined;
      for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
        const node: unknown = doc.getIn(issue.path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) line = counter.linePos(node.range[0]).line;
      }
      return `${path}${line ? `:${line}` : ''} ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    });
    throw new BastionError('BASTION_ERR_ASSISTANT_EVAL_INVALID', lines.join('\n'));
  }
  return result.data;
}

export interface EvalCaseResult {
  question: string;
  correct: boolean;
  citedCorrectly: boolean;
  missingFacts: string[];
  cited: string[];
  latencyMs: number;
  answered: boolean;
}

export interface EvalReport {
  total: number;
  /** Share of questions whose answer contains every fact (or correctly says it does not know). */
  accuracy: number;
  /** Share of questions with an expected source that cite it (1 when none names a source: see `citationChecked`). */
  citationAccuracy: number;
  /** How many questions name a source, i.e. what `citationAccuracy` is measured on. */
  citationChecked: number;
  latencyMs: { p50: number; p99: number; mean: number };
  cases: EvalCaseResult[];
}

const squash = (s: string): string => s.toLowerCase().replace(/[`*_]/g, '').replace(/\s+/g, ' ').trim();

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? 0;
}

/**
 * Runs a golden question set against an answer function and scores it.
 *
 * @example
 * const report = await runEval(loadQaSet('docs/eval/bastion-docs-qa.yaml'), (q) => assistant.ask(q));
 */
export async function runEval(
  set: QaSet,
  ask: (question: string) => Promise<DocsAnswer>,
): Promise<EvalReport> {
  const cases: EvalCaseResult[] = [];
  for (const item of set.questions) {
    const t0 = performance.now();
    const answer = await ask(item.question);
    const latencyMs = performance.now() - t0;
    const text = squash(answer.answer);
    const missingFacts = item.facts.filter((f) => !text.includes(squash(f)));
    const cited = answer.citations.map((c) => c.source);
    const citedCorrectly =
      item.source === undefined
        ? true
        : cited.some(
            (s) => s === item.source || s.endsWith(`/${item.source}`) || item.source?.endsWith(s) === true,
          );
    const correct = item.unanswerable ? !answer.answered : answer.answered && missingFacts.length === 0;
    cases.push({
      question: item.question,
      correct,
      citedCorrectly,
      missingFacts,
      cited,
      latencyMs,
      answered: answer.answered,
    });
  }
  const latencies = cases.map((c) => c.latencyMs).sort((a, b) => a - b);
  const withSource = set.questions
    .map((q, i) => ({ q, c: cases[i] }))
    .filter((x) => x.q.source !== undefined);
  return {
    total: cases.length,
    accuracy: cases.filter((c) => c.correct).length / cases.length,
    citationAccuracy:
      withSource.length === 0 ? 1 : withSource.filter((x) => x.c?.citedCorrectly).length / withSource.length,
    citationChecked: withSource.length,
    latencyMs: {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length),
    },
    cases,
  };
}
