import { isIP } from 'node:net';

export interface HostPort {
  readonly host: string;
  readonly port: number;
}

/** Parses Toxiproxy's `host:port` (also `[::1]:port` and `:port`, which means 127.0.0.1 here). */
export function parseHostPort(value: string): HostPort | undefined {
  const match = /^(?:\[([^\]]+)\]|([^:]*)):(\d{1,5})$/.exec(value.trim());
  if (!match) return undefined;
  const port = Number(match[3]);
  if (port > 65_535) return undefined;
  const host = match[1] ?? match[2] ?? '';
  return { host: host === '' ? '127.0.0.1' : host, port };
}

export function formatHostPort({ host, port }: HostPort): string {
  return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Loopback by name or address: the only place a fault proxy listens or connects by default. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h.startsWith('::ffff:127.');
}

/**
 * Whether the proxy may connect to `target`: loopback always, otherwise only an allow-list entry
 * (`host` or `host:port`). Stops a control-API caller from turning the proxy into an open relay.
 */
export function upstreamAllowed(target: HostPort, allow: readonly string[]): boolean {
  if (isLoopback(target.host)) return true;
  const host = target.host.toLowerCase();
  return allow.some((entry) => {
    const e = entry.toLowerCase();
    return e === host || e === `${host}:${target.port}` || e === formatHostPort(target).toLowerCase();
  });
}
