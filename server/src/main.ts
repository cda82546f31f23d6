/**
 * The server's command-line entry: reads the environment, builds the app, listens, and shuts down
 * cleanly on SIGINT/SIGTERM. Everything else lives in app.ts so tests never open a port.
 */
import { buildApp } from './app';
import { ConfigError, describeConfig, loadConfig } from './config';
import { DataError } from './data/city-store';

const HELP = `Smart City Sandbox server: the telemetry API and the built dashboard in one process.

Usage: node server/dist/main.mjs [--help]

${describeConfig()}

Example: PORT=9000 HOST=0.0.0.0 node server/dist/main.mjs`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  const config = loadConfig(process.env);
  const pretty = process.stdout.isTTY
    ? { transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } } }
    : {};
  const app = await buildApp(config, { logger: { level: config.LOG_LEVEL, ...pretty } });

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

  const address = await app.listen({ port: config.PORT, host: config.HOST });
  const shown = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  app.log.info(`Smart City Sandbox is ready at ${shown}`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataError) {
    console.error(`smart-city-sandbox: ${error.message}`);
  } else if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(`smart-city-sandbox: port already in use (${error.message}); set PORT to another port`);
  } else {
    console.error('smart-city-sandbox: failed to start', error);
  }
  process.exit(1);
});
