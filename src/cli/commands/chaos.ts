import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parse as parseYaml } from 'yaml';
import { createFaultProxyServer } from '../../chaos/proxy/control-api.js';
import { BastionError } from '../../core/errors/index.js';
import { createLogger } from '../../core/log.js';

const collect = (value: string, prior: string[]) => [...prior, value];

function registerProxy(chaos: Command): void {
  chaos
    .command('proxy')
    .description('Run the fault proxy: TCP proxies with toxics, driven by a Toxiproxy-compatible HTTP API')
    .option('--port <port>', 'control API port', '8474')
    .option('--host <host>', 'control API address (loopback unless --allow-non-loopback)', '127.0.0.1')
    .option(
      '--allow-upstream <host[:port]>',
      'a non-loopback upstream proxies may connect to (repeatable)',
      collect,
      [],
    )
    .option('--allow-non-loopback', 'let the API and proxies listen on non-loopback addresses', false)
    .option('--populate <file>', 'JSON or YAML list of proxies to create at start (as toxiproxy -config)')
    .action(
      async (opts: {
        port: string;
        host: string;
        allowUpstream: string[];
        allowNonLoopback: boolean;
        populate?: string;
      }) => {
        const port = Number(opts.port);
        if (!Number.isInteger(port) || port < 0 || port > 65_535) {
          throw new BastionError('BASTION_ERR_INPUT_INVALID', `--port: expected 0-65535, got "${opts.port}"`);
        }
        const server = createFaultProxyServer({
          allowUpstreams: opts.allowUpstream,
          allowNonLoopbackListen: opts.allowNonLoopback,
          logger: createLogger({ level: 'info' }),
        });
        const url = await server.listen(port, opts.host);
        if (opts.populate) {
          let list: unknown;
          try {
            list = parseYaml(readFileSync(opts.populate, 'utf8'));
          } catch (cause) {
            await server.close();
            throw new BastionError(
              'BASTION_ERR_FILE_UNREADABLE',
              `${opts.populate}: cannot be read as JSON or YAML`,
              { cause },
            );
          }
          try {
            await server.registry.populate(list);
          } catch (error) {
            await server.close();
            throw error;
          }
        }
        process.stdout.write(`bastion chaos proxy: API on ${url} (Toxiproxy-compatible)\n`);
        for (const [name, p] of Object.entries(server.registry.list())) {
          process.stdout.write(`  ${name}: ${p.listen} -> ${p.upstream}\n`);
        }
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
        await server.close();
      },
    );
}

/** Registers the `chaos` command(s). */
export function register(program: Command): void {
  const chaos = program
    .command('chaos')
    .description('Chaos engineering: fault proxy, experiments, Chaos Days');
  registerProxy(chaos);
}
