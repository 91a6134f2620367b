import { describe, expect, it } from 'vitest';
import { resilienceScores, scoreOf } from './score.js';

describe('resilience score', () => {
  it('scores held 100, aborted 50, failed/deviated/not run 0', () => {
    expect([
      scoreOf('held'),
      scoreOf('aborted'),
      scoreOf('failed'),
      scoreOf('deviated'),
      scoreOf('not-run'),
      scoreOf('refused'),
    ]).toEqual([100, 50, 0, 0, 0, 0]);
  });

  it('averages per category and overall', () => {
    const { categories, overall } = resilienceScores([
      { category: 'upstream', status: 'held' },
      { category: 'upstream', status: 'aborted' },
      { category: 'storage', status: 'deviated' },
      { category: 'storage', status: 'not-run' },
    ]);
    expect(categories).toEqual([
      { category: 'storage', experiments: 2, score: 0 },
      { category: 'upstream', experiments: 2, score: 75 },
    ]);
    expect(overall).toBe(38);
  });
});
