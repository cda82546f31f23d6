/**
 * The server's command-line entry: reads the environment, builds the app, listens, and shuts down
 * cleanly on SIGINT/SIGTERM. Everything else lives in app.ts so tests never open a port.
 */
import { networkInterfaces } from 'node:os';
import { version } from '../package.json';
import { buildApp } from './app';
import { type Config, ConfigError, describeConfig, loadConfig } from './config';
import { DataError } from './data/city-store';
import { EngineStartError } from './engine/worker-engine';
import { redactUrl } from './mqtt/publisher';
import { StoreError } from './store/store';
import { addresses, bannerLines } from './terminal/banner';
import { loggerOptions } from './terminal/logging';

const HELP = `Smart City Sandbox server: the telemetry API and the built dashboard in one process.

Usage: node server/dist/main.mjs [--help]

${describeConfig()}

Example: PORT=9000 HOST=0.0.0.0 node server/dist/main.mjs`;

/** Listening failed in a way a setting can fix: one line naming the setting, no stack. */
class ListenError extends Error {}

function listenProblem(error: unknown, config: Config): ListenError | undefined {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  const detail = error instanceof Error ? error.message : String(error);
  const host = `HOST=${JSON.stringify(config.HOST)}`;
  if (code === 'EADDRINUSE') return new ListenError(`port already in use (${detail}); set PORT to another port`);
  if (code === 'EACCES') return new ListenError(`not allowed to listen (${detail}); set PORT to 1024 or more`);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EADDRNOTAVAIL')
    return new ListenError(`cannot listen on ${host}: not an address of this machine (${code}); set HOST to e.g. localhost or 0.0.0.0`);
  return undefined;
}

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const config = loadConfig(process.env);
  const app = await buildApp(config, { logger: loggerOptions(config, process.stdout, process.stdout.isTTY === true) });

  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received; closing`);
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    // Streams and running exports are ended by the routes' preClose hooks, so this is prompt; the
    // timer above only catches a close that hangs.
    app.close().then(
      () => {
        app.log.info('closed; exiting');
        process.exit(0);
      },
      (error: unknown) => {
        app.log.error({ err: error }, 'error while closing');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);

  // Fastify writes one "Server listening at" line per address; in the human format the banner says it better.
  const level = app.log.level;
  if (config.LOG_FORMAT === 'human' && ['trace', 'debug', 'info'].includes(level)) app.log.level = 'warn';
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    throw listenProblem(error, config) ?? error;
  } finally {
    app.log.level = level;
  }
  const bound = app.server.address();
  const input = {
    host: config.HOST,
    port: typeof bound === 'object' && bound ? bound.port : config.PORT,
    interfaces: networkInterfaces(),
    version,
    mqtt: config.MQTT_URL
      ? { broker: redactUrl(config.MQTT_URL), prefix: config.MQTT_TOPIC_PREFIX, scenarios: config.MQTT_SCENARIOS.map((s) => s.name) }
      : undefined,
  };
  // The banner is for the person at the terminal; a log collector gets the same addresses as one JSON line.
  if (config.LOG_FORMAT === 'human') process.stdout.write(`${bannerLines(input).join('\n')}\n`);
  else app.log.info(addresses(input), `Smart City Sandbox ${version} is ready at ${addresses(input).local}`);
}

main().catch((error: unknown) => {
  if (
    error instanceof ConfigError ||
    error instanceof DataError ||
    error instanceof ListenError ||
    error instanceof EngineStartError ||
    error instanceof StoreError
  ) {
    console.error(`smart-city-sandbox: ${error.message}`);
  } else {
    console.error('smart-city-sandbox: failed to start', error);
  }
  process.exit(1);
});
