/**
 * The real app plus one hello-world route, listening on PORT: the baseline the HTTP benchmarks
 * compare against is measured on the same server, with the same plugins (helmet, compression,
 * error handling), in the same run.
 */
import { buildApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/config';

const config = loadConfig({ ...process.env, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'silent' });
const app = await buildApp(config, { logger: false });
app.get('/__bench/hello', async () => ({ hello: 'world' }));
await app.listen({ port: config.PORT, host: '127.0.0.1' });
console.info(`bench server on ${config.PORT}`);
