import { auditVerifyProbe } from './audit-verify.js';
import { commandProbe } from './command.js';
import { httpProbe } from './http.js';
import { prometheusProbe } from './prometheus.js';
import type { ProbeDefinition } from './types.js';

/** Every probe an experiment may name, by its `probe:` value. */
export const PROBES = {
  http: httpProbe,
  prometheus: prometheusProbe,
  command: commandProbe,
  'audit-verify': auditVerifyProbe,
} as const satisfies Record<string, ProbeDefinition>;
