/**
 * Builds the Fastify application; never listens (main.ts does, tests use `inject`). Routes are
 * registered explicitly from the shared contract so the list of endpoints reads top to bottom.
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { version } from '../package.json';
import { registerSealedRequests } from './classes/sealed-requests';
import { sealedScenarios } from './classes/sealed-scenarios';
import type { Config } from './config';
import { loadCityStore } from './data/city-store';
import { loadUsOutlineJson } from './data/geo-store';
import { loadPolicyStore } from './data/policy-store';
import { createEngines } from './engine/create-engine';
import type { Engine } from './engine/engine';
import { labRunner } from './engine/lab-runner';
import { labAnswers } from './lab/lab-answers';
import { createMqttPublisher, publishedScenarios } from './mqtt/start';
import { registerOpenApi } from './openapi/openapi';
import { clientErrorHandler, frameworkErrors, MAX_PARAM_LENGTH, registerErrorHandling } from './plugins/errors';
import { registerJsonBodyParser } from './plugins/json-body';
import { refuseBadQueryEncoding } from './plugins/query-encoding';
import { refuseRepeatedParams } from './plugins/repeated-params';
import { trackRouteMethods } from './plugins/route-methods';
import { registerSecurity } from './plugins/security';
import { registerWebApp } from './plugins/web-app';
import { airRoutes } from './routes/air';
import { cityRoutes } from './routes/cities';
import { classRoutesPlugin } from './routes/classes';
import { energyRoutes } from './routes/energy';
import { exportRoutes } from './routes/exports';
import { geoRoutes } from './routes/geo';
import { healthRoutes } from './routes/health';
import { labRoutes } from './routes/lab';
import { lessonRoutes } from './routes/lessons';
import { mobilityRoutes } from './routes/mobility';
import { policyRoutes } from './routes/policy';
import { roomRoutesPlugin } from './routes/rooms';
import { scenarioRoutes } from './routes/scenarios';
import { streamRoutes } from './routes/stream';
import { weatherRoutes } from './routes/weather';
import { staRoutes } from './sta/sta-routes';
import { openStore } from './store/open-store';
import { createFrameHub } from './stream/frame-hub';
import { registerHumanRequestLog, requestLogging } from './terminal/logging';

export interface BuildOptions {
  logger?: FastifyServerOptions['logger'];
}

/** A caller's `x-request-id` is kept if it looks sane; otherwise each request gets a fresh UUID. */
const REQUEST_ID = /^[\w.-]{1,128}$/;

export async function buildApp(config: Config, options: BuildOptions = {}) {
  const startedAt = performance.now();
  const cities = await loadCityStore(config.DATA_DIR, config.METER_SHARE);
  const policy = await loadPolicyStore(config.DATA_DIR);
  const usStatesJson = await loadUsOutlineJson(config.DATA_DIR);

  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    ...requestLogging(config.LOG_FORMAT),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  // Responses are built by typed code from typed engine output and checked against their schemas in
  // tests; re-validating every response at run time would cost more than the route (decision 007).
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  // Before any route, so every one is recorded (a wrong method gets 405 + Allow, not a 404).
  const methodsOf = trackRouteMethods(app);
  registerJsonBodyParser(app);
  refuseBadQueryEncoding(app);
  refuseRepeatedParams(app);
  if (config.LOG_FORMAT === 'human') registerHumanRequestLog(app);
  await registerSecurity(app, config);
  await registerOpenApi(app, version);

  // Before the engine threads: a store that cannot open stops the boot with one line (StoreError).
  const store = await openStore(config, version, (error) => app.log.error({ err: error }, 'store connection failed while idle'));
  app.addHook('onClose', async () => store.close());

  const cityList = cities
    .list()
    .map((summary) => cities.get(summary.id)?.city)
    .filter((c) => c !== undefined);
  // Before the engine threads: a scenario naming an unknown city stops the boot with one line (ConfigError).
  const mqttScenarios = config.MQTT_URL ? publishedScenarios(config.MQTT_SCENARIOS, cityList) : [];
  const { engine, telemetry, frameCacheBytes } = createEngines(config, cityList, (error) =>
    app.log.error({ err: error }, 'engine thread failed; restarting it'),
  );
  app.addHook('onClose', async () => engine.close());
  try {
    await engine.ready();
  } catch (error) {
    await engine.close();
    await store.close();
    throw error;
  }
  // Before any route: each simulating route takes `sealed=<token>` as it is registered.
  const sealed = sealedScenarios(store.sealed);
  registerSealedRequests(app, sealed);
  const hub = createFrameHub(telemetry, engine, frameCacheBytes, (error) => app.log.error({ err: error }, 'stream failed and was closed'));
  await app.register(healthRoutes, { startedAt, version, streams: () => hub.clientCount, store });
  await app.register(cityRoutes, { cities });
  await app.register(weatherRoutes, { telemetry });
  await app.register(policyRoutes, { policy });
  await app.register(geoRoutes, { usStatesJson });
  await app.register(airRoutes, { engine });
  await app.register(energyRoutes, { engine });
  await app.register(mobilityRoutes, { engine });
  const runner = labRunner(engine);
  const lab = labAnswers(runner, telemetry);
  await app.register(labRoutes, { lab });
  await app.register(lessonRoutes, { engine, lab, policy, classes: store.classes, sealed });
  await app.register(streamRoutes, { telemetry, engine, hub, maxStreamsPerClient: config.MAX_STREAMS_PER_CLIENT });
  await app.register(exportRoutes, { telemetry });
  await app.register(staRoutes, { engine, cities });
  await app.register(scenarioRoutes, { scenarios: store.scenarios, cities });
  await app.register(roomRoutesPlugin, {
    rooms: store.rooms,
    runner,
    cities,
    listen: { host: config.HOST, port: config.PORT },
    maxStreamsPerClient: config.MAX_STREAMS_PER_CLIENT,
  });
  await app.register(classRoutesPlugin, { classes: store.classes, sealed, cities });
  await registerWebApp(app, config.WEB_DIST, methodsOf);
  registerMqtt(app, config, mqttScenarios, engine);
  return app;
}

/** MQTT publishing (MQTT_URL): started once the app is ready, stopped before the engine threads close. */
function registerMqtt(app: FastifyInstance, config: Config, scenarios: Parameters<typeof createMqttPublisher>[1], engine: Engine): void {
  if (!config.MQTT_URL) return;
  const log = {
    info: (message: string) => app.log.info(message),
    warn: (message: string) => app.log.warn(message),
    error: (error: unknown, message: string) => app.log.error({ err: error }, message),
  };
  let publisher: ReturnType<typeof createMqttPublisher>;
  app.addHook('onReady', async () => {
    publisher = createMqttPublisher(config, scenarios, engine, log);
  });
  app.addHook('preClose', async () => publisher?.close());
}

export type App = Awaited<ReturnType<typeof buildApp>>;
