/**
 * Security headers, CORS, compression and per-client rate limiting, registered once for the whole app.
 * The content security policy allows only our own origin, plus what the map engine needs to run
 * its workers (`blob:`) and paint (`data:`/`blob:` images, inline style attributes set by MapLibre).
 * A city's own pages get in only by name: FRAME_ANCESTORS may show the app in an iframe, CORS_ORIGINS
 * may call the API from the browser (both empty by default).
 */
import compress from '@fastify/compress';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config';
import { isApiPath, isStaPath } from './paths';

const MAPBOX_HOSTS = ['https://api.mapbox.com', 'https://*.tiles.mapbox.com', 'https://events.mapbox.com'];

export function contentSecurityPolicy(config: Pick<Config, 'VITE_MAPBOX_TOKEN' | 'FRAME_ANCESTORS'>) {
  const mapbox = config.VITE_MAPBOX_TOKEN ? MAPBOX_HOSTS : [];
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    // MapLibre and Recharts set style attributes; Swagger UI injects a style element.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:', ...mapbox],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'", ...mapbox],
    workerSrc: ["'self'", 'blob:'],
    childSrc: ["'self'", 'blob:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'self'", ...config.FRAME_ANCESTORS],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    // The app is served over plain HTTP on a laptop; forcing HTTPS would break it.
    upgradeInsecureRequests: null,
  };
}

export async function registerSecurity(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { directives: contentSecurityPolicy(config) },
    // Plain HTTP on a LAN: HSTS would pin browsers to HTTPS that does not exist here.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    // X-Frame-Options can say only SAMEORIGIN or DENY: with pages allowed to embed the app, the
    // policy's frame-ancestors (which every current browser obeys over it) is the one that names them.
    xFrameOptions: config.FRAME_ANCESTORS.length === 0 ? { action: 'sameorigin' } : false,
    // Another origin's page may load the API's answers only when CORS lets it (not by default).
    crossOriginResourcePolicy: { policy: config.CORS_ORIGINS.length === 0 ? 'same-origin' : 'cross-origin' },
  });
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(cors, {
      origin: config.CORS_ORIGINS[0] === '*' ? '*' : config.CORS_ORIGINS,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
      // Saved scenarios answer with an ETag the client sends back in If-Match; rooms are called with tokens.
      allowedHeaders: ['Content-Type', 'If-Match', 'Authorization', 'Last-Event-ID'],
      exposedHeaders: ['ETag', 'Location', 'Retry-After', 'X-Request-Id', 'Content-Disposition'],
      maxAge: 600,
    });
  }
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  if (config.RATE_LIMIT_PER_MINUTE > 0) {
    await app.register(rateLimit, {
      max: config.RATE_LIMIT_PER_MINUTE,
      timeWindow: '1 minute',
      // The limit guards the engine and the store: the API and SensorThings. The web app's files are
      // read from disk, precompressed; one Korean page alone loads ~30 font subsets and ~40 scripts,
      // so a class of 30 behind one school address would have been refused its pages in a minute.
      allowList: (request) => !isApiPath(request.url) && !isStaPath(request.url),
      // Thrown into the app's error handler, which answers with the one error shape.
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        error: 'Too Many Requests',
        // `after` is the time left until this client's window resets (e.g. "42 seconds"), not the window.
        message: `More than ${context.max} requests in one minute from this client address (RATE_LIMIT_PER_MINUTE); retry in ${context.after}.`,
      }),
    });
  }
}
