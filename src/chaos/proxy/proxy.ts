import { createServer, connect, type Server, type Socket } from 'node:net';
import { BastionError } from '../../core/errors/index.js';
import { formatHostPort, parseHostPort, type HostPort } from './address.js';
import { ProxyConnection, type ToxicEntry } from './connection.js';
import { ReadBuffer } from './direction.js';

export interface ToxicJson {
  name: string;
  type: string;
  stream: ToxicEntry['stream'];
  toxicity: number;
  attributes: Record<string, unknown>;
}

export interface ProxyJson {
  name: string;
  listen: string;
  upstream: string;
  enabled: boolean;
  toxics: ToxicJson[];
}

export function toxicJson(t: ToxicEntry): ToxicJson {
  return {
    name: t.name,
    type: t.type,
    stream: t.stream,
    toxicity: t.toxicity,
    attributes: { ...t.compiled.attributes },
  };
}

/**
 * One named TCP proxy: a listener, its upstream, its toxics and its live connections.
 * Addresses were validated by the caller (the registry checks loopback and the allow-list).
 */
export class FaultProxy {
  private server: Server | undefined;
  private readonly connections = new Set<ProxyConnection>();
  private entries: ToxicEntry[] = [];
  enabled = false;
  listen: HostPort;

  constructor(
    readonly name: string,
    listen: HostPort,
    public upstream: HostPort,
  ) {
    this.listen = listen;
  }

  toJSON(): ProxyJson {
    return {
      name: this.name,
      listen: formatHostPort(this.listen),
      upstream: formatHostPort(this.upstream),
      enabled: this.enabled,
      toxics: this.entries.map(toxicJson),
    };
  }

  get toxics(): readonly ToxicEntry[] {
    return this.entries;
  }

  setToxics(entries: ToxicEntry[]): void {
    this.entries = entries;
    for (const conn of this.connections) conn.sync();
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', (cause) =>
        reject(
          new BastionError(
            'BASTION_ERR_CHAOS_LISTEN_FAILED',
            `proxy ${this.name}: cannot listen on ${formatHostPort(this.listen)}`,
            {
              cause,
            },
          ),
        ),
      );
      server.listen(this.listen.port, this.listen.host, () => resolve());
    });
    const address = server.address();
    // Port 0 asks the OS for a free port; report the real one, as Toxiproxy does.
    if (address && typeof address === 'object') this.listen = { host: this.listen.host, port: address.port };
    this.server = server;
    this.enabled = true;
  }

  /** Stops listening and drops every connection (Toxiproxy's "disabled" state: the service is down). */
  async stop(): Promise<void> {
    this.enabled = false;
    const server = this.server;
    this.server = undefined;
    for (const conn of [...this.connections]) conn.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private accept(client: Socket): void {
    if (!this.enabled) {
      client.destroy();
      return;
    }
    client.pause();
    client.setNoDelay(true);
    let conn: ProxyConnection | undefined;
    // Server → client bytes (the bulk of LLM traffic) are read into a reused, growing buffer and
    // written on in the read callback: no allocation and no Readable machinery per chunk.
    const reads = new ReadBuffer();
    const upstream = connect({
      host: this.upstream.host,
      port: this.upstream.port,
      allowHalfOpen: true,
      noDelay: true,
      onread: {
        buffer: reads.next,
        callback: (n) => {
          reads.done(n, conn ? conn.down.onData(reads.filled(n)) : false);
          return true; // keep reading; backpressure pauses the socket explicitly
        },
      },
    });
    const refuse = () => {
      // Upstream unreachable: the client sees the connection close, as with Toxiproxy.
      client.destroy();
      upstream.destroy();
    };
    upstream.once('error', refuse);
    client.once('error', refuse);
    upstream.once('connect', () => {
      upstream.off('error', refuse);
      client.off('error', refuse);
      conn = new ProxyConnection(
        { toxics: () => this.entries, closed: (c) => this.connections.delete(c) },
        client,
        upstream,
        true,
      );
      this.connections.add(conn);
      client.resume();
    });
  }

  get connectionCount(): number {
    return this.connections.size;
  }
}

export { parseHostPort };
