import type { Command } from 'commander';
import { loadConfigFile, resolveConfigPath } from '../../core/config/index.js';
import { BastionError, describeCauses } from '../../core/errors/index.js';
import { createLogger } from '../../core/log.js';
import { startAuditRetention } from '../../store/audit-retention.js';
import { systemClock } from '../../core/clock.js';
import { tuneHeapForServing } from '../../gateway/heap-tuning.js';
import { startGatewayRuntime } from '../shared/gateway-runtime.js';

interface ServeOptions {
  config?: string;
  host?: string;
  port?: string;
}

function parsePort(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--port: expected a number from 0 to 65535, got "${value}"`,
    );
  }
  return port;
}

/** Registers `bastion serve`. */
export function register(program: Command): void {
  program
    .command('serve')
    .description(
      'Run the gateway: OpenAI-compatible API with keys, limits, guards and a hash-chained audit log',
    )
    .option(
      '-c, --config <file>',
      'configuration file (default: $BASTION_CONFIG, ./bastion.yaml, or the built-in one)',
    )
    .option('--host <host>', 'listen address (overrides server.host)')
    .option('-p, --port <port>', 'listen port (overrides server.port; 0 picks a free one)')
    .addHelpText(
      'after',
      '\nExamples:\n  npx bastion serve\n  npx bastion serve --config examples/gateway.yaml --port 9000\n',
    )
    .action(async (options: ServeOptions) => {
      const port = parsePort(options.port);
      // A serving process keeps its old generation near the live heap (see heap-tuning.ts for the measurements).
      tuneHeapForServing();
      const loaded = loadConfigFile(resolveConfigPath(options.config, process.env), { env: process.env });
      const { config } = loaded;
      const logger = createLogger({ level: config.logging.level, logContent: config.logging.logContent });
      const runtime = await startGatewayRuntime(loaded, logger);
      const { store, assistant, gateway } = runtime;
      let url: string;
      try {
        url = await gateway.listen(port ?? config.server.port, options.host ?? config.server.host);
      } catch (error) {
        await runtime.close();
        throw error;
      }
      // audit.retentionDays: purge now and hourly; the chain stays verifiable (anchored purges).
      const retention = startAuditRetention(store.audit, {
        retentionDays: config.audit.retentionDays,
        clock: systemClock,
        logger,
      });
      const metricsUrl = await gateway.listenMetrics();
      const out = (line: string): boolean => process.stdout.write(line + '\n');
      out(`Bastion gateway listening on ${url}`);
      out(`  OpenAI-compatible base URL: ${url}/v1`);
      if (assistant) out(`  Docs assistant chat page: ${url}/`);
      if (metricsUrl) out(`  Prometheus metrics (no auth, separate listener): ${metricsUrl}/metrics`);
      const unavailable = gateway.unavailableModels();
      const available = Object.keys(config.models).filter((m) => !unavailable.some((u) => u.model === m));
      out(`  Models available: ${available.join(', ') || 'none'}`);
      for (const { model, reason } of unavailable) out(`  Model unavailable: ${model}: ${reason}`);
      if ((await store.keys.count()) === 0 || !(await store.keys.list()).some((k) => k.admin)) {
        out('  No admin key exists yet. Create one with: npx bastion keys create --admin');
      }
      if (Object.keys(config.useCases).length > 0) {
        const first = Object.keys(config.useCases)[0];
        out(`  App keys: npx bastion keys create --use-case ${first}`);
      }

      let stopping = false;
      const stop = (signal: string): void => {
        if (stopping) {
          process.stderr.write(`bastion: second ${signal}, exiting without draining\n`);
          process.exit(130);
        }
        stopping = true;
        logger.info('shutting down: draining in-flight requests', { signal });
        void retention
          .stop()
          .then(() => runtime.close())
          .then(
            () => process.exit(0),
            (error: unknown) => {
              process.stderr.write(`bastion: shutdown failed: ${describeCauses(error)}\n`);
              process.exit(1);
            },
          );
      };
      process.on('SIGINT', () => stop('SIGINT'));
      process.on('SIGTERM', () => stop('SIGTERM'));
    });
}
