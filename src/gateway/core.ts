import type { BastionConfig } from '../core/config/index.js';
import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { ModelAvailability, ProviderRouter } from '../providers/index.js';
import type { AssistantRoutes } from '../assistant/index.js';
import type { GuardEngine } from '../guards/engine.js';
import type { Store } from '../store/types.js';
import type { Approvals } from './approvals.js';
import type { ClusterLink } from './cluster/worker-link.js';
import type { GatewayMetrics } from './metrics.js';

/** Everything a route handler needs, built once by createGateway and shared by every request. */
export interface GatewayCore {
  readonly config: BastionConfig;
  readonly store: Store | undefined;
  readonly log: Logger;
  readonly metrics: GatewayMetrics;
  /** Upstream calls with retries, breakers and fallback along the model list the policy allows. */
  readonly providers: ProviderRouter;
  /** Every configured model with whether it can serve, and why not. */
  readonly availability: ReadonlyMap<string, ModelAvailability>;
  readonly clock: Clock;
  readonly approvals: Approvals;
  /** Feedback and passage routes of the docs assistant, when it runs in this process. */
  readonly assistant: AssistantRoutes | undefined;
  /** Input and output scanners (compiled once at start-up); undefined when `guards.enabled` is false. */
  readonly guards: GuardEngine | undefined;
  /** The link to the cluster primary when this process is one of `server.workers` > 1 workers. */
  readonly cluster: ClusterLink | undefined;
  /** Set on shutdown: new requests get 503 while in-flight ones drain. */
  draining: boolean;
  /** Wall-clock ms of the last failed audit append: new requests fail fast while the store is down. */
  auditFailedAt: number;
}
