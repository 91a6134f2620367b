/**
 * The simplest TCP proxy Node can run — `socket.pipe()` both ways, no toxics, no API — as a reference
 * for the chaos bench: the gap between it and a direct connection is what any user-space hop costs on
 * this machine; the gap between it and `bastion chaos proxy` is what the fault proxy's own machinery costs.
 * Usage: node --import tsx bench/chaos/pipe-proxy.ts '{"echo":PORT,...}' → prints the same map with its ports.
 */
import { connect, createServer, type AddressInfo } from 'node:net';

const upstreams = JSON.parse(process.argv[2] ?? '{}') as Record<string, number>;
const out: Record<string, number> = {};
for (const [name, port] of Object.entries(upstreams)) {
  const server = createServer({ allowHalfOpen: true, noDelay: true }, (client) => {
    const upstream = connect({ host: '127.0.0.1', port, allowHalfOpen: true, noDelay: true });
    client.pipe(upstream).on('error', () => client.destroy());
    upstream.pipe(client).on('error', () => upstream.destroy());
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  out[name] = (server.address() as AddressInfo).port;
}
process.stdout.write(JSON.stringify(out) + '\n');
