import { z } from 'zod';
import { BastionError } from '../../core/errors/index.js';
import { isLoopback, parseHostPort, upstreamAllowed, type HostPort } from './address.js';
import type { ToxicEntry } from './connection.js';
import { FaultProxy, toxicJson, type ProxyJson, type ToxicJson } from './proxy.js';
import { STREAM_DIRECTIONS } from './toxic-types.js';
import { TOXICS } from './toxics/index.js';

export interface ProxyRegistryOptions {
  /** Non-loopback upstreams the proxy may connect to (`host` or `host:port`). */
  allowUpstreams?: readonly string[];
  /** Let proxies listen on non-loopback addresses (off: a fault proxy is a test tool, not a relay). */
  allowNonLoopbackListen?: boolean;
}

const name = z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, 'expected 1-64 letters, digits, "_", "." or "-"');

// Unknown fields are ignored, as Toxiproxy does, so its clients' bodies are accepted as sent.
export const proxyCreateSchema = z.object({
  name,
  listen: z.string(),
  upstream: z.string(),
  enabled: z.boolean().default(true),
});
export const proxyUpdateSchema = z.object({
  listen: z.string().optional(),
  upstream: z.string().optional(),
  enabled: z.boolean().optional(),
});
export const toxicCreateSchema = z.object({
  name: name.optional(),
  type: z.string(),
  stream: z.enum(STREAM_DIRECTIONS).default('downstream'),
  toxicity: z.number().min(0).max(1).default(1),
  attributes: z.record(z.string(), z.unknown()).default({}),
});
export const toxicUpdateSchema = z.object({
  stream: z.enum(STREAM_DIRECTIONS).optional(),
  toxicity: z.number().min(0).max(1).optional(),
  attributes: z.record(z.string(), z.unknown()).optional(),
});

function parse<T>(schema: z.ZodType<T>, body: unknown, what: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const detail = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  throw new BastionError('BASTION_ERR_CHAOS_REQUEST_INVALID', `${what}: ${detail}`);
}

/**
 * The fault proxy's state behind the Toxiproxy-compatible API: named proxies and their toxics.
 *
 * @example
 * const registry = new ProxyRegistry({ allowUpstreams: [] });
 * await registry.create({ name: 'openai', listen: '127.0.0.1:0', upstream: '127.0.0.1:9000' });
 * registry.addToxic('openai', { type: 'latency', attributes: { latency: 500 } });
 */
export class ProxyRegistry {
  private readonly proxies = new Map<string, FaultProxy>();

  constructor(private readonly options: ProxyRegistryOptions = {}) {}

  list(): Record<string, ProxyJson> {
    return Object.fromEntries([...this.proxies].map(([n, p]) => [n, p.toJSON()]));
  }

  get(proxyName: string): FaultProxy {
    const proxy = this.proxies.get(proxyName);
    if (!proxy) throw new BastionError('BASTION_ERR_CHAOS_PROXY_NOT_FOUND', `proxy not found: ${proxyName}`);
    return proxy;
  }

  async create(body: unknown): Promise<ProxyJson> {
    const spec = parse(proxyCreateSchema, body, 'proxy');
    if (this.proxies.has(spec.name))
      throw new BastionError('BASTION_ERR_CHAOS_PROXY_EXISTS', `proxy already exists: ${spec.name}`);
    const proxy = new FaultProxy(
      spec.name,
      this.listenAddress(spec.listen),
      this.upstreamAddress(spec.upstream),
    );
    if (spec.enabled) await proxy.start();
    this.proxies.set(spec.name, proxy);
    return proxy.toJSON();
  }

  /** Toxiproxy's /populate: creates the listed proxies, replacing any whose addresses changed. */
  async populate(body: unknown): Promise<ProxyJson[]> {
    const list = Array.isArray(body) ? body : ((body as { proxies?: unknown } | null)?.proxies ?? body);
    const specs = parse(z.array(proxyCreateSchema), list, 'populate');
    const out: ProxyJson[] = [];
    for (const spec of specs) {
      const existing = this.proxies.get(spec.name);
      if (existing) await this.remove(spec.name);
      out.push(await this.create(spec));
    }
    return out;
  }

  async update(proxyName: string, body: unknown): Promise<ProxyJson> {
    const proxy = this.get(proxyName);
    const spec = parse(proxyUpdateSchema, body, 'proxy update');
    const listen = spec.listen === undefined ? undefined : this.listenAddress(spec.listen);
    const upstream = spec.upstream === undefined ? undefined : this.upstreamAddress(spec.upstream);
    const moved =
      listen !== undefined && (listen.host !== proxy.listen.host || listen.port !== proxy.listen.port);
    if (upstream) proxy.upstream = upstream;
    if (moved || spec.enabled === false) await proxy.stop();
    if (listen) proxy.listen = listen;
    const enable = spec.enabled ?? (moved ? true : proxy.enabled);
    if (enable) await proxy.start();
    return proxy.toJSON();
  }

