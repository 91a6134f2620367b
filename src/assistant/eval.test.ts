import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DocsAnswer } from './answer-types.js';
import { loadQaSet, percentile, runEval } from './eval.js';

const dir = mkdtempSync(join(tmpdir(), 'bastion-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const answer = (text: string, sources: string[], answered = true): DocsAnswer => ({
  answer: text,
  citations: sources.map((source, i) => ({
    index: i + 1,
    id: `p_${i}`,
    source,
    heading: 'h',
    start: 0,
    end: 1,
    quote: '',
  })),
  answered,
  confidence: 1,
  mode: 'extractive',
  closest: [],
  unsupported: [],
  elapsedMs: 0,
});

describe('docs eval', () => {
  it('reports file:line for a malformed question set', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      'questions:\n  - question: ok\n    facts: [a]\n  - question: second\n    facts: nope\n',
    );
    expect(() => loadQaSet(file)).toThrow(/bad\.yaml:5 questions\.1\.facts/);
    expect(() => loadQaSet(join(dir, 'missing.yaml'))).toThrow(/cannot be read/);
  });

  it('refuses a question that checks nothing (it would pass on any answer) or contradicts itself', () => {
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'questions:\n  - question: ok\n    facts: [a]\n  - question: anything goes\n');
    expect(() => loadQaSet(empty)).toThrow(/empty\.yaml:4 questions\.1: checks nothing/);
    const both = join(dir, 'both.yaml');
    writeFileSync(both, 'questions:\n  - question: q\n    unanswerable: true\n    source: docs/a.md\n');
    expect(() => loadQaSet(both)).toThrow(/cannot also have facts or a source/);
  });

  it('scores facts, cited sources and unanswerable questions', async () => {
    const file = join(dir, 'qa.yaml');
    writeFileSync(
      file,
      'questions:\n' +
        '  - { question: q1, facts: ["bastion keys  ROTATE"], source: docs/keys.md }\n' +
        '  - { question: q2, facts: [budget], source: docs/limits.md }\n' +
        '  - { question: q3, unanswerable: true }\n',
    );
    const replies: Record<string, DocsAnswer> = {
      q1: answer('Run `bastion keys rotate` now. [1]', ['docs/keys.md']),
      q2: answer('Limits count requests. [1]', ['docs/keys.md']),
      q3: answer("I don't know", [], false),
    };
    const report = await runEval(loadQaSet(file), async (q) => replies[q] ?? answer('', []));
    expect(report.total).toBe(3);
    expect(report.accuracy).toBeCloseTo(2 / 3);
    expect(report.citationAccuracy).toBeCloseTo(1 / 2);
    expect(report.cases[1]).toMatchObject({
      correct: false,
      missingFacts: ['budget'],
      citedCorrectly: false,
    });
  });

  it('computes nearest-rank percentiles', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([], 50)).toBe(0);
  });
});
