/**
 * Builds the Fastify application; never listens (main.ts does, tests use `inject`). Routes are
 * registered explicitly from the shared contract so the list of endpoints reads top to bottom.
 */
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { loadCityStore } from './data/city-store';
import { loadPolicyStore } from './data/policy-store';
import { registerErrorHandling } from './plugins/errors';
import { registerWebApp } from './plugins/web-app';
import { cityRoutes } from './routes/cities';
import { healthRoutes } from './routes/health';
import { policyRoutes } from './routes/policy';
import { weatherRoutes } from './routes/weather';

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}

export async function buildApp(config: Config, options: BuildOptions = {}) {
  const startedAt = performance.now();
  const cities = await loadCityStore(config.DATA_DIR);
  const policy = await loadPolicyStore(config.DATA_DIR);

  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    // Query strings like `?station=a&station=b` arrive as arrays; schemas decide what they accept.
    routerOptions: { maxParamLength: 200 },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);

  await app.register(healthRoutes, { startedAt });
  await app.register(cityRoutes, { cities });
  await app.register(weatherRoutes, { cities });
  await app.register(policyRoutes, { policy });
  await registerWebApp(app, config.WEB_DIST);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
