import { describe, expect, it } from 'vitest';
import { Counter, Gauge, Histogram } from './metrics.js';

describe('metrics series lookup', () => {
  it('keeps one series per combination of label values, in creation order', () => {
    const c = new Counter('t_total', 'test', ['route', 'status']);
    c.inc({ route: 'chat', status: '200' });
    c.inc({ route: 'chat', status: '200' }, 2);
    c.inc({ route: 'chat', status: '429' });
    c.inc({ route: 'models', status: '200' });
    // Values that a joined key could confuse ("a\0" + "b" against "a" + "\0b") stay apart.
    c.inc({ route: 'a\u0000', status: 'b' });
    c.inc({ route: 'a', status: '\u0000b' }, 5);
    expect(c.snapshot().series).toEqual([
      { values: ['chat', '200'], value: 3 },
      { values: ['chat', '429'], value: 1 },
      { values: ['models', '200'], value: 1 },
      { values: ['a\u0000', 'b'], value: 1 },
      { values: ['a', '\u0000b'], value: 5 },
    ]);
  });

  it('treats a missing label as empty, and a metric without labels as one series', () => {
    const c = new Counter('t_total', 'test', ['model', 'use_case']);
    c.inc({ model: 'm' });
    c.inc({ model: 'm', use_case: '' });
    expect(c.snapshot().series).toEqual([{ values: ['m', ''], value: 2 }]);
    const g = new Gauge('g', 'test', []);
    g.set({}, 3);
    g.set({}, 4);
    expect(g.snapshot().series).toEqual([{ values: [], value: 4 }]);
    expect(g.render()).toContain('\ng 4');
  });

  it('counts histogram observations per label into their buckets', () => {
    const h = new Histogram('h_ms', 'test', ['stage'], [1, 10]);
    h.observe({ stage: 'auth' }, 0.5);
    h.observe({ stage: 'auth' }, 5);
    h.observe({ stage: 'audit' }, 50);
    expect(h.snapshot().series).toEqual([
      { values: ['auth'], counts: [1, 1], sum: 5.5, count: 2 },
      { values: ['audit'], counts: [0, 0], sum: 50, count: 1 },
    ]);
  });
});

describe('metric values as text', () => {
  it('a running cost total prints without float noise; integer counters as they are', () => {
    const cost = new Counter('cost_usd_total', 'cost', ['model']);
    for (let i = 0; i < 1000; i++) cost.inc({ model: 'm' }, 0.00000345);
    expect(cost.render()).toContain('\ncost_usd_total{model="m"} 0.00345');
    const requests = new Counter('requests_total', 'requests', []);
    requests.inc({}, 3);
    expect(requests.render()).toContain('\nrequests_total 3');
  });
});