  async remove(proxyName: string): Promise<void> {
    const proxy = this.get(proxyName);
    proxy.setToxics([]);
    await proxy.stop();
    this.proxies.delete(proxyName);
  }

  /** Toxiproxy's /reset: every proxy enabled, every toxic removed. */
  async reset(): Promise<void> {
    for (const proxy of this.proxies.values()) {
      proxy.setToxics([]);
      await proxy.start();
    }
  }

  async closeAll(): Promise<void> {
    for (const proxyName of [...this.proxies.keys()]) await this.remove(proxyName);
  }

  toxics(proxyName: string): ToxicJson[] {
    return this.get(proxyName).toxics.map(toxicJson);
  }

  toxic(proxyName: string, toxicName: string): ToxicJson {
    return toxicJson(this.findToxic(proxyName, toxicName));
  }

  addToxic(proxyName: string, body: unknown): ToxicJson {
    const proxy = this.get(proxyName);
    const spec = parse(toxicCreateSchema, body, 'toxic');
    const toxicName = spec.name ?? `${spec.type}_${spec.stream}`;
    if (proxy.toxics.some((t) => t.name === toxicName)) {
      throw new BastionError('BASTION_ERR_CHAOS_TOXIC_EXISTS', `toxic already exists: ${toxicName}`);
    }
    const entry = compileToxic(toxicName, spec.type, spec.stream, spec.toxicity, spec.attributes);
    proxy.setToxics([...proxy.toxics, entry]);
    return toxicJson(entry);
  }

  updateToxic(proxyName: string, toxicName: string, body: unknown): ToxicJson {
    const proxy = this.get(proxyName);
    const current = this.findToxic(proxyName, toxicName);
    const spec = parse(toxicUpdateSchema, body, 'toxic update');
    // Toxiproxy merges attributes on update; unspecified ones keep their values.
    const attributes = { ...current.compiled.attributes, ...spec.attributes };
    const entry = compileToxic(
      toxicName,
      current.type,
      spec.stream ?? current.stream,
      spec.toxicity ?? current.toxicity,
      attributes,
    );
    proxy.setToxics(proxy.toxics.map((t) => (t === current ? entry : t)));
    return toxicJson(entry);
  }

  removeToxic(proxyName: string, toxicName: string): void {
    const proxy = this.get(proxyName);
    const current = this.findToxic(proxyName, toxicName);
    proxy.setToxics(proxy.toxics.filter((t) => t !== current));
  }

  private findToxic(proxyName: string, toxicName: string): ToxicEntry {
    const found = this.get(proxyName).toxics.find((t) => t.name === toxicName);
    if (!found) throw new BastionError('BASTION_ERR_CHAOS_TOXIC_NOT_FOUND', `toxic not found: ${toxicName}`);
    return found;
  }

  private listenAddress(value: string): HostPort {
    const address = parseHostPort(value);
    if (!address)
      throw new BastionError(
        'BASTION_ERR_CHAOS_REQUEST_INVALID',
        `listen: expected host:port, got "${value}"`,
      );
    if (!this.options.allowNonLoopbackListen && !isLoopback(address.host)) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_LISTEN_NOT_ALLOWED',
        `listen ${value}: only loopback addresses unless the proxy was started with --allow-non-loopback`,
      );
    }
    return address;
  }

  private upstreamAddress(value: string): HostPort {
    const address = parseHostPort(value);
    if (!address)
      throw new BastionError(
        'BASTION_ERR_CHAOS_REQUEST_INVALID',
        `upstream: expected host:port, got "${value}"`,
      );
    if (!upstreamAllowed(address, this.options.allowUpstreams ?? [])) {
      throw new BastionError(
        'BASTION_ERR_CHAOS_UPSTREAM_NOT_ALLOWED',
        `upstream ${value} is not loopback and not on the allow-list (add it with --allow-upstream)`,
      );
    }
    return address;
  }
}

function compileToxic(
  toxicName: string,
  type: string,
  stream: ToxicEntry['stream'],
  toxicity: number,
  attributes: unknown,
): ToxicEntry {
  const def = TOXICS[type];
  if (!def) {
    throw new BastionError(
      'BASTION_ERR_CHAOS_TOXIC_INVALID',
      `unknown toxic type "${type}" (known: ${Object.keys(TOXICS).join(', ')})`,
    );
  }
  try {
    return { name: toxicName, type, stream, toxicity, compiled: def.compile(attributes) };
  } catch (cause) {
    if (!(cause instanceof z.ZodError)) throw cause;
    const detail = cause.issues.map((i) => `${['attributes', ...i.path].join('.')}: ${i.message}`).join('; ');
    throw new BastionError('BASTION_ERR_CHAOS_TOXIC_INVALID', `toxic ${toxicName} (${type}): ${detail}`, {
      cause,
    });
  }
}
