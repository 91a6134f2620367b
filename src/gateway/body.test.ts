import { describe, expect, it } from 'vitest';
import { BastionError } from '../core/errors/index.js';
import { parseJsonBuffer } from './body.js';
import { errorBody } from './error-funnel.js';
import { createGatewayMetrics } from './metrics.js';

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (error) {
    if (error instanceof BastionError) return error.code;
  }
  return 'none';
};

describe('parseJsonBuffer', () => {
  it('parses UTF-8 JSON', () => {
    expect(parseJsonBuffer(Buffer.from('{"a":"é"}'))).toEqual({ a: 'é' });
  });
  it('refuses invalid UTF-8 instead of replacing it with U+FFFD', () => {
    expect(codeOf(() => parseJsonBuffer(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d])))).toBe(
      'BASTION_ERR_GATEWAY_BODY_ENCODING',
    );
  });
  it('refuses empty and malformed bodies', () => {
    expect(codeOf(() => parseJsonBuffer(Buffer.alloc(0)))).toBe('BASTION_ERR_GATEWAY_BODY_MALFORMED');
    expect(codeOf(() => parseJsonBuffer(Buffer.from('{"a":')))).toBe('BASTION_ERR_GATEWAY_BODY_MALFORMED');
  });
});

describe('errorBody', () => {
  it('hides internal messages and keeps exposed ones', () => {
    const internal = errorBody(new BastionError('BASTION_ERR_INTERNAL', 'db password is hunter2'));
    expect(internal.error.message).not.toContain('hunter2');
    expect(internal.error.type).toBe('server_error');
    const exposed = errorBody(
      new BastionError('BASTION_ERR_GATEWAY_MODEL_NOT_FOUND', 'no model x', { details: { param: 'model' } }),
    );
    expect(exposed.error).toMatchObject({
      message: 'no model x',
      code: 'BASTION_ERR_GATEWAY_MODEL_NOT_FOUND',
      param: 'model',
    });
  });
});

describe('metrics', () => {
  it('renders counters and cumulative histogram buckets in Prometheus text format', () => {
    const m = createGatewayMetrics();
    m.requests.inc({ route: 'chat', status: '200', model: 'a"b', use_case: 'u' });
    m.stageDuration.observe({ stage: 'auth' }, 0.07);
    m.stageDuration.observe({ stage: 'auth' }, 3);
    const text = m.render();
    expect(text).toContain('bastion_requests_total{route="chat",status="200",model="a\\"b",use_case="u"} 1');
    expect(text).toContain('bastion_stage_duration_ms_bucket{stage="auth",le="0.1"} 1');
    expect(text).toContain('bastion_stage_duration_ms_bucket{stage="auth",le="5"} 2');
    expect(text).toContain('bastion_stage_duration_ms_count{stage="auth"} 2');
  });
});
