/**
 * How the server talks to the terminal. `LOG_FORMAT=human` (the default) is for the facilitator who
 * ran `npm start`: short coloured lines, and requests only when one fails (every request at
 * LOG_LEVEL=debug), so the terminal shows what needs attention and not one line per chart. `json`
 * keeps pino's one JSON object per line with Fastify's full request logging, for log collectors.
 */
import { type FastifyInstance, type FastifyServerOptions, LogController } from 'fastify';
import pretty from 'pino-pretty';
import type { Config } from '../config';

type LogSettings = Pick<Config, 'LOG_LEVEL' | 'LOG_FORMAT'>;

/** Fastify's logger options for the settings. */
export function loggerOptions(
  config: LogSettings,
  destination: NodeJS.WritableStream = process.stdout,
  colorize = false,
): NonNullable<FastifyServerOptions['logger']> {
  if (config.LOG_FORMAT === 'json') return { level: config.LOG_LEVEL, stream: destination };
  const stream = pretty({
    destination,
    colorize,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,reqId',
    singleLine: true,
  });
  return { level: config.LOG_LEVEL, stream };
}

/** Fastify's own two lines per request: kept in JSON, replaced by registerHumanRequestLog in the human format. */
export function requestLogging(format: Config['LOG_FORMAT']): Pick<FastifyServerOptions, 'logController'> {
  return format === 'human' ? { logController: new LogController({ disableRequestLogging: true }) } : {};
}

/** The request path without its query (scenario parameters make URLs long; tokens never belong in logs). */
const pathOf = (url: string) => url.split('?', 1)[0] ?? url;

/**
 * In the human format Fastify's two lines per request are off (requestLogging); this writes
 * one line per finished request instead: a warning for 4xx, an error for 5xx, debug for the rest.
 */
export function registerHumanRequestLog(app: FastifyInstance): void {
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const line = `${request.method} ${pathOf(request.url)} → ${status} (${Math.round(reply.elapsedTime)} ms)`;
    if (status >= 500) request.log.error(line);
    else if (status >= 400) request.log.warn(line);
    else request.log.debug(line);
  });
}
